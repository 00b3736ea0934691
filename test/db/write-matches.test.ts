/**
 * writeMatches stores a batch set-based (arrays unnested, issue #11): every value arrives as
 * given — doubles to the last bit, booleans, levels, nulls — on both backends, the batch's old
 * rows are replaced (region rows only where they differ), and items outside the batch are not touched.
 * The match state lives in item_match_state (sql/008_match_state.sql).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/config/load.ts';
import { syncCatalog } from '../../src/db/catalog.ts';
import { writeMatches, type MatchWrite } from '../../src/db/matches.ts';
import { syncSources } from '../../src/db/sources.ts';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';
import { SEED_OUTLETS } from '../helpers/seed.ts';

const catalog = loadCatalog();
const [P1, P2] = catalog.projects.map((p) => p.id);

describe.each(TEST_BACKENDS)('writeMatches on %s', (backend) => {
  let t: TestDb;
  let ids: number[];
  beforeAll(async () => {
    t = await openTestDb(backend);
    await syncSources(t.db, SEED_OUTLETS);
    await syncCatalog(t.db, catalog);
    const rows = await t.db.insertInto('items').values([1, 2, 3, 4].map((n) => ({
      url: `https://example.test/${n}`, outlet_id: 'belta', feed_id: null, guid: null, article_id: null, lang: 'ru', rubric: null,
      title: `item ${n}`, title_key: `${n}`, lead: null, body: 'text', body_method: 'test', tags: '[]', dateline: null,
      published_at: new Date('2026-10-02T08:00:00Z'), published_source: 'feed', fetched_at: new Date('2026-10-02T09:00:00Z'),
      content_hash: null, page_status: 'ok', page_error_class: null, reprint_of: null,
    }))).returning('id').execute();
    ids = rows.map((r) => r.id);
  });
  afterAll(async () => t?.drop());

  const write = (itemId: number, over: Partial<MatchWrite>): MatchWrite => ({
    itemId, projects: [], regions: [], relevant: false, relevanceScore: 0, level: 'central', ...over,
  });

  it('stores each item\'s match state, matches and regions exactly', async () => {
    const batch = [
      write(ids[0]!, {
        relevant: true, relevanceScore: 0.1 + 0.2, level: 'regional',
        projects: [{ projectId: P1!, score: 1 / 3, rule: 'alias', evidence: [{ matched: 'Гомсельмаш', snippet: '«кавычки» и \\ обратная' }] }],
        regions: [{ regionId: 'by-gomel', oblastId: 'by-gomel-oblast', via: 'dateline', mentions: 2 }],
      }),
      write(ids[1]!, { relevanceScore: Number.MIN_VALUE, regions: [{ regionId: 'kz-kostanay-oblast', oblastId: 'kz-kostanay-oblast', via: 'outlet', mentions: 0 }] }),
      write(ids[2]!, { relevant: true, relevanceScore: 0.7234567890123456, projects: [{ projectId: P2!, score: 0.5, rule: 'r', evidence: [] }] }),
    ];
    await writeMatches(t.db, batch, 'v1', new Date('2026-10-03T00:00:00Z'));
    const states = await t.db.selectFrom('item_match_state').selectAll().orderBy('item_id').execute();
    expect(states).toEqual([
      { item_id: ids[0], matcher_version: 'v1', matched_at: new Date('2026-10-03T00:00:00Z'), relevant: true, relevance_score: 0.1 + 0.2, level: 'regional', projects: 1 },
      { item_id: ids[1], matcher_version: 'v1', matched_at: new Date('2026-10-03T00:00:00Z'), relevant: false, relevance_score: Number.MIN_VALUE, level: 'central', projects: 0 },
      { item_id: ids[2], matcher_version: 'v1', matched_at: new Date('2026-10-03T00:00:00Z'), relevant: true, relevance_score: 0.7234567890123456, level: 'central', projects: 1 },
      // ids[3] is not in the batch: no state.
    ]);
    const matches = await t.db.selectFrom('matches').select(['item_id', 'project_id', 'score', 'evidence']).orderBy('item_id').execute();
    expect(matches).toEqual([
      { item_id: ids[0], project_id: P1, score: 1 / 3, evidence: [{ matched: 'Гомсельмаш', snippet: '«кавычки» и \\ обратная' }] },
      { item_id: ids[2], project_id: P2, score: 0.5, evidence: [] },
    ]);
    const regions = await t.db.selectFrom('item_regions').select(['item_id', 'region_id', 'via', 'mentions']).orderBy('item_id').execute();
    expect(regions).toEqual([
      { item_id: ids[0], region_id: 'by-gomel', via: 'dateline', mentions: 2 },
      { item_id: ids[1], region_id: 'kz-kostanay-oblast', via: 'outlet', mentions: 0 },
    ]);
  });

  it('replaces the rows of the batch\'s items and keeps those of other items', async () => {
    await writeMatches(t.db, [write(ids[0]!, { relevant: false, relevanceScore: 0.25 })], 'v2', new Date('2026-10-04T00:00:00Z'));
    expect(await t.db.selectFrom('matches').select('item_id').execute()).toEqual([{ item_id: ids[2] }]);
    expect(await t.db.selectFrom('item_regions').select('item_id').execute()).toEqual([{ item_id: ids[1] }]);
    const states = await t.db.selectFrom('item_match_state').select(['item_id', 'matcher_version', 'relevant', 'relevance_score', 'projects']).orderBy('item_id').execute();
    expect(states.map((i) => i.matcher_version)).toEqual(['v2', 'v1', 'v1']);
    expect(states[0]).toMatchObject({ relevant: false, relevance_score: 0.25, projects: 0 });
  });

  it('leaves equal region rows, rewrites changed ones, drops gone ones and adds new ones', async () => {
    const id = ids[3]!;
    await writeMatches(t.db, [write(id, { regions: [
      { regionId: 'by-gomel', oblastId: 'by-gomel-oblast', via: 'dateline', mentions: 1 },
      { regionId: 'by-minsk', oblastId: null, via: 'mention', mentions: 2 },
      { regionId: 'kz-kostanay', oblastId: 'kz-kostanay-oblast', via: 'mention', mentions: 1 },
      { regionId: 'kz', oblastId: null, via: 'mention', mentions: 4 },
    ] })], 'v1', new Date('2026-10-03T00:00:00Z'));
    const physical = async () => new Map((await sql<{ region_id: string; ctid: string }>`select region_id, ctid::text from item_regions where item_id = ${id}`.execute(t.db)).rows.map((r) => [r.region_id, r.ctid]));
    const before = await physical();
    await writeMatches(t.db, [write(id, { regions: [
      { regionId: 'by-gomel', oblastId: 'by-gomel-oblast', via: 'dateline', mentions: 1 }, // same
      { regionId: 'by-minsk', oblastId: 'by-minsk', via: 'mention', mentions: 2 }, // oblast null → set
      { regionId: 'kz', oblastId: null, via: 'mention', mentions: 5 }, // mentions changed
      { regionId: 'kz-karaganda', oblastId: null, via: 'outlet', mentions: 0 }, // new; kz-kostanay gone
    ] })], 'v2', new Date('2026-10-04T00:00:00Z'));
    const rows = await t.db.selectFrom('item_regions').select(['region_id', 'oblast_id', 'via', 'mentions']).where('item_id', '=', id).orderBy('region_id').execute();
    expect(rows).toEqual([
      { region_id: 'by-gomel', oblast_id: 'by-gomel-oblast', via: 'dateline', mentions: 1 },
      { region_id: 'by-minsk', oblast_id: 'by-minsk', via: 'mention', mentions: 2 },
      { region_id: 'kz', oblast_id: null, via: 'mention', mentions: 5 },
      { region_id: 'kz-karaganda', oblast_id: null, via: 'outlet', mentions: 0 },
    ]);
    // The unchanged row was not rewritten (same physical row); the changed ones were.
    const after = await physical();
    expect(after.get('by-gomel')).toBe(before.get('by-gomel'));
    expect(after.get('kz')).not.toBe(before.get('kz'));
  });
});
