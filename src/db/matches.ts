/** Reads items to match and writes what the matcher found (matches, item regions, match state). */
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
  let q = db.selectFrom('items as i')
    .select(['i.id', 'i.outlet_id as outletId', 'i.title', 'i.lead', 'i.body', 'i.lang', 'i.dateline', 'i.rubric'])
    .where('i.id', '>', sel.afterId);
  if (!sel.all) q = q.where(notMatchedWith(sel.version, sel.afterId));
  if (sel.since) q = q.where(sql<boolean>`coalesce(i.published_at, i.fetched_at) >= ${sel.since}`);
  return q.orderBy('i.id').limit(sel.limit).execute();
}

/**
 * How many items the selection holds, and the smallest id among them: the match run starts its
 * keyset there, so a crawl cycle's few new items at the end of a million are not looked for
 * twice along the whole table.
 */
export async function countItemsToMatch(db: Kysely<Database>, sel: Omit<MatchSelection, 'afterId' | 'limit'>): Promise<{ count: number; firstId: number }> {
  let q = db.selectFrom('items as i').select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min<number>('i.id').as('first')]);
  if (!sel.all) q = q.where(notMatchedWith(sel.version));
  if (sel.since) q = q.where(sql<boolean>`coalesce(i.published_at, i.fetched_at) >= ${sel.since}`);
  const r = await q.executeTakeFirstOrThrow();
  return { count: Number(r.n), firstId: r.first === null ? 0 : Number(r.first) };
}

/**
 * Items (aliased `i`) with no match state, or one from another matcher+catalog version. With
 * the keyset bound repeated on the state's ids, PostgreSQL reads item_match_state_version from
 * the batch's first id; without it, it merged against the whole state table for every batch
 * (233 ms a batch at a million items, against under 1 ms).
 */
function notMatchedWith(version: string, afterId = 0) {
  return sql<boolean>`not exists (select from item_match_state s where s.item_id = i.id and s.item_id > ${afterId} and s.matcher_version = ${version})`;
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
 * Replaces the matches, regions and match state of a batch of items in one transaction, so a
 * reader never sees an item half re-matched after a catalog change. Set-based (arrays
 * unnested): one statement per table, not one per item.
 *
 * An item's regions rarely change when the catalog does, so only the region rows that differ
 * are deleted and inserted: on 20,000 generated items (2.2 regions each, PostgreSQL 15) a
 * re-match wrote a batch of 500 in 30 ms instead of 40–45 ms with every region row rewritten.
 */
export async function writeMatches(db: Kysely<Database>, batch: readonly MatchWrite[], version: string, now: Date): Promise<void> {
  if (!batch.length) return;
  const ids = batch.map((b) => b.itemId);
  const regions = batch.flatMap((b) => b.regions.map((r) => ({ itemId: b.itemId, ...r })));
  const newRegions = sql`unnest(${regions.map((r) => r.itemId)}::bigint[], ${regions.map((r) => r.regionId)}::text[],
    ${regions.map((r) => r.oblastId)}::text[], ${regions.map((r) => r.via)}::text[], ${regions.map((r) => r.mentions)}::int[])
    as n(item_id, region_id, oblast_id, via, mentions)`;
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('matches').where(sql<boolean>`item_id = any(${ids}::bigint[])`).execute();
    const matchRows = batch.flatMap((b) =>
      b.projects.map((p) => ({ item_id: b.itemId, project_id: p.projectId, score: p.score, rule: p.rule, evidence: JSON.stringify(p.evidence), matcher_version: version, matched_at: now })),
    );
    if (matchRows.length) await trx.insertInto('matches').values(matchRows).execute();
    await sql`
      delete from item_regions r
       where r.item_id = any(${ids}::bigint[])
         and not exists (select from ${newRegions}
                          where n.item_id = r.item_id and n.region_id = r.region_id and coalesce(n.oblast_id, '') = coalesce(r.oblast_id, '')
                            and n.via = r.via and n.mentions = r.mentions)`.execute(trx);
    // (Equalities only, no IS NOT DISTINCT FROM: they let PostgreSQL hash the new rows instead
    // of comparing every old row with every new one, ~1,100 × 1,100 a batch.)
    // Rows still there after the delete are equal to the new ones.
    if (regions.length) {
      await sql`
        insert into item_regions (item_id, region_id, oblast_id, via, mentions)
        select n.item_id, n.region_id, n.oblast_id, n.via, n.mentions from ${newRegions}
        on conflict (item_id, region_id) do nothing`.execute(trx);
    }
    await sql`
      insert into item_match_state (item_id, matcher_version, matched_at, relevant, relevance_score, level, projects)
      select u.item_id, ${version}::text, ${now}::timestamptz, u.relevant, u.score, u.level, u.projects
        from unnest(${ids}::bigint[], ${batch.map((b) => b.relevant)}::boolean[], ${batch.map((b) => b.relevanceScore)}::float8[],
                    ${batch.map((b) => b.level)}::text[], ${batch.map((b) => b.projects.length)}::int[]) as u(item_id, relevant, score, level, projects)
      on conflict (item_id) do update
        set matcher_version = excluded.matcher_version, matched_at = excluded.matched_at, relevant = excluded.relevant,
            relevance_score = excluded.relevance_score, level = excluded.level, projects = excluded.projects`.execute(trx);
  });
}
