import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/covgap.js', import.meta.url).pathname;

describe('covgap writing into a closed pipe', () => {
  it('exits quietly when the reader has gone (covgap --help | head)', async () => {
    const child = spawn(process.execPath, [BIN, '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // the reader is gone before covgap writes a byte: its write gets EPIPE
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const code = await new Promise<number | null>((ok) => child.on('exit', (c) => ok(c)));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });
});
