/**
 * The backfill stage, read as a list of steps: for each archive → take the lock → load the pages
 * already walked → plan the next (day, page) → fetch the listing → parse links and printed times →
 * store the items in the date range (the crawl's dedup) → fetch their article pages (the crawl's
 * page fetch and extraction) → record the unit → repeat; then mark reprints as a crawl does.
 * Matching is the match stage's job (`covgap backfill` runs it after, as `covgap run` does).
 *
 * Resumable: a unit is recorded only once its items and pages are stored, so a killed run
 * fetches at most the unit in hand again. Polite: one request at a time through its own
 * Fetcher (robots.txt, per-host delay `backfill_host_delay_ms`, default 5 s — slower than the
 * crawl's 2 s), and it never claims feeds nor feeds the crawl's page queue (see docs/operations.md).
 */
import { sql, type Kysely } from 'kysely';
import type { ArchiveSource, Config, Outlet } from '../config/load.ts';
import { articleIdOf } from '../crawl/canonical-url.ts';
import type { DateLang } from '../crawl/dates.ts';
import { decodeBody } from '../crawl/decode.ts';
import { titleKey } from '../crawl/dedup.ts';
import type { FailureKind } from '../crawl/failure.ts';
import type { Fetcher } from '../crawl/fetch.ts';
import { mirrorHost } from '../crawl/mirror-host.ts';
import { fetchPage } from '../crawl/page.ts';
import { markReprints, type ReprintSummary } from '../crawl/reprints.ts';
import { doneUnits, recordUnit } from '../db/backfill-units.ts';
import type { Backend } from '../db/connect.ts';
import { insertItems } from '../db/items.ts';
import { isConnectionLost } from '../db/pg-errors.ts';
import { syncSources } from '../db/sources.ts';
import type { Database, NewItem } from '../db/tables.ts';
import { toError, UserError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { ADAPTERS } from './adapters.ts';
import type { ListedItem, ListingPage } from './listing.ts';
import { listingUrl, nextUnit, planProgress, planRange, walkModeOf, type DoneUnit, type Plan, type Unit, type WalkMode } from './planner.ts';
import type { ProgressState } from './progress.ts';

export interface BackfillContext {
  readonly db: Kysely<Database>;
  readonly config: Pick<Config, 'outlets' | 'settings'>;
  /** The backfill's own fetcher (commands/backfill.ts backfillFetcher: host delay backfill_host_delay_ms), not the crawl's. */
  readonly fetcher: Pick<Fetcher, 'fetch'>;
  readonly log: Logger;
  /** pg: one backfill per archive across processes (advisory lock); PGlite is one process anyway. */
  readonly backend?: Backend;
  readonly now?: () => Date;
  readonly progress?: (state: ProgressState) => void;
}

export interface BackfillOptions {
  /** Archive ids, or outlet ids (every enabled archive of the outlet). */
  readonly sources: readonly string[];
  /** First and last day, `YYYY-MM-DD`, in each outlet's zone. */
  readonly from: string;
  readonly to: string;
  /** Listing pages fetched per archive in this run at most (0 or absent: no limit). */
  readonly maxPages?: number;
  /** Plan only: say what is done and what comes next; fetch nothing. */
  readonly dryRun?: boolean;
  /** Fetch the article pages of the items found (default true; the outlet's fetch_pages too). */
  readonly pages?: boolean;
  /** Stop after the unit in hand (SIGINT/SIGTERM). */
  readonly signal?: AbortSignal;
}

/** Why an archive stopped early: a fetch failure class, or its listing no longer parses. */
export type BackfillFailure = FailureKind | 'markup_changed' | 'busy';

export interface SourceOutcome {
  readonly source: string;
  readonly outletId: string;
  readonly mode: WalkMode;
  /** complete: walked to its end · stopped: budget or signal, resume later · failed: see failure. */
  readonly outcome: 'complete' | 'stopped' | 'failed';
  readonly failure: BackfillFailure | null;
  readonly message: string | null;
  readonly listings: number;
  readonly itemsFound: number;
  readonly itemsNew: number;
  readonly pagesFetched: number;
  readonly pagesFailed: number;
  readonly daysDone: number | null;
  readonly daysTotal: number | null;
  readonly fraction: number;
  /** The listing the next run starts with (null when complete). */
  readonly next: string | null;
}

export interface BackfillSummary {
  readonly sources: SourceOutcome[];
  readonly fatal: Error | null;
  readonly reprints?: ReprintSummary;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Article-looking links on a page that lists nothing: more than this and the markup changed. */
const STRAY_LINKS = 3;

/** The archives named by `ids` (archive ids, or outlet ids for all their enabled archives). */
export function resolveArchives(outlets: readonly Outlet[], ids: readonly string[]): { archive: ArchiveSource; outlet: Outlet }[] {
  const all = outlets.flatMap((o) => (o.archive ?? []).map((archive) => ({ archive, outlet: o })));
  const out: { archive: ArchiveSource; outlet: Outlet }[] = [];
  for (const id of ids) {
    const exact = all.filter((a) => a.archive.id === id);
    const ofOutlet = all.filter((a) => a.outlet.id === id && a.archive.enabled);
    const hit = exact.length ? exact : ofOutlet;
    if (!hit.length) {
      const known = all.map((a) => a.archive.id).join(', ') || 'none';
      throw new UserError(`backfill: no archive '${id}' (archive ids, or an outlet with an enabled archive: block in config/sources.yaml; known: ${known})`);
    }
    for (const h of hit) if (!out.some((o) => o.archive.id === h.archive.id)) out.push(h);
  }
  return out;
}

/** Runs the backfill. Never throws for an archive's fault; `fatal` reports a lost database. */
export async function backfill(ctx: BackfillContext, opts: BackfillOptions): Promise<BackfillSummary> {
  if (!DAY.test(opts.from) || !DAY.test(opts.to) || Number.isNaN(Date.parse(opts.from)) || Number.isNaN(Date.parse(opts.to))) {
    throw new UserError(`backfill: --from and --to are days like 2024-01-01 (got ${opts.from} … ${opts.to})`);
  }
  if (opts.from > opts.to) throw new UserError(`backfill: --from ${opts.from} is after --to ${opts.to}`);
  const targets = resolveArchives(ctx.config.outlets, opts.sources);
  const sources: SourceOutcome[] = [];
  let fatal: Error | null = null;
  try {
    await syncSources(ctx.db, ctx.config.outlets);
    for (const { archive, outlet } of targets) {
      if (opts.signal?.aborted) break;
      sources.push(await withArchiveLock(ctx, archive.id, () => walkArchive(ctx, archive, outlet, opts)) ?? busy(archive, outlet, opts));
    }
  } catch (err) {
    if (!isConnectionLost(err)) throw err;
    fatal = new Error(`backfill: database connection lost: ${toError(err).message}`, { cause: err });
  }
  let reprints: ReprintSummary | undefined;
  if (!fatal && !opts.dryRun && sources.some((s) => s.itemsNew > 0 || s.pagesFetched > 0)) {
    try {
      reprints = await markReprints({ db: ctx.db, outlets: ctx.config.outlets, log: ctx.log, now: ctx.now });
    } catch (err) {
      if (!isConnectionLost(err)) throw err;
      fatal = new Error(`backfill: database connection lost while marking reprints: ${toError(err).message}`, { cause: err });
    }
  }
  if (fatal) ctx.log.error(fatal.message, { errorClass: 'database' });
  return { sources, fatal, ...(reprints ? { reprints } : {}) };
}

async function walkArchive(ctx: BackfillContext, archive: ArchiveSource, outlet: Outlet, opts: BackfillOptions): Promise<SourceOutcome> {
  const now = ctx.now ?? (() => new Date());
  const log = ctx.log.child({ archive: archive.id });
  const plan: Plan = { mode: walkModeOf(archive.url), from: opts.from, to: opts.to, timeZone: outlet.timeZone, maxPagesPerDay: archive.maxPagesPerDay };
  const range = planRange(plan);
  const done: DoneUnit[] = await doneUnits(ctx.db, archive.id);
  const startFraction = planProgress(plan, done).fraction;
  const startedAt = now();
  const fetchPages = opts.pages !== false && outlet.fetchPages;
  const counts = { listings: 0, itemsFound: 0, itemsNew: 0, pagesFetched: 0, pagesFailed: 0 };
  const report = (outcome: SourceOutcome['outcome'], failure: BackfillFailure | null = null, message: string | null = null): SourceOutcome => {
    const p = planProgress(plan, done);
    const next = nextUnit(plan, done);
    return { source: archive.id, outletId: outlet.id, mode: plan.mode, outcome, failure, message, ...counts, daysDone: p.daysDone, daysTotal: p.daysTotal, fraction: p.fraction, next: next ? listingUrl(archive.url, next) : null };
  };
  const tick = () => {
    const p = planProgress(plan, done);
    ctx.progress?.({ source: archive.id, daysDone: p.daysDone, daysTotal: p.daysTotal, fraction: p.fraction, listings: counts.listings, itemsFound: counts.itemsFound, itemsNew: counts.itemsNew, startFraction, startedAt });
  };
  if (opts.dryRun) return report(nextUnit(plan, done) ? 'stopped' : 'complete');

  // Pages of our items a killed run left pending come first: they are this archive's debt, and
  // left alone they would wait in the crawl's page queue.
  if (fetchPages) await fetchItemPages(ctx, outlet, null, counts, now, log);

  tick();
  for (;;) {
    const unit = nextUnit(plan, done);
    if (!unit) {
      log.info(`backfill ${archive.id}: complete for ${opts.from} … ${opts.to}`, counts);
      return report('complete');
    }
    if (opts.signal?.aborted || (opts.maxPages && counts.listings >= opts.maxPages)) return report('stopped');
    const url = listingUrl(archive.url, unit);
    const step = await fetchListing(ctx, archive, outlet, unit, url);
    counts.listings++;
    const fail = async (failure: BackfillFailure, message: string) => {
      await recordUnit(ctx.db, { source: archive.id, day: unit.day, page: unit.page, url, status: 'failed', itemsFound: 0, itemsNew: 0, oldestAt: null, newestAt: null, exhausted: false, fetchedAt: now(), errorClass: failure, error: message });
      log.error(message, { errorClass: failure });
      return report('failed', failure, message);
    };
    if ('failure' in step) {
      // Past the last page of a day or of the lenta some sites answer 404: the archive ends there.
      if (!(step.failure === 'not_found' && unit.page > 1)) return fail(step.failure, step.message);
      step.listing = { items: [], articleLinks: 0, rule: null };
    }
    const listing = 'listing' in step && step.listing ? step.listing : { items: [], articleLinks: 0, rule: null };
    if (!listing.items.length && (unit.page === 1 || listing.articleLinks > STRAY_LINKS)) {
      return fail('markup_changed', markupMessage(archive, url, listing));
    }

    const inRange = listing.items.filter((i) => !i.publishedAt || (i.publishedAt >= range.start && i.publishedAt < range.end));
    const fetchedAt = now();
    const rows = inRange.map((item) => archiveItem(item, archive, outlet, fetchedAt, fetchPages));
    const itemsNew = (await insertItems(ctx.db, rows, ctx.config.settings.title_dedup_days)).filter((o) => o === 'new').length;
    if (fetchPages && inRange.length) await fetchItemPages(ctx, outlet, inRange.map((i) => i.url), counts, now, log);

    const times = listing.items.flatMap((i) => (i.publishedAt ? [i.publishedAt.getTime()] : []));
    const oldestAt = times.length ? new Date(Math.min(...times)) : null;
    const newestAt = times.length ? new Date(Math.max(...times)) : null;
    const exhausted = listing.items.length === 0;
    await recordUnit(ctx.db, { source: archive.id, day: unit.day, page: unit.page, url, status: 'done', itemsFound: listing.items.length, itemsNew, oldestAt, newestAt, exhausted, fetchedAt: now(), errorClass: null, error: null });
    done.push({ day: unit.day, page: unit.page, oldestAt, exhausted });
    counts.itemsFound += inRange.length;
    counts.itemsNew += itemsNew;
    log.debug(`backfill ${archive.id}: ${url}: ${listing.items.length} listed (${listing.rule ?? 'no markup matched'}), ${inRange.length} in range, ${itemsNew} new`);
    tick();
  }
}

type ListingStep = { listing: ListingPage } | { failure: FailureKind; message: string; listing?: ListingPage };

async function fetchListing(ctx: BackfillContext, archive: ArchiveSource, outlet: Outlet, unit: Unit, url: string): Promise<ListingStep> {
  const result = await ctx.fetcher.fetch({ url });
  if (result.kind === 'failed') return { failure: result.failure, message: `backfill: ${archive.id}: listing ${url}: ${result.message}` };
  if (result.kind === 'not_modified') return { failure: 'client_error', message: `backfill: ${archive.id}: unexpected 304 for ${url}` };
  const decoded = decodeBody(result.body, result.contentType);
  if ('error' in decoded) return { failure: 'bad_encoding', message: `backfill: ${archive.id}: listing ${url}: ${decoded.message}` };
  const lang = (['ru', 'en', 'kk', 'be', 'de', 'pl', 'zh'] as const).find((l) => l === archive.lang) ?? 'ru';
  const parse = ADAPTERS[archive.adapter];
  return { listing: parse(decoded.text, { url: result.url, timeZone: outlet.timeZone, lang: lang satisfies DateLang, day: unit.day, site: outlet.site }) };
}

function markupMessage(archive: ArchiveSource, url: string, listing: ListingPage): string {
  const links = listing.articleLinks ? `, though ${listing.articleLinks} article link(s) are on it` : '';
  return `backfill: ${archive.id}: the listing ${url} yielded no items${links}: the archive markup changed (adapter ${archive.adapter}, src/backfill/${archive.adapter}.ts). ` +
    `Stopped this archive instead of walking empty pages; update the adapter's selectors and run the backfill again — it resumes here.`;
}

/** Fetches the pending article pages of this outlet's backfilled items (`urls`, or all of them). */
async function fetchItemPages(ctx: BackfillContext, outlet: Outlet, urls: readonly string[] | null, counts: { pagesFetched: number; pagesFailed: number }, now: () => Date, log: Logger): Promise<void> {
  let q = ctx.db.selectFrom('items').selectAll()
    .where('outlet_id', '=', outlet.id).where('page_status', '=', 'pending');
  q = urls ? q.where('url', 'in', [...urls]) : q.where('feed_id', 'is', null).where('published_source', '=', 'archive');
  const todo = await q.orderBy('id').execute();
  for (const item of todo) {
    const ok = await fetchPage(ctx.db, ctx.fetcher, item, outlet, { maxAttempts: ctx.config.settings.page_attempts, now, log });
    if (ok) counts.pagesFetched++;
    else counts.pagesFailed++;
  }
}

/** A listed article as an item row: no feed, the listing's time as an `archive` time. */
export function archiveItem(item: ListedItem, archive: ArchiveSource, outlet: Outlet, fetchedAt: Date, fetchPages: boolean): NewItem {
  const aid = articleIdOf(item.url, { host: mirrorHost(item.url, outlet.site) });
  return {
    outlet_id: outlet.id,
    feed_id: null,
    url: item.url,
    guid: null,
    article_id: aid ? `${aid.host}/${aid.id}` : null,
    lang: archive.lang,
    rubric: /\/([a-z-]+)\/view\/[^/]*\/?$/.exec(new URL(item.url).pathname)?.[1] ?? null,
    title: item.title,
    title_key: titleKey(item.title),
    lead: item.lead,
    body: null,
    body_method: null,
    tags: '[]',
    dateline: null,
    published_at: item.publishedAt,
    published_source: item.publishedAt ? 'archive' : 'none',
    fetched_at: fetchedAt,
    content_hash: null,
    page_status: fetchPages ? 'pending' : 'skipped',
    page_error_class: null,
    reprint_of: null,
  };
}

function busy(archive: ArchiveSource, outlet: Outlet, opts: BackfillOptions): SourceOutcome {
  return {
    source: archive.id, outletId: outlet.id, mode: walkModeOf(archive.url), outcome: 'failed', failure: 'busy',
    message: `backfill: ${archive.id}: another covgap backfill is walking this archive (${opts.from} … ${opts.to} not started); try again when it ends`,
    listings: 0, itemsFound: 0, itemsNew: 0, pagesFetched: 0, pagesFailed: 0, daysDone: null, daysTotal: null, fraction: 0, next: null,
  };
}

/** pg: a session advisory lock per archive on its own connection; null when another holds it. */
async function withArchiveLock<T>(ctx: BackfillContext, id: string, fn: () => Promise<T>): Promise<T | null> {
  if (ctx.backend !== 'pg') return fn();
  return ctx.db.connection().execute(async (conn) => {
    const key = sql`hashtext(${'covgap-backfill:' + id})::bigint`;
    const got = await sql<{ ok: boolean }>`select pg_try_advisory_lock(${key}) as ok`.execute(conn);
    if (!got.rows[0]?.ok) return null;
    try {
      return await fn();
    } finally {
      await sql`select pg_advisory_unlock(${key})`.execute(conn);
    }
  });
}
