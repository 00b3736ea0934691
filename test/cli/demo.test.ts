/**
 * `npm run demo`: the bundled snapshot is served on 127.0.0.1, crawled by the real crawler into
 * its own embedded database, matched, and every feed ends healthy.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/covgap.js', import.meta.url).pathname;
const EXPECTED = new URL('../../demo/expected.jsonl', import.meta.url).pathname;
const run = promisify(execFile);

describe('covgap demo', () => {
  it('ingests the whole snapshot, matches it as designed and shows healthy feeds', { timeout: 180_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'covgap-demo-'));
    const data = join(root, 'db');
    const reports = join(root, 'reports');
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', COVGAP_LOG_FORMAT: 'json', COVGAP_LOG_LEVEL: 'warn' };
    const { stdout } = await run(process.execPath, [BIN, 'demo', '--data', data, '--reports', reports], { env, timeout: 170_000 });
    const expected = readFileSync(EXPECTED, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { projects: string[]; relevant: boolean });
    const withProject = expected.filter((e) => e.projects.length).length;
    const relevant = expected.filter((e) => e.relevant).length;
    expect(stdout).toMatch(new RegExp(`crawl: 11 feed\\(s\\) — 11 fetched \\(${expected.length} new items\\), 0 unchanged, 0 failed`));
    expect(stdout).toMatch(new RegExp(`pages: ${expected.length} fetched, 0 failed`));
    expect(stdout).toMatch(new RegExp(`match: ${expected.length} items, ${withProject} with a project .* ${relevant} relevant`));
    expect(stdout).toMatch(/OK: 11 feeds, 11 ok, 0 warning, 0 critical/);

    // The snapshot was written to show each gap type (demo/expected.jsonl says which project shows which).
    const designed = new Map<string, string>();
    for (const e of expected as Array<{ gap?: string; projects: string[] }>) {
      const kind = { 'one-sided (KZ only)': 'one_sided', 'one-sided (BY only)': 'one_sided', declining: 'declining', 'central-only': 'central_only', 'reprint-only': 'reprint_only' }[e.gap ?? ''];
      if (kind && e.projects[0]) designed.set(e.projects[0], kind);
    }
    const report = JSON.parse(readFileSync(join(reports, '2026-W47', 'covgap-2026-W47.en.json'), 'utf8')) as { gaps: Array<{ kind: string; projectId: string }> };
    const found = new Map(report.gaps.filter((g) => g.kind !== 'silent').map((g) => [g.projectId, g.kind]));
    expect(Object.fromEntries(found)).toEqual(Object.fromEntries(designed));
    expect(report.gaps.some((g) => ['gomselmash-agromashholding-kostanay', 'mtz-composite-group-kostanay'].includes(g.projectId))).toBe(false);

    const status = await run(process.execPath, [BIN, 'status', '--json'], { env: { ...env, COVGAP_DATA_DIR: data }, timeout: 60_000 });
    const s = JSON.parse(status.stdout) as { totals: { items: number }; exitCode: number };
    expect(s.totals.items).toBe(expected.length);
    expect(s.exitCode).toBe(0);
  });
});
