/**
 * The rows the gap model is computed from (src/gaps/model.ts): matched items with their side,
 * level and oblasts, outlet volumes per ISO week, and candidate items. ISO weeks are cut in the
 * report's time zone by PostgreSQL itself (`at time zone`), so SQL and TS agree on edges.
 */
import { sql, type Kysely } from 'kysely';
import type { CandidateRow, MatchedItemRow, OutletInfo, OutletVolumeRow } from '../gaps/model.ts';
import type { Database } from './tables.ts';


/** An item's time for weekly counting: its publication time, else when we fetched it. */
const itemTime = sql<Date>`coalesce(i.published_at, i.fetched_at)`;

export async function readMatchedItems(db: Kysely<Database>, from: Date, to: Date): Promise<MatchedItemRow[]> {
  const rows = await db.selectFrom('matches as m')
    .innerJoin('items as i', 'i.id', 'm.item_id')
    .innerJoin('outlets as o', 'o.id', 'i.outlet_id')
    .innerJoin('projects as p', 'p.id', 'm.project_id')
    .leftJoin('item_match_state as s', 's.item_id', 'i.id')
    .select([
      'i.id as itemId', 'm.project_id as projectId', 'i.outlet_id as outletId', 'o.country as side',
      sql<'central' | 'regional'>`coalesce(s.level, o.level)`.as('level'),
      itemTime.as('publishedAt'),
      sql<string[]>`coalesce((select json_agg(distinct r.oblast_id order by r.oblast_id) from item_regions r where r.item_id = i.id and r.oblast_id is not null), '[]'::json)`.as('oblasts'),
      sql<boolean>`i.reprint_of is not null`.as('reprint'),
      'i.title', 'i.url', 'm.score',
    ])
    .where(itemTime, '>=', from)
    .where(itemTime, '<', to)
    .where('p.retired', '=', false)
    .orderBy('i.id').orderBy('m.project_id')
    .execute();
  return rows.map((r) => ({ ...r, oblasts: typeof r.oblasts === 'string' ? (JSON.parse(r.oblasts) as string[]) : r.oblasts }));
}

export async function readOutletVolumes(db: Kysely<Database>, from: Date, to: Date, timeZone: string): Promise<OutletVolumeRow[]> {
  // The week is computed in a subquery: grouping by an expression with a bound parameter would
  // not match the same expression in the select list (each gets its own placeholder).
  const perItem = db.selectFrom('items as i')
    .innerJoin('outlets as o', 'o.id', 'i.outlet_id')
    .select(['i.outlet_id as outletId', 'o.country as side', 'o.level as level', sql<string>`to_char(${itemTime} at time zone ${timeZone}, 'IYYY-"W"IW')`.as('week')])
    .where(itemTime, '>=', from)
    .where(itemTime, '<', to);
  const rows = await db.selectFrom(perItem.as('x'))
    .select(['x.outletId', 'x.side', 'x.level', 'x.week', (eb) => eb.fn.countAll<number>().as('items')])
    .groupBy(['x.outletId', 'x.side', 'x.level', 'x.week'])
    .orderBy('x.outletId').orderBy('x.week')
    .execute();
  return rows.map((r) => ({ ...r, items: Number(r.items) }));
}

/** Relevant items of the period that match no project: leads for growing the catalog. */
export async function readCandidates(db: Kysely<Database>, from: Date, to: Date, limit = 50): Promise<CandidateRow[]> {
  return db.selectFrom('items as i')
    .innerJoin('item_match_state as s', 's.item_id', 'i.id')
    .select(['i.id as itemId', 'i.outlet_id as outletId', itemTime.as('publishedAt'), 'i.title', 'i.url', 's.relevance_score as relevanceScore'])
    .where('s.relevant', '=', true)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('matches as m').select('m.item_id').whereRef('m.item_id', '=', 'i.id'))))
    .where(itemTime, '>=', from)
    .where(itemTime, '<', to)
    .orderBy('relevanceScore', 'desc').orderBy('i.id')
    .limit(limit)
    .execute();
}

export async function readOutlets(db: Kysely<Database>): Promise<OutletInfo[]> {
  const rows = await db.selectFrom('outlets').select(['id', 'name', 'country', 'level', 'region_id']).orderBy('id').execute();
  return rows.map((o) => ({ id: o.id, name: o.name, country: o.country, level: o.level, region: o.region_id }));
}
