/** Items: idempotent insert with in-outlet dedup, and the article-page work queue. */
import { sql, type Kysely } from 'kysely';
import type { Database, Item, NewItem } from './tables.ts';

export type InsertOutcome = 'new' | 'seen';

/**
 * Inserts an item unless the outlet already has it: same canonical URL, same guid, same agency
 * article id, or the same normalised title within `titleDays` of its publication time (a
 * re-published or re-slugged story). Unique keys make concurrent crawlers safe too. Up to three
 * queries per item: the row-by-row baseline of insertItems(), which feeds and backfill use.
 */
export async function insertItem(db: Kysely<Database>, item: NewItem, titleDays: number): Promise<InsertOutcome> {
  const existing = await db.selectFrom('items').select('id')
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
    const window = titleWindow(item, titleDays);
    const sameTitle = await db.selectFrom('items').select('id')
      .where('outlet_id', '=', item.outlet_id)
      .where('title_key', '=', item.title_key)
      .where(sql<boolean>`coalesce(published_at, fetched_at) between ${window.from} and ${window.to}`)
      .limit(1).executeTakeFirst();
    if (sameTitle) return 'seen';
  }
  const inserted = await db.insertInto('items').values(item).onConflict((oc) => oc.doNothing()).returning('id').executeTakeFirst();
  return inserted ? 'new' : 'seen';
}

/**
 * Rows per round of insertItems: two queries each. 20,000 new items of ~2 KB body on PostgreSQL
 * 15 (2 busy cores): ~3,000/s batched, 370–740/s row by row; a plain multi-row insert with no
 * dedup at all does ~3,300/s, the full-text index's to_tsvector being most of that time.
 */
const CHUNK = 1000;
/** PostgreSQL's limit on bind parameters in one statement (a 16-bit count in the protocol). */
const MAX_PARAMS = 65_535;

/**
 * insertItem() for many items, items of several outlets mixed, with the same outcome per item
 * (same order) as calling it on each in turn — an item repeated within `items` counts once, the
 * first copy wins — in two queries per chunk of 1,000 instead of up to three per item: one asks
 * which items the database already has (keys or title window, the items passed as arrays
 * through unnest, so the query has 7 parameters whatever the chunk), one inserts the rest.
 *
 * An item another writer stores between the two queries comes back 'seen' (the unique keys
 * still decide); a later copy of it in the same chunk is then 'seen' too, as it would have been
 * had this call stored the first.
 */
export async function insertItems(db: Kysely<Database>, items: readonly NewItem[], titleDays: number): Promise<InsertOutcome[]> {
  const outcomes: InsertOutcome[] = [];
  // Chunks run one after the other, so a chunk's check sees the rows the previous ones stored.
  for (let i = 0; i < items.length; i += CHUNK) {
    const chunk = items.slice(i, i + CHUNK);
    const stored = await alreadyStored(db, chunk, titleDays);
    const insert = firstCopies(chunk, stored, titleDays);
    const added = await insertRows(db, chunk.filter((_, j) => insert[j]));
    for (const [j, item] of chunk.entries()) outcomes.push(insert[j] && added.has(urlKey(item)) ? 'new' : 'seen');
  }
  return outcomes;
}

/** Indexes of the `items` whose url, guid, article id or title in its window the outlet already has. */
async function alreadyStored(db: Kysely<Database>, items: readonly NewItem[], titleDays: number): Promise<Set<number>> {
  const windows = items.map((item) => (titleDays > 0 && item.title_key ? titleWindow(item, titleDays) : null));
  // One row per item (ord counts from 1). Against a large table each exists() probes one index
  // — the (outlet_id, url) key, items_outlet_guid, items_outlet_article, items_outlet_title_key:
  // 11 ms for 1,000 items against 320,000 rows on PostgreSQL 15 — while against a small one
  // the planner hashes a scan of the table instead. An empty guid or article id is looked up
  // too: insertItem's first query skips it, but its insert conflicts on it.
  const rows = await sql<{ ord: number }>`
    select u.ord from unnest(
      ${items.map((i) => i.outlet_id)}::text[], ${items.map((i) => i.url)}::text[],
      ${items.map((i) => i.guid ?? null)}::text[], ${items.map((i) => i.article_id ?? null)}::text[],
      ${items.map((i) => i.title_key)}::text[],
      ${windows.map((w) => w?.from ?? null)}::timestamptz[], ${windows.map((w) => w?.to ?? null)}::timestamptz[]
    ) with ordinality as u (outlet_id, url, guid, article_id, title_key, since, until, ord)
    where exists (select 1 from items t where t.outlet_id = u.outlet_id and t.url = u.url)
       or exists (select 1 from items t where t.outlet_id = u.outlet_id and t.guid = u.guid)
       or exists (select 1 from items t where t.outlet_id = u.outlet_id and t.article_id = u.article_id)
       or exists (select 1 from items t where t.outlet_id = u.outlet_id and t.title_key = u.title_key
                    and coalesce(t.published_at, t.fetched_at) between u.since and u.until)`.execute(db);
  return new Set(rows.rows.map((r) => Number(r.ord) - 1));
}

/**
 * Which of `items` sequential insertItem() calls would store, given those the database already
 * has (`stored`): the first copy of each url, guid, article id — and of each title within the
 * window of a copy stored before it — per outlet. Only items stored count as earlier copies: one
 * turned away by the database does not turn away the items after it.
 */
function firstCopies(items: readonly NewItem[], stored: ReadonlySet<number>, titleDays: number): boolean[] {
  const keys = new Set<string>();
  const titleTimes = new Map<string, number[]>();
  return items.map((item, j) => {
    if (stored.has(j)) return false;
    const own = [urlKey(item)];
    if (item.guid != null) own.push(`guid\0${item.outlet_id}\0${item.guid}`);
    if (item.article_id != null) own.push(`aid\0${item.outlet_id}\0${item.article_id}`);
    if (own.some((k) => keys.has(k))) return false;
    const titleAt = `${item.outlet_id}\0${item.title_key}`;
    if (titleDays > 0 && item.title_key) {
      const { from, to } = titleWindow(item, titleDays);
      if (titleTimes.get(titleAt)?.some((t) => t >= from.getTime() && t <= to.getTime())) return false;
    }
    for (const k of own) keys.add(k);
    const times = titleTimes.get(titleAt) ?? [];
    times.push(timeOf(item));
    titleTimes.set(titleAt, times);
    return true;
  });
}

/** Multi-row inserts of `rows`, each under PostgreSQL's parameter limit; the (outlet, url) keys stored. */
async function insertRows(db: Kysely<Database>, rows: readonly NewItem[]): Promise<Set<string>> {
  const added = new Set<string>();
  const columns = new Set(rows.flatMap((r) => Object.keys(r))).size || 1;
  const perStatement = Math.floor(MAX_PARAMS / columns);
  for (let i = 0; i < rows.length; i += perStatement) {
    const returned = await db.insertInto('items').values(rows.slice(i, i + perStatement))
      .onConflict((oc) => oc.doNothing()).returning(['outlet_id', 'url']).execute();
    for (const r of returned) added.add(urlKey(r));
  }
  return added;
}

function urlKey(item: Pick<NewItem, 'outlet_id' | 'url'>): string {
  return `url\0${item.outlet_id}\0${item.url}`;
}

/** The item's time as the title check reads it: published_at, else fetched_at (coalesce in SQL). */
function timeOf(item: Pick<NewItem, 'published_at' | 'fetched_at'>): number {
  return (item.published_at ? new Date(item.published_at) : new Date(item.fetched_at)).getTime();
}

/** ±titleDays around the item's time, in whole milliseconds as both insert paths compare them. */
function titleWindow(item: Pick<NewItem, 'published_at' | 'fetched_at'>, titleDays: number): { from: Date; to: Date } {
  const at = timeOf(item);
  const span = titleDays * 86_400_000;
  return { from: new Date(at - span), to: new Date(at + span) };
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
  // One transaction: the body and the forgotten match state land together, or neither does.
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('items')
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
      }))
      .where('id', '=', id).execute();
    // The matcher must look at the item again now that it has a body.
    await trx.deleteFrom('item_match_state').where('item_id', '=', id).execute();
  });
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
