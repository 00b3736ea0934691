/**
 * The crawl job: fetch every feed whose own due time has come (poll interval, backoff and
 * Retry-After are kept per feed in feeds.next_poll_at), then the article pages still missing.
 * Not a singleton: several daemons share the work, each due feed claimed once under
 * `FOR UPDATE SKIP LOCKED` (src/db/sources.ts claimFeeds).
 */
import { crawl } from '../src/crawl/run.ts';
import type { JobDef } from './job.ts';

export const crawlJob: JobDef = {
  name: 'crawl',
  singleton: false,
  slotted: false,
  backfillMs: 0,
  async run(ctx) {
    const s = await crawl({ db: ctx.db, config: ctx.config, fetcher: ctx.fetcher, log: ctx.log, now: ctx.now }, { dueOnly: true, signal: ctx.signal });
    const m = ctx.metrics;
    for (const f of s.feeds) {
      m?.inc('covgap_fetches_total', { feed: f.feedId, outcome: f.outcome });
      if (f.failure) m?.inc('covgap_fetch_errors_total', { feed: f.feedId, error_class: f.failure });
      if (f.itemsNew) m?.inc('covgap_items_new_total', { feed: f.feedId }, f.itemsNew);
    }
    if (s.pages.fetched) m?.inc('covgap_pages_total', { result: 'fetched' }, s.pages.fetched);
    if (s.pages.failed) m?.inc('covgap_pages_total', { result: 'failed' }, s.pages.failed);
    if (s.fatal) throw s.fatal;
    const count = (k: string) => s.feeds.filter((f) => f.outcome === k).length;
    const itemsNew = s.feeds.reduce((a, f) => a + f.itemsNew, 0);
    const failed = s.feeds.filter((f) => f.outcome === 'failed');
    return {
      summary: { feeds: s.feeds.length, ok: count('ok'), unchanged: count('not_modified') + count('unchanged'), failed: failed.length, itemsNew, pages: s.pages, failedFeeds: failed.map((f) => `${f.feedId}: ${f.failure}`) },
      text: `crawl: ${s.feeds.length} due feed(s) — ${count('ok')} fetched (${itemsNew} new items), ${count('not_modified') + count('unchanged')} unchanged, ${failed.length} failed; pages: ${s.pages.fetched} fetched, ${s.pages.failed} failed`,
      stored: itemsNew + s.pages.fetched,
      partial: failed.length > 0,
    };
  },
};
