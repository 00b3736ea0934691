import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';
import { readSchemaCatalog } from '../../src/research/schema-catalog.ts';
import { seedResearchData, SEED } from './seed.ts';

// The public contract: these names and columns may only grow (docs/research.md promises it).
const CONTRACT: Record<string, string[]> = {
  'research.outlets': ['outlet_id', 'outlet_name', 'side', 'level', 'region_id', 'region_label_ru', 'region_label_en', 'oblast_id', 'site', 'time_zone'],
  'research.projects': ['project_id', 'name_en', 'name_ru', 'kind', 'sector', 'lifecycle', 'importance', 'by_regions', 'kz_regions', 'retired', 'catalog_version'],
  'research.regions': ['region_id', 'kind', 'country', 'parent_id', 'oblast_id', 'label_ru', 'label_en', 'retired'],
  'research.items': [
    'item_id', 'outlet_id', 'outlet_name', 'side', 'outlet_level', 'level', 'outlet_region_id', 'lang', 'title', 'lead', 'body', 'url', 'rubric',
    'dateline', 'published_at', 'fetched_at', 'item_time', 'week_start', 'iso_week', 'reprint_of', 'is_reprint', 'relevant', 'relevance_score',
    'region_ids', 'oblast_ids', 'project_ids', 'search',
  ],
  'research.item_matches': [
    'item_id', 'project_id', 'project_name_en', 'project_name_ru', 'lifecycle', 'importance', 'score', 'rule', 'evidence', 'matcher_version',
    'matched_at', 'outlet_id', 'side', 'level', 'lang', 'title', 'url', 'item_time', 'week_start', 'iso_week', 'is_reprint',
  ],
  'research.item_regions': [
    'item_id', 'region_id', 'region_label_ru', 'region_label_en', 'region_kind', 'region_country', 'oblast_id', 'via', 'mentions', 'outlet_id',
    'side', 'level', 'week_start', 'is_reprint',
  ],
  'research.weekly_coverage': ['project_id', 'outlet_id', 'side', 'level', 'week_start', 'iso_week', 'originals', 'reprints', 'items'],
  'research.outlet_volumes': [
    'outlet_id', 'outlet_name', 'side', 'outlet_level', 'week_start', 'iso_week', 'items', 'originals', 'reprints', 'regional_items',
    'relevant_items', 'matched_items',
  ],
  'research.gaps_weekly': [
    'project_id', 'importance', 'lifecycle', 'week_start', 'iso_week', 'originals', 'reprints', 'window_originals', 'window_reprints',
    'window_by_items', 'window_kz_items', 'window_own_regional_originals', 'window_own_regional_reprints', 'silent', 'one_sided',
    'central_only', 'reprint_only',
  ],
};

const day = (d: unknown): string => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));

describe.each(TEST_BACKENDS)('research views on %s', (backend) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(backend);
    await seedResearchData(t.db);
  });
  afterAll(async () => t.drop());

  it('keeps every view of the contract with its columns in order, and every view returns rows on seeded data', async () => {
    const catalog = await readSchemaCatalog(t.db);
    const views = Object.fromEntries(catalog.relations.filter((r) => r.schema === 'research').map((r) => [`${r.schema}.${r.name}`, r.columns.map((c) => c.name)]));
    for (const [view, columns] of Object.entries(CONTRACT)) {
      expect(views[view], view).toEqual(columns);
      const rows = await sql.raw<Record<string, unknown>>(`select * from ${view}`).execute(t.db);
      expect(rows.rows.length, view).toBeGreaterThan(0);
      expect(Object.keys(rows.rows[0]!)).toEqual(columns);
    }
  });

  it('counts originals and reprints per project, outlet, side, level and Minsk ISO week', async () => {
    const rows = (await sql<{ outlet_id: string; side: string; level: string; week_start: Date; iso_week: string; originals: number; reprints: number }>`
      select * from research.weekly_coverage where project_id = ${SEED.project} order by week_start, outlet_id`.execute(t.db)).rows;
    expect(rows.map((r) => [r.iso_week, day(r.week_start), r.outlet_id, r.side, r.level, Number(r.originals), Number(r.reprints)])).toEqual([
      ['2025-W11', '2025-03-10', 'belta', 'BY', 'central', 1, 0],
      ['2025-W11', '2025-03-10', 'kostanay-news', 'KZ', 'regional', 0, 1],
      ['2026-W02', '2026-01-05', 'gomel-pravda', 'BY', 'regional', 1, 0],
      ['2026-W02', '2026-01-05', 'kostanay-news', 'KZ', 'regional', 1, 0],
    ]);
  });

  it('puts a Sunday-night-UTC item in the next ISO week in Minsk, and in its UTC week when the session says so', async () => {
    const week = async (tz: string | null) => t.db.transaction().execute(async (trx) => {
      if (tz) await sql`select set_config('covgap.report_time_zone', ${tz}, true)`.execute(trx);
      return (await sql<{ iso_week: string }>`select iso_week from research.items where item_id = ${SEED.ids.sundayNightUtc}`.execute(trx)).rows[0]?.iso_week;
    });
    expect(await week(null)).toBe('2026-W03');
    expect(await week('UTC')).toBe('2026-W02');
    expect(await week(null)).toBe('2026-W03');
  });

  it('counts an undated item at its fetch time and lists an item\'s places and projects', async () => {
    const r = (await sql<{ item_time: Date; iso_week: string; region_ids: string[]; oblast_ids: string[]; project_ids: string[]; is_reprint: boolean }>`
      select item_time, iso_week, region_ids, oblast_ids, project_ids, is_reprint from research.items where item_id in (${SEED.ids.undated}, ${SEED.ids.regionalOriginal}) order by item_id desc`.execute(t.db)).rows;
    expect(new Date(r[0]!.item_time).toISOString()).toBe('2026-01-09T12:00:00.000Z');
    expect(r[0]!.iso_week).toBe('2026-W02');
    expect(r[0]!.project_ids).toEqual([]);
    expect(r[1]).toMatchObject({ region_ids: ['kz-kostanay', 'kz-kostanay-oblast'], oblast_ids: ['kz-kostanay-oblast'], project_ids: [SEED.project], is_reprint: false });
  });

  it('sums outlet volumes per week including unmatched items', async () => {
    const rows = (await sql<{ outlet_id: string; iso_week: string; items: number; matched_items: number; reprints: number; regional_items: number }>`
      select outlet_id, iso_week, items, matched_items, reprints, regional_items from research.outlet_volumes order by week_start, outlet_id`.execute(t.db)).rows;
    expect(rows.map((r) => [r.iso_week, r.outlet_id, Number(r.items), Number(r.matched_items), Number(r.reprints), Number(r.regional_items)])).toEqual([
      ['2025-W11', 'belta', 1, 1, 0, 0],
      ['2025-W11', 'kostanay-news', 1, 1, 1, 1],
      ['2026-W02', 'belta', 1, 0, 0, 0],
      ['2026-W02', 'gomel-pravda', 1, 1, 0, 1],
      ['2026-W02', 'kazinform', 1, 1, 0, 0],
      ['2026-W02', 'kostanay-news', 1, 1, 0, 1],
      ['2026-W03', 'belta', 1, 0, 0, 0],
    ]);
  });

  it.each([
    { name: 'flags reprint-only regional coverage in the week a regional paper only reprinted agency copy', project: SEED.project, week: '2025-W11', flags: { silent: false, one_sided: false, central_only: false, reprint_only: true } },
    { name: 'flags silence four weeks after the last original', project: SEED.project, week: '2025-W15', flags: { silent: true, one_sided: false, central_only: false, reprint_only: false } },
    { name: 'flags nothing when both sides and the project\'s own region wrote originals', project: SEED.project, week: '2026-W02', flags: { silent: false, one_sided: false, central_only: false, reprint_only: false } },
    { name: 'flags one-sided and central-only coverage of a project only Kazinform wrote about', project: 'kazbelaz', week: '2026-W02', flags: { silent: false, one_sided: true, central_only: true, reprint_only: false } },
  ])('gaps_weekly $name', async ({ project, week, flags }) => {
    const r = (await sql<Record<string, unknown>>`select silent, one_sided, central_only, reprint_only from research.gaps_weekly where project_id = ${project} and iso_week = ${week}`.execute(t.db)).rows;
    expect(r).toEqual([flags]);
  });

  it('lists every week from the first to the last item for planned and active projects only', async () => {
    const r = (await sql<{ project_id: string; weeks: number }>`select project_id, count(*)::int as weeks from research.gaps_weekly group by 1 order by 1`.execute(t.db)).rows;
    expect(r).toEqual([{ project_id: SEED.project, weeks: 45 }, { project_id: 'kazbelaz', weeks: 45 }].sort((a, b) => a.project_id.localeCompare(b.project_id)));
  });

  it('finds Russian word forms through the stemmed search column', async () => {
    const ids = async (q: string) => (await sql<{ item_id: number }>`select item_id from research.items where search @@ websearch_to_tsquery('russian', ${q}) order by item_id`.execute(t.db)).rows.map((r) => Number(r.item_id));
    // «трактора» in the body of the Kostanay original, «тракторов» in the two agency headlines.
    expect(await ids('трактор')).toEqual([SEED.ids.agencyTractors, SEED.ids.regionalReprint, SEED.ids.regionalOriginal]);
    expect(await ids('комбайны -трактор')).toEqual([SEED.ids.gomelOriginal]);
  });
});
