/** The fetch log: one row per HTTP request covgap made (feeds and article pages). */
import type { Insertable, Kysely } from 'kysely';
import type { Database, FetchesTable } from './tables.ts';

export type FetchRecord = Insertable<FetchesTable>;

export async function recordFetch(db: Kysely<Database>, row: FetchRecord): Promise<void> {
  await db.insertInto('fetches').values(row).execute();
}
