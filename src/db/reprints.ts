/** Reads and writes of the reprint fingerprints (sql/005_reprints.sql). */
import { sql, type Kysely } from 'kysely';
import type { Database } from './tables.ts';

export interface ItemText {
  id: number;
  outletId: string;
  title: string;
  lead: string | null;
  body: string | null;
  at: Date;
}

/**
 * Items still to fingerprint, by id: those whose page is fetched, given up or never wanted
 * (a pending page would change the text the fingerprint is made of).
 */
export async function itemsToFingerprint(db: Kysely<Database>, afterId: number, limit: number): Promise<ItemText[]> {
  return db.selectFrom('items')
    .select(['id', 'outlet_id as outletId', 'title', 'lead', 'body', sql<Date>`coalesce(published_at, fetched_at)`.as('at')])
    .where('fingerprinted_at', 'is', null)
    .where('page_status', '<>', 'pending')
    .where('id', '>', afterId)
    .orderBy('id').limit(limit).execute();
}

export interface FingerprintWrite {
  id: number;
  shingles: readonly number[];
  simhash: bigint;
  attribution: readonly string[];
}

const intArray = (xs: readonly number[]) => sql<number[]>`cast(${`{${xs.join(',')}}`} as integer[])`;
const textArray = (xs: readonly string[]) => sql<string[]>`cast(${`{${xs.map((x) => `"${x.replace(/["\\]/g, '\\$&')}"`).join(',')}}`} as text[])`;

export async function saveFingerprints(db: Kysely<Database>, rows: readonly FingerprintWrite[], now: Date): Promise<void> {
  if (!rows.length) return;
  await db.transaction().execute(async (trx) => {
    for (const r of rows) {
      await trx.updateTable('items')
        .set({ shingles: intArray(r.shingles), simhash: r.simhash.toString(), attribution: textArray(r.attribution), fingerprinted_at: now })
        .where('id', '=', r.id).execute();
    }
  });
}

export interface StoredFingerprint {
  id: number;
  outletId: string;
  at: Date;
  shingles: number[];
  attribution: string[];
}

/** Fingerprinted items of `outletIds` (or of every other outlet with `exclude`) in [from, to]. */
export async function fingerprintsInWindow(
  db: Kysely<Database>,
  sel: { outletIds: readonly string[]; exclude?: boolean; from: Date; to: Date; unmarkedOnly?: boolean },
): Promise<StoredFingerprint[]> {
  let q = db.selectFrom('items')
    .select(['id', 'outlet_id as outletId', sql<Date>`coalesce(published_at, fetched_at)`.as('at'), sql<number[]>`shingles`.as('shingles'), sql<string[]>`coalesce(attribution, '{}')`.as('attribution')])
    .where('fingerprinted_at', 'is not', null)
    .where(sql<boolean>`coalesce(published_at, fetched_at) between ${sel.from} and ${sel.to}`);
  if (sel.outletIds.length) q = q.where('outlet_id', sel.exclude ? 'not in' : 'in', [...sel.outletIds]);
  else if (!sel.exclude) return [];
  if (sel.unmarkedOnly) q = q.where('reprint_of', 'is', null);
  const rows = await q.orderBy('id').execute();
  return rows.map((r) => ({ ...r, shingles: r.shingles ?? [] }));
}

/** Links a reprint to its original (only while it has none, so a re-run never flips a link). */
export async function markReprints(db: Kysely<Database>, links: ReadonlyArray<{ id: number; originalId: number; score: number }>): Promise<number> {
  let n = 0;
  for (const l of links) {
    const r = await db.updateTable('items').set({ reprint_of: l.originalId, reprint_score: l.score })
      .where('id', '=', l.id).where('reprint_of', 'is', null).executeTakeFirst();
    n += Number(r.numUpdatedRows);
  }
  return n;
}
