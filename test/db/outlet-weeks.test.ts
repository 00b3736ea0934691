import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { keepOutletWeeks, refreshOutletWeeks } from '../../src/db/outlet-weeks.ts';
import type { Database } from '../../src/db/tables.ts';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';
import { seedResearchData, SEED } from '../research/seed.ts';

// research.outlet_volumes must always equal a count over the items, whether its rows come from
// the kept table (clean weeks), from the items per dirty week, or from the items altogether
// (a zone not kept, or many dirty weeks). The reference below is that count, written plainly.

type Row = { outlet_id: string; week: string; items: number; originals: number; reprints: number; regional_items: number; relevant_items: number; matched_items: number };

async function inZone<T>(db: Kysely<Database>, zone: string, run: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('covgap.report_time_zone', ${zone}, true)`.execute(trx);
    return run(trx);
  });
}

async function fromView(db: Kysely<Database>, zone: string): Promise<Row[]> {
  return inZone(db, zone, async (trx) => (await sql<Row>`
    select outlet_id, week_start::text as week, items, originals, reprints, regional_items, relevant_items, matched_items
    from research.outlet_volumes order by 1, 2`.execute(trx)).rows);
}

async function reference(db: Kysely<Database>, zone: string): Promise<Row[]> {
  return (await sql<Row>`
    select i.outlet_id, (date_trunc('week', coalesce(i.published_at, i.fetched_at) at time zone ${zone}))::date::text as week,
      count(*) as items,
      count(*) filter (where i.reprint_of is null) as originals,
      count(*) filter (where i.reprint_of is not null) as reprints,
      count(*) filter (where coalesce(s.level, o.level) = 'regional') as regional_items,
      count(*) filter (where s.relevant) as relevant_items,
      count(*) filter (where exists (select 1 from matches m where m.item_id = i.id)) as matched_items
    from items i join outlets o on o.id = i.outlet_id left join item_match_state s on s.item_id = i.id
    group by 1, 2 order by 1, 2`.execute(db)).rows;
}

async function dirtyWeeks(db: Kysely<Database>): Promise<string[]> {
  return (await sql<{ w: string }>`select week_start::text as w from outlet_weeks_dirty order by 1`.execute(db)).rows.map((r) => r.w);
}

let n = 0;
async function addItem(db: Kysely<Database>, outlet: string, at: string): Promise<number> {
  n++;
  const row = await db.insertInto('items').values({
    outlet_id: outlet, url: `https://example.test/weeks/${n}`, lang: 'ru', title: `Item ${n}`, title_key: `weeks-${n}`,
    published_at: at, fetched_at: at, tags: '[]', published_source: 'feed', page_status: 'ok',
  }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

describe.each(TEST_BACKENDS)('kept outlet-week counts on %s', (backend) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(backend);
    await seedResearchData(t.db);
  });
  afterAll(async () => t.drop());

  const same = async (zone = 'Europe/Minsk') => expect(await fromView(t.db, zone)).toEqual(await reference(t.db, zone));

  it('counts from the items while the zone is not kept', async () => {
    expect(await sql<{ n: number }>`select count(*)::int as n from outlet_weeks`.execute(t.db).then((r) => r.rows[0]!.n)).toBe(0);
    await same();
    await same('Asia/Almaty');
  });

  it('keeping a zone marks every week with items dirty; a refresh counts them and clears the marks', async () => {
    expect(await keepOutletWeeks(t.db, 'Europe/Minsk')).toBe(true);
    expect(await keepOutletWeeks(t.db, 'Europe/Minsk')).toBe(false);
    const weeks = (await reference(t.db, 'Europe/Minsk')).map((r) => r.week);
    expect(await dirtyWeeks(t.db)).toEqual([...new Set(weeks)].sort());
    await same(); // dirty weeks, one index range each
    expect(await refreshOutletWeeks(t.db)).toBe(new Set(weeks).size);
    expect(await dirtyWeeks(t.db)).toEqual([]);
    expect(await refreshOutletWeeks(t.db)).toBe(0);
    await same(); // all from the kept table
    await same('Asia/Almaty'); // another zone is still counted from the items
  });

  it('stays equal to the items through inserts, moves, reprint links, match state and deletes, before and after each refresh', async () => {
    const steps: Array<[string, () => Promise<unknown>, string[]]> = [
      ['a new item', () => addItem(t.db, 'belta', '2026-02-04T10:00:00Z'), ['2026-02-02']],
      ['an item whose page gives another date', () => t.db.updateTable('items').set({ published_at: '2026-02-18T10:00:00Z' }).where('id', '=', SEED.ids.gomelOriginal).execute(), ['2026-01-05', '2026-02-16']],
      ['a reprint link removed', () => t.db.updateTable('items').set({ reprint_of: null }).where('id', '=', SEED.ids.regionalReprint).execute(), ['2025-03-10']],
      ['a re-match that changes the level', () => t.db.updateTable('item_match_state').set({ level: 'regional', relevant: false }).where('item_id', '=', SEED.ids.kazinformBelaz).execute(), ['2026-01-05']],
      ['an item deleted', () => t.db.deleteFrom('items').where('id', '=', SEED.ids.undated).execute(), ['2026-01-05']],
    ];
    for (const [what, change, marked] of steps) {
      await change();
      expect(await dirtyWeeks(t.db), what).toEqual(marked);
      await same();
      await refreshOutletWeeks(t.db);
      expect(await dirtyWeeks(t.db), what).toEqual([]);
      await same();
    }
  });

  it('marks nothing for changes that move no count', async () => {
    await t.db.updateTable('items').set({ page_attempts: 3, title: 'Retitled' }).where('id', '=', SEED.ids.agencyTractors).execute();
    await t.db.updateTable('item_match_state').set({ matcher_version: 'test-2', relevance_score: 0.5 }).execute();
    expect(await dirtyWeeks(t.db)).toEqual([]);
    await same();
  });

  it('counts everything from the items when more than a dozen weeks are dirty', async () => {
    for (let w = 0; w < 20; w++) await addItem(t.db, w % 2 ? 'kostanay-news' : 'kazinform', new Date(Date.UTC(2024, 0, 3 + 7 * w, 12)).toISOString());
    expect((await dirtyWeeks(t.db)).length).toBe(20);
    await same();
    expect(await refreshOutletWeeks(t.db)).toBe(20);
    await same();
    await same('Asia/Almaty');
  });
});
