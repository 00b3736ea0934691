/** Reads items to match and writes what the matcher found (matches, item regions, level). */
import { sql, type Kysely } from 'kysely';
import type { Database } from './tables.ts';

export interface ItemToMatch {
  id: number;
  outletId: string;
  title: string;
  lead: string | null;
  body: string | null;
  lang: string;
  dateline: string | null;
  rubric: string | null;
}

export interface MatchSelection {
  /** Only items published (or fetched, when undated) at or after this time. */
  since?: Date | null;
  /** Every item, even those already matched by this matcher and catalog version. */
  all?: boolean;
  /** The current `matcher+catalog` version; items carrying it are skipped unless `all`. */
  version: string;
  /** Keyset pagination: items with a larger id. */
  afterId: number;
  limit: number;
}

export async function itemsToMatch(db: Kysely<Database>, sel: MatchSelection): Promise<ItemToMatch[]> {
  let q = db.selectFrom('items')
    .select(['id', 'outlet_id as outletId', 'title', 'lead', 'body', 'lang', 'dateline', 'rubric'])
    .where('id', '>', sel.afterId);
  if (!sel.all) q = q.where((eb) => eb.or([eb('matched_version', 'is', null), eb('matched_version', '<>', sel.version)]));
  if (sel.since) q = q.where(sql<boolean>`coalesce(published_at, fetched_at) >= ${sel.since}`);
  return q.orderBy('id').limit(sel.limit).execute();
}

export async function countItemsToMatch(db: Kysely<Database>, sel: Omit<MatchSelection, 'afterId' | 'limit'>): Promise<number> {
  let q = db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n'));
  if (!sel.all) q = q.where((eb) => eb.or([eb('matched_version', 'is', null), eb('matched_version', '<>', sel.version)]));
  if (sel.since) q = q.where(sql<boolean>`coalesce(published_at, fetched_at) >= ${sel.since}`);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export interface MatchWrite {
  itemId: number;
  projects: Array<{ projectId: string; score: number; rule: string; evidence: unknown }>;
  regions: Array<{ regionId: string; oblastId: string | null; via: 'dateline' | 'mention' | 'outlet'; mentions: number }>;
  relevant: boolean;
  relevanceScore: number;
  level: 'central' | 'regional';
}

/**
 * Replaces the matches and regions of a batch of items in one transaction, so a reader never
 * sees an item half re-matched after a catalog change.
 */
export async function writeMatches(db: Kysely<Database>, batch: readonly MatchWrite[], version: string, now: Date): Promise<void> {
  if (!batch.length) return;
  const ids = batch.map((b) => b.itemId);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('matches').where('item_id', 'in', ids).execute();
    await trx.deleteFrom('item_regions').where('item_id', 'in', ids).execute();
    const matchRows = batch.flatMap((b) =>
      b.projects.map((p) => ({ item_id: b.itemId, project_id: p.projectId, score: p.score, rule: p.rule, evidence: JSON.stringify(p.evidence), matcher_version: version, matched_at: now })),
    );
    if (matchRows.length) await trx.insertInto('matches').values(matchRows).execute();
    const regionRows = batch.flatMap((b) => b.regions.map((r) => ({ item_id: b.itemId, region_id: r.regionId, oblast_id: r.oblastId, via: r.via, mentions: r.mentions })));
    if (regionRows.length) await trx.insertInto('item_regions').values(regionRows).execute();
    for (const b of batch) {
      await trx.updateTable('items')
        .set({ matched_version: version, matched_at: now, relevant: b.relevant, relevance_score: b.relevanceScore, level: b.level })
        .where('id', '=', b.itemId).execute();
    }
  });
}
