/**
 * The crawl stage, read as a list of steps (Miniflux's RefreshFeed): claim the feeds → for each
 * one a conditional fetch → 304 or same body? stop → decode → parse → store new items →
 * reschedule; then fetch the article pages still missing. One bad feed never stops the others;
 * only a lost database does (`fatal`).
 */
import type { Kysely } from 'kysely';
import type { Config, FeedSource, Outlet } from '../config/load.ts';
import { recordFetch } from '../db/fetches.ts';
import { insertItems, pendingPages } from '../db/items.ts';
import { isConnectionLost } from '../db/pg-errors.ts';
import { claimFeeds, syncSources } from '../db/sources.ts';
import type { Database, Feed, NewItem } from '../db/tables.ts';
import { toError, UserError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { articleIdOf, canonicalUrl } from './canonical-url.ts';
import { decodeBody } from './decode.ts';
import { titleKey } from './dedup.ts';
import { parseFeed, type FeedEntry } from './feed.ts';
import type { FailureKind } from './failure.ts';
import type { Fetcher, FetchResult } from './fetch.ts';
import { fetchPage } from './page.ts';
import { mirrorHost } from './mirror-host.ts';
import { markReprints, type ReprintSummary } from './reprints.ts';
import { nextPollAt } from './schedule.ts';

export interface CrawlContext {
  readonly db: Kysely<Database>;
  readonly config: Pick<Config, 'outlets' | 'settings'>;
  readonly fetcher: Pick<Fetcher, 'fetch'>;
  readonly log: Logger;
  readonly now?: () => Date;
}

export interface CrawlOptions {
  /** Only these feeds (any state, even disabled); default: every enabled feed. */
  feedIds?: readonly string[];
  /** Only feeds whose poll time has come. */
  dueOnly?: boolean;
  /** Fetch pending article pages after the feeds (default true). */
  pages?: boolean;
  /** Feeds (and pages) fetched at the same time; the fetcher still serialises each host. */
  concurrency?: number;
  /**
   * Stop early (the daemon got SIGTERM): the feed or page in hand is finished, nothing new is
   * started, and claimed feeds not started yet are handed back (due now) for the next run.
   */
  signal?: AbortSignal;
}

export type FeedOutcomeKind = 'ok' | 'not_modified' | 'unchanged' | 'failed';

export interface FeedOutcome {
  readonly feedId: string;
  readonly outcome: FeedOutcomeKind;
  readonly failure: FailureKind | null;
  readonly message: string | null;
  readonly itemsSeen: number;
  readonly itemsNew: number;
}

export interface CrawlSummary {
  readonly feeds: FeedOutcome[];
  readonly pages: { fetched: number; failed: number };
  /** Set when the run stopped early because the database went away. */
  readonly fatal: Error | null;
  /** Items fingerprinted and reprints of agency copy linked by this run (absent when skipped). */
  readonly reprints?: ReprintSummary;
}

/** Runs one crawl. Never throws for a feed's fault; `fatal` reports a lost database. */
export async function crawl(ctx: CrawlContext, opts: CrawlOptions = {}): Promise<CrawlSummary> {
  const now = ctx.now ?? (() => new Date());
  const outlets = new Map(ctx.config.outlets.map((o) => [o.id, o]));
  const sources = new Map(ctx.config.outlets.flatMap((o) => o.feeds.map((f) => [f.id, f] as const)));
  const unknown = (opts.feedIds ?? []).filter((id) => !sources.has(id));
  if (unknown.length) throw new UserError(`crawl: unknown feed id(s): ${unknown.join(', ')} (see config/sources.yaml or covgap status)`);

  let fatal: Error | null = null;
  const outcomes: FeedOutcome[] = [];
  const fetcher = withHostBreaker(ctx.fetcher);
  try {
    await syncSources(ctx.db, ctx.config.outlets);
    const claimed = await claimFeeds(ctx.db, { now: now(), dueOnly: opts.dueOnly ?? false, ids: opts.feedIds });
    if (!claimed.length) ctx.log.info('crawl: no feed is due', { dueOnly: opts.dueOnly ?? false });
    // One worker per host at a time: the fetcher spaces requests to a host anyway, and a host
    // found unreachable fails its remaining feeds at once (see withHostBreaker).
    await eachLimited(groupByHost(claimed), opts.concurrency ?? 4, async (feeds) => {
      for (const feed of feeds) {
        if (fatal || opts.signal?.aborted) return;
        const source = sources.get(feed.id);
        const outlet = source && outlets.get(source.outletId);
        if (!source || !outlet) continue;
        try {
          outcomes.push(await crawlFeed({ ...ctx, fetcher }, feed, source, outlet, now));
        } catch (err) {
          if (isConnectionLost(err)) fatal ??= new Error(`crawl: database connection lost: ${toError(err).message}`, { cause: err });
          else outcomes.push(failedOutcome(feed.id, 'unparseable', `crawl: ${feed.id}: ${toError(err).message}`, ctx.log));
        }
      }
    });
    const untouched = claimed.filter((f) => !outcomes.some((o) => o.feedId === f.id)).map((f) => f.id);
    if (opts.signal?.aborted && untouched.length && !fatal) {
      await ctx.db.updateTable('feeds').set({ next_poll_at: now() }).where('id', 'in', untouched).execute();
      ctx.log.info(`crawl: stopping; ${untouched.length} claimed feed(s) handed back for the next run`);
    }
  } catch (err) {
    if (!isConnectionLost(err)) throw err;
    fatal = new Error(`crawl: database unavailable: ${toError(err).message}`, { cause: err });
  }

  let pages = { fetched: 0, failed: 0 };
  if (!fatal && opts.pages !== false && !opts.signal?.aborted) {
    try {
      pages = await fetchPages(ctx, outlets, opts, now);
    } catch (err) {
      if (!isConnectionLost(err)) throw err;
      fatal = new Error(`crawl: database connection lost while fetching pages: ${toError(err).message}`, { cause: err });
    }
  }
  // Last step: fingerprint the items whose text is final and link reprints of agency copy.
  let reprints: ReprintSummary | undefined;
  if (!fatal && !opts.signal?.aborted) {
    try {
      reprints = await markReprints({ db: ctx.db, outlets: ctx.config.outlets, log: ctx.log, now });
    } catch (err) {
      if (!isConnectionLost(err)) throw err;
      fatal = new Error(`crawl: database connection lost while marking reprints: ${toError(err).message}`, { cause: err });
    }
  }
  if (fatal) ctx.log.error(fatal.message, { errorClass: 'database' });
  outcomes.sort((a, b) => a.feedId.localeCompare(b.feedId));
  return { feeds: outcomes, pages, fatal, ...(reprints ? { reprints } : {}) };
}

async function crawlFeed(ctx: CrawlContext, feed: Feed, source: FeedSource, outlet: Outlet, now: () => Date): Promise<FeedOutcome> {
  const log = ctx.log.child({ feed: feed.id });
  const startedAt = now();
  const result = await ctx.fetcher.fetch({ url: feed.url, etag: feed.etag, lastModified: feed.last_modified });
  const base = { feed_id: feed.id, url: feed.url, target: 'feed' as const, started_at: startedAt, duration_ms: Math.round(result.durationMs) };

  if (result.kind === 'failed') {
    await recordFetch(ctx.db, { ...base, http_status: result.status, bytes: 0, outcome: 'failed', error_class: result.failure, error: result.message, items_seen: 0, items_new: 0, charset: null });
    await rescheduleFailed(ctx.db, feed, result.failure, result.message, result.retryAfterSec, now());
    return failedOutcome(feed.id, result.failure, result.message, log);
  }
  if (result.kind === 'not_modified' || result.bodyHash === feed.body_hash) {
    const outcome = result.kind === 'not_modified' ? 'not_modified' : 'unchanged';
    await recordFetch(ctx.db, { ...base, http_status: result.status, bytes: result.kind === 'ok' ? result.bytes : 0, outcome, error_class: null, error: null, items_seen: 0, items_new: 0, charset: null });
    await rescheduleOk(ctx.db, feed, result, 0, now());
    log.info(`feed ${feed.id}: ${outcome === 'not_modified' ? 'not modified (304)' : 'unchanged (same body)'}`);
    return { feedId: feed.id, outcome, failure: null, message: null, itemsSeen: 0, itemsNew: 0 };
  }

  const fail = async (failure: FailureKind, message: string, charset: string | null) => {
    await recordFetch(ctx.db, { ...base, http_status: result.status, bytes: result.bytes, outcome: 'failed', error_class: failure, error: message, items_seen: 0, items_new: 0, charset });
    await rescheduleFailed(ctx.db, feed, failure, message, null, now());
    return failedOutcome(feed.id, failure, message, log);
  };
  const decoded = decodeBody(result.body, result.contentType);
  if ('error' in decoded) return fail('bad_encoding', `decode: ${feed.url}: ${decoded.message}`, null);
  let entries: FeedEntry[];
  try {
    entries = (await parseFeed(decoded.text, { timeZone: outlet.timeZone })).entries;
  } catch (err) {
    return fail('unparseable', `${toError(err).message} (${feed.url})`, decoded.charset);
  }

  const fetchedAt = now();
  const items = entries.map((e) => toItem(e, feed, source, outlet, fetchedAt, result.url)).filter((i): i is NewItem => i !== null);
  // Two queries per 1,000 entries, however many are known already; a story the feed repeats
  // (duplicate guids) counts once.
  const itemsNew = (await insertItems(ctx.db, items, ctx.config.settings.title_dedup_days)).filter((o) => o === 'new').length;
  await recordFetch(ctx.db, { ...base, http_status: result.status, bytes: result.bytes, outcome: 'ok', error_class: null, error: null, items_seen: entries.length, items_new: itemsNew, charset: decoded.charset });
  await rescheduleOk(ctx.db, feed, result, itemsNew, now());
  log.info(`feed ${feed.id}: ${entries.length} items, ${itemsNew} new`, { itemsSeen: entries.length, itemsNew });
  return { feedId: feed.id, outcome: 'ok', failure: null, message: null, itemsSeen: entries.length, itemsNew };
}

/** A feed entry as an item row, or null when it has no usable link. */
export function toItem(entry: FeedEntry, feed: Feed, source: FeedSource, outlet: Outlet, fetchedAt: Date, feedUrl: string): NewItem | null {
  const url = entry.link ? canonicalUrl(entry.link, feedUrl) : null;
  if (!url || !entry.title.trim()) return null;
  const aid = articleIdOf(url, { host: mirrorHost(url, outlet.site) });
  // A date more than a day and a half ahead is a broken feed clock, not news from the future.
  const published = entry.publishedAt && entry.publishedAt.getTime() <= fetchedAt.getTime() + 36 * 3_600_000 ? entry.publishedAt : null;
  return {
    outlet_id: outlet.id,
    feed_id: feed.id,
    url,
    guid: entry.guid?.trim() || null,
    article_id: aid ? `${aid.host}/${aid.id}` : null,
    lang: source.lang,
    rubric: rubricOf(url, source),
    title: entry.title.trim(),
    title_key: titleKey(entry.title),
    lead: entry.lead,
    body: null,
    body_method: null,
    tags: JSON.stringify(entry.categories),
    dateline: null,
    published_at: published,
    published_source: published ? 'feed' : 'none',
    fetched_at: fetchedAt,
    content_hash: null,
    page_status: outlet.fetchPages ? 'pending' : 'skipped',
    page_error_class: null,
    reprint_of: null,
  };
}

/** BelTA puts the rubric first in the path (`/economics/view/…`); otherwise the feed's section. */
function rubricOf(url: string, source: FeedSource): string | null {
  const m = /^https?:\/\/[^/]+\/([a-z-]+)\/view\//.exec(url);
  if (m?.[1]) return m[1];
  return source.section && source.section !== 'main' ? source.section : null;
}

async function rescheduleOk(db: Kysely<Database>, feed: Feed, result: Exclude<FetchResult, { kind: 'failed' }>, itemsNew: number, now: Date): Promise<void> {
  const next = nextPollAt({ now, pollIntervalSec: feed.poll_minutes * 60, failureScore: feed.failure_score, outcome: result.kind === 'ok' ? 'ok' : 'not_modified', ttlSec: result.kind === 'ok' ? result.ttlSec : null });
  await db.updateTable('feeds').set({
    ...(result.kind === 'ok' ? { etag: result.etag, last_modified: result.lastModified, body_hash: result.bodyHash } : {}),
    failure_score: next.failureScore,
    consecutive_failures: 0,
    status: 'ok',
    next_poll_at: next.at,
    last_fetch_at: now,
    last_success_at: now,
    ...(itemsNew > 0 ? { last_new_item_at: now } : {}),
    last_error_class: null,
    last_error: null,
  }).where('id', '=', feed.id).execute();
}

async function rescheduleFailed(db: Kysely<Database>, feed: Feed, failure: FailureKind, message: string, retryAfterSec: number | null, now: Date): Promise<void> {
  const next = nextPollAt({ now, pollIntervalSec: feed.poll_minutes * 60, failureScore: feed.failure_score, outcome: 'failed', failure, retryAfterSec });
  await db.updateTable('feeds').set((eb) => ({
    failure_score: next.failureScore,
    consecutive_failures: eb('consecutive_failures', '+', 1),
    status: 'failing',
    next_poll_at: next.at,
    last_fetch_at: now,
    last_error_class: failure,
    last_error: message,
  })).where('id', '=', feed.id).execute();
}

function failedOutcome(feedId: string, failure: FailureKind, message: string, log: Logger): FeedOutcome {
  log.error(`feed ${feedId} failed (${failure}): ${message}`, { errorClass: failure });
  return { feedId, outcome: 'failed', failure, message, itemsSeen: 0, itemsNew: 0 };
}

async function fetchPages(ctx: CrawlContext, outlets: Map<string, Outlet>, opts: CrawlOptions, now: () => Date) {
  const s = ctx.config.settings;
  const outletIds = opts.feedIds?.length
    ? [...new Set(ctx.config.outlets.filter((o) => o.feeds.some((f) => opts.feedIds!.includes(f.id))).map((o) => o.id))]
    : undefined;
  const todo = await pendingPages(ctx.db, s.max_pages_per_run, outletIds);
  const fetcher = withHostBreaker(ctx.fetcher);
  const counts = { fetched: 0, failed: 0 };
  if (!todo.length) return counts;
  ctx.log.info(`crawl: fetching ${todo.length} article page(s)`);
  let done = 0;
  await eachLimited(groupByHost(todo), opts.concurrency ?? 4, async (items) => {
    for (const item of items) {
      if (opts.signal?.aborted) return;
      const outlet = outlets.get(item.outlet_id);
      if (!outlet) continue;
      const ok = await fetchPage(ctx.db, fetcher, item, outlet, { maxAttempts: s.page_attempts, now, log: ctx.log });
      if (ok) counts.fetched++;
      else counts.failed++;
      if (++done % 25 === 0) ctx.log.info(`crawl: pages ${done}/${todo.length}`);
    }
  });
  ctx.log.info(`crawl: pages done: ${counts.fetched} fetched, ${counts.failed} failed`);
  return counts;
}

/** Failures that speak for the whole host, not for one URL (a slow or reset URL does not). */
function hostUnreachable(result: Extract<FetchResult, { kind: 'failed' }>): boolean {
  if (result.failure === 'dns' || result.failure === 'tls') return true;
  return result.failure === 'connection' && /ECONNREFUSED|EHOSTUNREACH|ENETUNREACH/.test(result.message);
}

/**
 * Within one run, a host found unreachable (no DNS, connection refused, bad TLS) is not asked
 * again: its other feeds and pages fail at once with the same cause instead of each retrying.
 */
function withHostBreaker(fetcher: Pick<Fetcher, 'fetch'>): Pick<Fetcher, 'fetch'> {
  const down = new Map<string, Extract<FetchResult, { kind: 'failed' }>>();
  return {
    async fetch(req) {
      let host: string;
      try {
        host = new URL(req.url).host;
      } catch {
        return fetcher.fetch(req);
      }
      const known = down.get(host);
      if (known) return { ...known, url: req.url, durationMs: 0, message: `${known.message} (host ${host} already failed in this run; not retried)` };
      const result = await fetcher.fetch(req);
      if (result.kind === 'failed' && hostUnreachable(result)) down.set(host, result);
      return result;
    },
  };
}

/** Splits work by URL host, keeping the order within each host. */
export function groupByHost<T extends { url: string }>(rows: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    let host = '';
    try {
      host = new URL(row.url).host;
    } catch {
      /* an unparseable URL gets its own group and fails in the fetcher with a clear message */
    }
    const list = groups.get(host) ?? [];
    list.push(row);
    groups.set(host, list);
  }
  return [...groups.values()];
}

/** Runs `fn` over `items` with at most `limit` calls in flight. */
export async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
