/**
 * `covgap report` against the database: a finished week is computed once and frozen, later runs
 * reproduce its files byte for byte, --recompute replaces the snapshot, a week in progress is
 * preliminary and stores nothing.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/config/load.ts';
import { resolveSettings } from '../../src/config/settings.ts';
import { memoryLogger } from '../../src/log.ts';
import { lastCompleteWeek, runReport, type ReportContext } from '../../src/report/run.ts';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';
import { GOMSELMASH, seed, WEATHER } from '../helpers/seed.ts';

const catalog = loadCatalog();
const settings = resolveSettings({}, {});

describe.each(TEST_BACKENDS)('weekly report on %s', (backend) => {
  let t: TestDb;
  const out = mkdtempSync(join(tmpdir(), 'covgap-report-'));
  // Sunday 2026-11-22 23:30 Minsk is still W47; Monday 00:30 Minsk is W48 (UTC Sunday 21:30).
  beforeAll(async () => {
    t = await openTestDb(backend);
    await seed(t.db, catalog, [
      GOMSELMASH('2026-11-02T09:00:00Z'),
      GOMSELMASH('2026-11-12T09:00:00Z', 'kstnews', null),
      GOMSELMASH('2026-11-22T20:30:00Z'),
      GOMSELMASH('2026-11-22T21:30:00Z'),
      WEATHER('2026-11-18T09:00:00Z'),
      WEATHER('2026-11-19T09:00:00Z', 'kazinform'),
    ]);
  });
  afterAll(async () => t.drop());

  const ctx = (now: string): ReportContext => ({ db: t.db, catalog, settings, log: memoryLogger(), now: new Date(now) });

  it('picks the last complete ISO week in the report time zone', () => {
    expect(lastCompleteWeek(new Date('2026-11-23T06:00:00Z'), 'Europe/Minsk')).toBe('2026-W47');
    expect(lastCompleteWeek(new Date('2026-11-22T20:59:00Z'), 'Europe/Minsk')).toBe('2026-W46');
  });

  it('publishes a finished week, counting items by their Minsk week', async () => {
    const r = await runReport(ctx('2026-11-23T05:00:00Z'), { week: '2026-W47', formats: ['html', 'md', 'csv', 'json'], langs: ['en'], outDir: out });
    expect(r.state).toBe('published');
    const gomselmash = r.report.projects.find((p) => p.projectId === 'gomselmash-agromashholding-kostanay');
    expect(gomselmash).toBeDefined();
    // W47 holds the Sunday 23:30 Minsk item; the Monday 00:30 Minsk one (Sunday 21:30 UTC) is W48's.
    const byWeek = Object.fromEntries(gomselmash!.weekly.map((w) => [w.week, w.originals]));
    expect(byWeek['2026-W47']).toBe(1);
    expect(byWeek['2026-W46']).toBe(1);
    expect(byWeek['2026-W45']).toBe(1);
    expect(gomselmash!.window.originals).toBe(3);
    expect(r.files.map((f) => f.name)).toEqual(expect.arrayContaining(['covgap-2026-W47.en.html', 'covgap-2026-W47.en.md', 'covgap-2026-W47.en.json', 'covgap-2026-W47.en-gaps.csv']));
    const stored = await t.db.selectFrom('reports').select(['week', 'time_zone', 'files']).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ week: '2026-W47', time_zone: 'Europe/Minsk' });
  });

  it('re-renders a frozen week byte for byte, even after new data arrives', async () => {
    const before = readFileSync(join(out, '2026-W47', 'covgap-2026-W47.en.html'), 'utf8');
    await seed(t.db, catalog, [GOMSELMASH('2026-11-20T09:00:00Z', 'kazinform', 'КОСТАНАЙ')]);
    const again = await runReport(ctx('2026-11-30T05:00:00Z'), { week: '2026-W47', formats: ['html'], langs: ['en'], outDir: out });
    expect(again.state).toBe('frozen');
    expect(again.files[0]!.content).toBe(before);
  });

  it('replaces the snapshot with --recompute and then counts the new item', async () => {
    const before = readFileSync(join(out, '2026-W47', 'covgap-2026-W47.en.json'), 'utf8');
    const r = await runReport(ctx('2026-11-30T05:00:00Z'), { week: '2026-W47', formats: ['json'], langs: ['en'], outDir: out, recompute: true });
    expect(r.state).toBe('recomputed');
    expect(r.files[0]!.content).not.toBe(before);
    const row = await t.db.selectFrom('reports').select('recomputed').executeTakeFirstOrThrow();
    expect(row.recomputed).toBe(1);
  });

  it('computes a week still in progress as preliminary and stores nothing', async () => {
    const r = await runReport(ctx('2026-11-25T12:00:00Z'), { week: '2026-W48', formats: ['md'], langs: ['ru'], outDir: out });
    expect(r.state).toBe('preliminary');
    const rows = await t.db.selectFrom('reports').select('week').execute();
    expect(rows.map((x) => x.week)).toEqual(['2026-W47']);
  });
});
