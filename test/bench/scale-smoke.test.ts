import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { PG_URL } from '../helpers/db.ts';
import { readExamples } from '../../src/research/examples.ts';

// `npm run bench:scale` runs for minutes on a million items; here it runs end to end on a few
// thousand, so that a change to the code it drives cannot leave it broken. Its figures at this
// size mean nothing; that every step ran and reported does.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function runBench(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/scale.ts'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('exit', (code) => ok({ code, stdout, stderr }));
  });
}

describe('bench:scale', () => {
  it('runs every step on a small archive and reports each figure, on PostgreSQL (when configured) and PGlite', { timeout: 240_000 }, async () => {
    const db = `covgap_bench_smoke_${process.pid}`;
    const r = await runBench({
      COVGAP_BENCH_ITEMS: PG_URL ? '3000' : '0',
      COVGAP_BENCH_PGLITE_ITEMS: '1500',
      COVGAP_BENCH_PG_URL: PG_URL,
      COVGAP_BENCH_DB: db,
    });
    // Targets are judged at a million items only; here exit 0 says every step ran.
    expect(r.code, r.stderr).toBe(0);
    const last = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { figures: Array<{ backend: string; name: string; value: string }> };
    const backends = PG_URL ? ['PostgreSQL', 'PGlite'] : ['PGlite'];
    for (const backend of backends) {
      const names = last.figures.filter((f) => f.backend.startsWith(backend)).map((f) => f.name);
      for (const expected of ['archive load', 'ingest of feed items', 'first match', 'full re-match after a catalog change', "a crawl cycle's match", 'weekly report, latest week', 'weekly report, a week two years back', 'database size']) {
        expect(names.some((n) => n.startsWith(expected)), `${backend}: ${expected}`).toBe(true);
      }
      for (const ex of readExamples()) expect(names.some((n) => n.startsWith(`query ${ex.file}`)), `${backend}: ${ex.file}`).toBe(true);
    }
    expect(r.stdout).toContain('EXPLAIN (ANALYZE, BUFFERS) of the slowest');
    expect(r.stdout).toMatch(/Execution Time: [\d.]+ ms/);
    if (PG_URL) {
      const admin = new pg.Client(PG_URL);
      await admin.connect();
      try {
        expect((await admin.query('select 1 from pg_database where datname = $1', [db])).rowCount).toBe(0); // dropped afterwards
      } finally {
        await admin.end();
      }
    }
  });
});
