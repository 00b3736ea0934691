/**
 * The match worker pool on its own (no database): real worker threads return the rows the
 * main thread would compute, and every way a batch can fail ends in a rejection and no thread
 * left running, never a hang.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/config/load.ts';
import type { ItemToMatch } from '../../src/db/matches.ts';
import { compileCatalog } from '../../src/match/alias-index.ts';
import { matchBatch, type OutletInfo } from '../../src/match/match-batch.ts';
import { liveMatchWorkers, MatchPool } from '../../src/match/match-pool.ts';

const catalog = loadCatalog();
const outlets = new Map<string, OutletInfo>([['kstnews', { level: 'regional', region: 'kz-kostanay-oblast' }]]);
const ROWS: ItemToMatch[] = readFileSync(new URL('../fixtures/corpus/independent-ru.jsonl', import.meta.url), 'utf8')
  .split('\n').filter(Boolean)
  .map((l, i) => {
    const it = JSON.parse(l) as { outlet: string; lang: string; title: string | null; text: string; url: string };
    return { id: i + 1, outletId: it.outlet.endsWith('.kz') ? 'kstnews' : it.outlet, title: it.title ?? '', lead: null, body: it.text, lang: it.lang, dateline: null, rubric: it.url.includes('/regions/') ? 'regions' : null };
  });

let pool: MatchPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
  expect(liveMatchWorkers()).toBe(0);
});

describe('match worker pool', () => {
  it('matches batches on two worker threads into the rows the main thread computes', async () => {
    pool = new MatchPool({ catalog, threshold: 0.5, outlets, size: 2 });
    const batches = [ROWS.slice(0, 30), ROWS.slice(30, 60), ROWS.slice(60)];
    const results = await Promise.all(batches.map((b) => pool!.match(b)));
    const index = compileCatalog(catalog);
    expect(results).toEqual(batches.map((b) => matchBatch(index, b, outlets, 0.5)));
    expect(results.flat().some((w) => w.projects.length)).toBe(true);
    expect(pool.threadsUsed()).toBe(2);
  });

  it('fails every batch in hand and every later one with the error of a worker that cannot compile the catalog', async () => {
    const broken = { ...catalog, projects: [{ ...catalog.projects[0]!, match: null as never }] };
    pool = new MatchPool({ catalog: broken, threshold: 0.5, outlets, size: 2 });
    const inHand = [pool.match(ROWS.slice(0, 5)), pool.match(ROWS.slice(5, 10)), pool.match(ROWS.slice(10, 15))];
    for (const p of inHand) await expect(p).rejects.toThrow(/^match: worker thread \d failed: Cannot read properties of null \(reading 'aliases'\)/);
    await expect(pool.match(ROWS.slice(0, 1))).rejects.toThrow(/^match: worker thread \d failed/);
  });

  it('rejects a batch that cannot be sent and goes on matching the next', async () => {
    pool = new MatchPool({ catalog, threshold: 0.5, outlets, size: 1 });
    const unsendable = [{ ...ROWS[0]!, title: (() => 'x') as unknown as string }];
    await expect(pool.match(unsendable)).rejects.toThrow(/^match: cannot send a batch to worker thread 1: .*could not be cloned/);
    expect(await pool.match(ROWS.slice(0, 2))).toHaveLength(2);
  });

  it('rejects the batches in hand when closed, and later calls', async () => {
    pool = new MatchPool({ catalog, threshold: 0.5, outlets, size: 1 });
    const inHand = expect(pool.match(ROWS)).rejects.toThrow('match: the worker pool was closed with batches in hand');
    await pool.close();
    await inHand;
    await expect(pool.match(ROWS)).rejects.toThrow('match: the worker pool is closed');
  });

  it('does not start without a thread, nor with a catalog that cannot be sent', () => {
    expect(() => new MatchPool({ catalog, threshold: 0.5, outlets, size: 0 })).toThrow(/at least one thread/);
    const unsendable = { ...catalog, version: (() => 'v') as unknown as string };
    expect(() => new MatchPool({ catalog: unsendable, threshold: 0.5, outlets, size: 2 })).toThrow(/^match: cannot start worker threads: .*could not be cloned/);
  });
});
