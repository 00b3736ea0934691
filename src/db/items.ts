/** Items: idempotent insert with in-outlet dedup, and the article-page work queue. */
import { sql, type Kysely } from 'kysely';
import type { Database, Item, NewItem } from './tables.ts';

export type InsertOutcome = 'new' | 'seen';

/**
 * Inserts an item unless the outlet already has it: same canonical URL, same guid, same agency
 * article id, or the same normalised title within `titleDays` of its publication time (a
 * re-published or re-slugged story). Unique keys make concurrent crawlers safe too.
 */
export async function insertItem(db: Kysely<Database>, item: NewItem, titleDays: number, opts: { keysChecked?: boolean } = {}): Promise<InsertOutcome> {
  // keysChecked: the caller already asked knownItemKeys(); the unique keys still guard the insert.
  const existing = opts.keysChecked ? undefined : await db.selectFrom('items').select('id')
    .where('outlet_id', '=', item.outlet_id)
    .where((eb) => {
      const keys = [eb('url', '=', item.url)];
      if (item.guid) keys.push(eb('guid', '=', item.guid));
      if (item.article_id) keys.push(eb('article_id', '=', item.article_id));
      return eb.or(keys);
    })
    .limit(1).executeTakeFirst();
  if (existing) return 'seen';
  if (titleDays > 0 && item.title_key) {
    const at = item.published_at ? new Date(item.published_at) : new Date(item.fetched_at);
    const span = titleDays * 86_400_000;
    const sameTitle = await db.selectFrom('items').select('id')
      .where('outlet_id', '=', item.outlet_id)
      .where('title_key', '=', item.title_key)
      .where(sql<boolean>`coalesce(published_at, fetched_at) between ${new Date(at.getTime() - span)} and ${new Date(at.getTime() + span)}`)
      .limit(1).executeTakeFirst();
    if (sameTitle) return 'seen';
  }
  const inserted = await db.insertInto('items').values(item).onConflict((oc) => oc.doNothing()).returning('id').executeTakeFirst();
  return inserted ? 'new' : 'seen';
}

/**
 * The keys among `items` that the outlet already has: canonical URLs as is, guids as
 * `guid:<guid>`, agency article ids as `aid:<id>`. Asked in chunks, so a 10,000-item feed is a
 * handful of queries rather than one per item.
 */
export async function knownItemKeys(db: Kysely<Database>, outletId: string, items: ReadonlyArray<Pick<NewItem, 'url' | 'guid' | 'article_id'>>): Promise<Set<string>> {
  const known = new Set<string>();
  for (let i = 0; i < items.length; i += 500) {
    const chunk = items.slice(i, i + 500);
    const urls = chunk.map((c) => c.url);
    const guids = chunk.map((c) => c.guid).filter((g): g is string => !!g);
    const aids = chunk.map((c) => c.article_id).filter((a): a is string => !!a);
    const rows = await db.selectFrom('items').select(['url', 'guid', 'article_id'])
      .where('outlet_id', '=', outletId)
      .where((eb) => eb.or([
        eb('url', 'in', urls),
        ...(guids.length ? [eb('guid', 'in', guids)] : []),
        ...(aids.length ? [eb('article_id', 'in', aids)] : []),
      ]))
      .execute();
    for (const r of rows) {
      known.add(r.url);
      if (r.guid) known.add(`guid:${r.guid}`);
      if (r.article_id) known.add(`aid:${r.article_id}`);
    }
  }
  return known;
}

/** Items whose article page is still to be fetched, oldest first. */
export async function pendingPages(db: Kysely<Database>, limit: number, outletIds?: readonly string[]): Promise<Item[]> {
  let q = db.selectFrom('items').selectAll().where('page_status', '=', 'pending');
  if (outletIds?.length) q = q.where('outlet_id', 'in', [...outletIds]);
  return q.orderBy('fetched_at').orderBy('id').limit(limit).execute();
}

export interface PageUpdate {
  body: string;
  bodyMethod: string;
  lead: string | null;
  dateline: string | null;
  tags: string[];
  publishedAt: Date | null;
  contentHash: string;
}

export async function savePage(db: Kysely<Database>, id: number, page: PageUpdate): Promise<void> {
  await db.updateTable('items')
    .set((eb) => ({
      body: page.body,
      body_method: page.bodyMethod,
      lead: eb.fn.coalesce('lead', eb.val(page.lead)),
      dateline: page.dateline,
      tags: JSON.stringify(page.tags),
      content_hash: page.contentHash,
      page_status: 'ok',
      page_error_class: null,
      page_attempts: eb('page_attempts', '+', 1),
      // The page's time fills in a feed that had none; a feed time is kept otherwise. An archive
      // listing's time (backfill) gives way to the page's: lists print a minute at best.
      published_at: sql`case when (published_at is null or published_source = 'archive') and cast(${page.publishedAt} as timestamptz) is not null then cast(${page.publishedAt} as timestamptz) else published_at end`,
      published_source: sql`case when (published_at is null or published_source = 'archive') and cast(${page.publishedAt} as timestamptz) is not null then 'page' else published_source end`,
      // The matcher must look at the item again now that it has a body.
      matched_version: null,
    }))
    .where('id', '=', id).execute();
}

export async function failPage(db: Kysely<Database>, id: number, errorClass: string, maxAttempts: number, finalStatus: 'failed' | 'skipped' = 'failed'): Promise<void> {
  await db.updateTable('items')
    .set((eb) => ({
      page_attempts: eb('page_attempts', '+', 1),
      page_error_class: errorClass,
      page_status: sql`case when page_attempts + 1 >= cast(${maxAttempts} as integer) then cast(${finalStatus} as text) else 'pending' end`,
    }))
    .where('id', '=', id).execute();
}
