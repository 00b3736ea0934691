/**
 * The kept outlet-week counts behind research.outlet_volumes (sql/009_outlet_weeks.sql):
 * triggers mark the weeks a change touches, these two calls choose the zone and count again.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './tables.ts';

/** Starts keeping counts for a time zone (the report's); false when it is kept already. */
export async function keepOutletWeeks(db: Kysely<Database>, timeZone: string): Promise<boolean> {
  const r = await sql<{ kept: boolean }>`select keep_outlet_weeks(${timeZone}) as kept`.execute(db);
  return r.rows[0]!.kept;
}

/** Counts the dirty weeks again; returns how many weeks were counted. */
export async function refreshOutletWeeks(db: Kysely<Database>): Promise<number> {
  const r = await sql<{ weeks: number }>`select refresh_outlet_weeks() as weeks`.execute(db);
  return Number(r.rows[0]!.weeks);
}
