/**
 * The match stage on worker threads (issue #11): the same items give the same stored rows on
 * two workers as in-process, the workers really match (their thread ids come back), small runs
 * stay in-process (here workersFrom: 0 makes 90 items enough for the pool), and a worker that
 * fails makes the run fail with its error and no thread left.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Catalog } from '../../src/catalog/model.ts';
import { loadCatalog } from '../../src/config/load.ts';
import { syncCatalog } from '../../src/db/catalog.ts';
import { syncSources } from '../../src/db/sources.ts';
import type { Database } from '../../src/db/tables.ts';
import { memoryLogger } from '../../src/log.ts';
import { liveMatchWorkers } from '../../src/match/match-pool.ts';
import { matchStored, versionOf, type MatchRunOptions } from '../../src/match/run.ts';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';
import { SEED_OUTLETS } from '../helpers/seed.ts';

const catalog = loadCatalog();

/** 90 agency-style items (invented, test/fixtures/corpus/README.md), spread over the seed outlets. */
const CORPUS = readFileSync(new URL('../fixtures/corpus/independent-ru.jsonl', import.meta.url), 'utf8')
  .split('\n').filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; url: string; outlet: string; lang: string; published: string; title: string | null; text: string });

function outletOf(outlet: string): string {
  if (outlet === 'belta' || outlet === 'kazinform') return outlet;
  return outlet.endsWith('.kz') ? 'kstnews' : 'gp-by';
}

async function snapshot(db: Kysely<Database>) {
  return {
    matches: await db.selectFrom('matches').selectAll().orderBy('item_id').orderBy('project_id').execute(),
    regions: await db.selectFrom('item_regions').selectAll().orderBy('item_id').orderBy('region_id').execute(),
    states: await db.selectFrom('item_match_state').selectAll().orderBy('item_id').execute(),
  };
}

/** The snapshot without the time of the run, which differs between the two runs compared. */
function withoutTimes(s: Awaited<ReturnType<typeof snapshot>>) {
  return {
    matches: s.matches.map(({ matched_at: _, ...m }) => m),
    regions: s.regions,
    states: s.states.map(({ matched_at: _, ...i }) => i),
  };
}

describe.each(TEST_BACKENDS)('match stage on worker threads on %s', (backend) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(backend);
    await syncSources(t.db, SEED_OUTLETS);
    await syncCatalog(t.db, catalog);
    await t.db.insertInto('items').values(CORPUS.map((it) => ({
      url: it.url, outlet_id: outletOf(it.outlet), feed_id: null, guid: null, article_id: null, lang: it.lang,
      rubric: it.url.includes('/regions/') ? 'regions' : null, title: it.title ?? '', title_key: it.id, lead: null, body: it.text,
      body_method: 'test', tags: '[]', dateline: null, published_at: new Date(`${it.published}T08:00:00Z`), published_source: 'feed',
      fetched_at: new Date(`${it.published}T09:00:00Z`), content_hash: null, page_status: 'ok', page_error_class: null, reprint_of: null,
    }))).execute();
  });
  afterAll(async () => t?.drop());

  const run = (c: Catalog, workers: number, at: string, opts: MatchRunOptions = {}) => {
    const log = memoryLogger('info');
    const summary = matchStored({ db: t.db, catalog: c, log, threshold: 0.5, workers, now: () => new Date(at) }, { all: true, batchSize: 10, workersFrom: 0, ...opts });
    return { summary, log };
  };

  it('stores exactly the same matches, regions and match states on two workers as in-process', async () => {
    const inProcess = run(catalog, 0, '2026-10-03T00:00:00Z');
    const a = await inProcess.summary;
    expect(a).toMatchObject({ items: CORPUS.length, workers: 0 });
    const before = await snapshot(t.db);
    // The comparison means something only if the items give matches, regions and both levels.
    expect(before.matches.length).toBeGreaterThan(30);
    expect(before.regions.length).toBeGreaterThan(100);
    expect(before.states).toHaveLength(CORPUS.length);
    expect(new Set(before.states.map((i) => i.level))).toEqual(new Set(['central', 'regional']));

    const threaded = run(catalog, 2, '2026-10-04T00:00:00Z');
    const b = await threaded.summary;
    expect(b).toEqual({ ...a, workers: 2 });
    expect(threaded.log.lines.some((l) => l.includes('match: matching on 2 worker threads'))).toBe(true);
    const after = await snapshot(t.db);
    // Every row was written again by this run…
    expect(new Set(after.states.map((i) => i.matched_at.toISOString()))).toEqual(new Set(['2026-10-04T00:00:00.000Z']));
    expect(new Set(after.matches.map((m) => m.matched_at.toISOString()))).toEqual(new Set(['2026-10-04T00:00:00.000Z']));
    // …with the same content.
    expect(withoutTimes(after)).toEqual(withoutTimes(before));
    expect(liveMatchWorkers()).toBe(0);
  });

  it('matches a run of fewer items than workersFrom (default 50,000) in-process', async () => {
    const { summary, log } = run(catalog, 2, '2026-10-05T00:00:00Z', { workersFrom: undefined });
    expect(await summary).toMatchObject({ items: CORPUS.length, workers: 0 });
    expect(log.lines.some((l) => l.includes('worker threads'))).toBe(false);
  });

  it('fails with the worker\'s error, writes nothing and leaves no thread running when a worker cannot compile the catalog', async () => {
    const good = await snapshot(t.db);
    const broken = { ...catalog, version: 'broken', projects: [{ ...catalog.projects[0]!, match: null as never }] };
    await expect(run(broken, 2, '2026-10-06T00:00:00Z').summary).rejects.toThrow(/^match: worker thread \d failed: Cannot read properties of null/);
    expect(liveMatchWorkers()).toBe(0);
    expect(await snapshot(t.db)).toEqual(good);
    expect(good.states.every((i) => i.matcher_version === versionOf(catalog))).toBe(true);
  });

  it('fails with the database error, and leaves no thread running, when a batch cannot be written', async () => {
    // A catalog edited but not synced: its renamed project is unknown to the matches table.
    const unsynced = { ...catalog, version: 'unsynced', projects: catalog.projects.map((p) => p.id === 'gomselmash-agromashholding-kostanay' ? { ...p, id: 'not-synced-yet' } : p) };
    await expect(run(unsynced, 2, '2026-10-07T00:00:00Z').summary).rejects.toThrow(/violates foreign key constraint "matches_project_id_fkey"/);
    expect(liveMatchWorkers()).toBe(0);
    expect(await t.db.selectFrom('matches').select('project_id').where('project_id', '=', 'not-synced-yet').execute()).toEqual([]);
  });
});
