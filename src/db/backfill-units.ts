/** backfill_units: the progress of `covgap backfill`, one row per archive listing page. */
import { sql, type Kysely } from 'kysely';
import type { DoneUnit } from '../backfill/planner.ts';
import type { Database } from './tables.ts';

/** The pages of `source` already walked (status done). */
export async function doneUnits(db: Kysely<Database>, source: string): Promise<DoneUnit[]> {
  const rows = await db.selectFrom('backfill_units')
    .select([sql<string | null>`day::text`.as('day'), 'page', 'oldest_at', 'exhausted'])
    .where('source', '=', source).where('status', '=', 'done')
    .execute();
  return rows.map((r) => ({ day: r.day, page: r.page, oldestAt: r.oldest_at ? new Date(r.oldest_at) : null, exhausted: r.exhausted }));
}

export interface UnitRecord {
  source: string;
  day: string | null;
  page: number;
  url: string;
  status: 'done' | 'failed';
  itemsFound: number;
  itemsNew: number;
  oldestAt: Date | null;
  newestAt: Date | null;
  exhausted: boolean;
  fetchedAt: Date;
  errorClass: string | null;
  error: string | null;
}

/** Writes a unit's outcome; a retried unit counts its attempts. */
export async function recordUnit(db: Kysely<Database>, u: UnitRecord): Promise<void> {
  await db.insertInto('backfill_units').values({
    source: u.source, day: u.day, page: u.page, url: u.url, status: u.status, items_found: u.itemsFound, items_new: u.itemsNew,
    oldest_at: u.oldestAt, newest_at: u.newestAt, exhausted: u.exhausted, attempts: 1, fetched_at: u.fetchedAt, error_class: u.errorClass, error: u.error,
  }).onConflict((oc) => oc.constraint('backfill_units_key').doUpdateSet((eb) => ({
    url: eb.ref('excluded.url'), status: eb.ref('excluded.status'), items_found: eb.ref('excluded.items_found'), items_new: eb.ref('excluded.items_new'),
    oldest_at: eb.ref('excluded.oldest_at'), newest_at: eb.ref('excluded.newest_at'), exhausted: eb.ref('excluded.exhausted'),
    attempts: sql`backfill_units.attempts + 1`, fetched_at: eb.ref('excluded.fetched_at'), error_class: eb.ref('excluded.error_class'), error: eb.ref('excluded.error'),
  }))).execute();
}
