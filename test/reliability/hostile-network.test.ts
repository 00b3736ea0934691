/**
 * Hostile network, end to end: the real crawl (fetcher as `makeFetcher` wires it in production,
 * decoder, parser, database) against fault routes on the local fixture server, on PGlite and on
 * the real PostgreSQL server. For every case: the run finishes, the failing feed carries a
 * classified error in the fetch log and in a log line naming it, the healthy feed beside it is
 * stored whole, and the heap stays within a generous bound (a sanity check, not a benchmark:
 * figures live in bench/soak.ts and docs/reliability.md).
 *
 * Single-request faults (timeout, slow drip, reset, 429, 5xx, loops, oversize, gzip bomb) are
 * unit-tested in test/crawl/fetch.test.ts; here they all hit one crawl at once.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeFetcher } from '../../src/context.ts';
import { crawl, type CrawlOptions, type CrawlSummary } from '../../src/crawl/run.ts';
import { syncCatalog } from '../../src/db/catalog.ts';
import { memoryLogger } from '../../src/log.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { outlet, testConfig } from '../helpers/config.ts';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';

const ENCODING = new URL('../fixtures/encoding/', import.meta.url);
const MIB = 1024 * 1024;
/** Generous: a 10,000-item feed is ~3 MB of XML; anything near this bound is a leak. */
const HEAP_BOUND = 300 * MIB;

function rssItem(i: number, extra: { guid?: string | null; link?: string; title?: string; pubDate?: string | null } = {}): string {
  const guid = extra.guid === undefined ? `g-${i}` : extra.guid;
  const pubDate = extra.pubDate === undefined ? 'Fri, 02 Oct 2026 10:00:00 +0300' : extra.pubDate;
  return `<item><title>${extra.title ?? `Новость номер ${i}`}</title><link>${extra.link ?? `https://example.by/news/${i}`}</link>${guid === null ? '' : `<guid isPermaLink="false">${guid}</guid>`}${pubDate === null ? '' : `<pubDate>${pubDate}</pubDate>`}<description>Лид новости ${i}.</description></item>`;
}
function rss(items: string[], title = 'Fixture'): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>https://example.by/</link>${items.join('')}</channel></rss>`;
}

/**
 * Samples heapUsed every 20 ms while `fn` runs; returns its result, the peak heap growth and the
 * growth of the process's peak RSS (which also sees what synchronous work allocates between samples).
 */
async function withHeapPeak<T>(fn: () => Promise<T>): Promise<{ value: T; peakDelta: number; maxRssDelta: number }> {
  const rss0 = process.resourceUsage().maxRSS * 1024;
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    return { value, peakDelta: peak - base, maxRssDelta: process.resourceUsage().maxRSS * 1024 - rss0 };
  } finally {
    clearInterval(timer);
  }
}

describe.each(TEST_BACKENDS)('hostile network on %s', (backend) => {
  let t: TestDb;
  let server: FixtureServer;
  beforeAll(async () => {
    t = await openTestDb(backend);
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server?.close();
    await t?.drop();
  });
  beforeEach(async () => {
    await t.reset();
  });
  afterEach(() => {
    server.requests.length = 0;
  });

  const run = async (config: ReturnType<typeof testConfig>, opts: CrawlOptions = {}): Promise<{ summary: CrawlSummary; lines: string[]; peakDelta: number; maxRssDelta: number }> => {
    const log = memoryLogger('info');
    await syncCatalog(t.db, config.catalog);
    const { value, peakDelta, maxRssDelta } = await withHeapPeak(() => crawl({ db: t.db, config, fetcher: makeFetcher(config, log), log }, { pages: false, ...opts }));
    return { summary: value, lines: log.lines, peakDelta, maxRssDelta };
  };
  const count = async (table: 'items' | 'fetches') => Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const byFeed = (s: CrawlSummary) => Object.fromEntries(s.feeds.map((f) => [f.feedId, f]));
  const loggedOnFeed = (lines: string[], id: string, errorClass: string) =>
    lines.some((l) => l.includes(`"feed":"${id}"`) && l.includes('"level":"error"') && l.includes(`"errorClass":"${errorClass}"`));
  const healthy = () => outlet({ id: 'healthy', fetchPages: false, feeds: [{ id: 'healthy', url: `${server.url}/healthy.xml` }] });
  const serveHealthy = () => server.route('/healthy.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss([1, 2, 3].map((i) => rssItem(i)))));

  it('classifies and logs every network fault on its own feed in one run, and still stores the healthy feed whole', { timeout: 60_000 }, async () => {
    serveHealthy();
    const faults: Record<string, [path: string, errorClass: string]> = {
      'f-timeout': ['/fault/timeout', 'timeout'],
      'f-slowloris': ['/fault/slow', 'timeout'],
      'f-reset': ['/fault/reset', 'connection'],
      'f-429': ['/fault/429', 'rate_limited'],
      'f-503': ['/fault/503', 'server_error'],
      'f-loop': ['/fault/redirect-loop', 'redirect_loop'],
      'f-external': ['/fault/redirect-external', 'redirect_refused'],
      'f-oversize': ['/fault/oversize', 'too_large'],
      'f-bomb': ['/fault/gzip-bomb', 'too_large'],
      'f-empty': ['/fault/empty', 'empty_body'],
      'f-challenge': ['/fault/challenge', 'challenge'],
      'f-invalid-xml': ['/broken/invalid.xml', 'unparseable'],
      'f-html': ['/hostile/junk-nav.html', 'unparseable'],
    };
    // Each fault on its own outlet (host-wise they share 127.0.0.1, so they run in turn).
    const config = testConfig(
      [healthy(), outlet({ id: 'faulty', fetchPages: false, feeds: Object.entries(faults).map(([id, [path]]) => ({ id, url: `${server.url}${path}` })) })],
      { fetch_timeout_sec: 1, fetch_max_mib: 1 },
    );
    const { summary, lines, peakDelta } = await run(config);
    const by = byFeed(summary);
    expect(summary.fatal).toBeNull();
    expect(by['healthy']).toMatchObject({ outcome: 'ok', itemsNew: 3 });
    for (const [id, [, errorClass]] of Object.entries(faults)) {
      expect(by[id], id).toMatchObject({ outcome: 'failed', failure: errorClass });
      expect(loggedOnFeed(lines, id, errorClass), `${id} logged as ${errorClass}`).toBe(true);
    }
    const logged = await t.db.selectFrom('fetches').select(['feed_id', 'error_class']).where('outcome', '=', 'failed').execute();
    expect(Object.fromEntries(logged.map((r) => [r.feed_id, r.error_class]))).toEqual(Object.fromEntries(Object.entries(faults).map(([id, [, c]]) => [id, c])));
    expect(await count('items')).toBe(3);
    expect(peakDelta).toBeLessThan(HEAP_BOUND);
  });

  it('refuses redirects to private and loopback addresses other than the configured fixture host', async () => {
    serveHealthy();
    const port = new URL(server.url).port;
    const targets: Record<string, string> = {
      'r-localhost': `http://localhost:${port}/healthy.xml`,
      'r-127-0-0-2': `http://127.0.0.2:${port}/healthy.xml`,
      'r-ipv6-loopback': `http://[::1]:${port}/healthy.xml`,
      'r-10': 'http://10.0.0.1/feed.xml',
      'r-192-168': 'http://192.168.1.1/feed.xml',
      'r-172-16': 'http://172.16.0.1/feed.xml',
      'r-link-local': 'http://169.254.169.254/latest/meta-data/',
      'r-any': `http://0.0.0.0:${port}/healthy.xml`,
      'r-file': 'file:///etc/passwd',
      'r-credentials': `http://user:pw@127.0.0.1:${port}/healthy.xml`,
    };
    const config = testConfig([
      healthy(),
      outlet({ id: 'redirecting', fetchPages: false, feeds: Object.entries(targets).map(([id, to]) => ({ id, url: `${server.url}/fault/redirect?to=${encodeURIComponent(to)}&id=${id}` })) }),
    ]);
    const { summary, lines } = await run(config);
    const by = byFeed(summary);
    expect(by['healthy']).toMatchObject({ outcome: 'ok', itemsNew: 3 });
    for (const id of Object.keys(targets)) {
      expect(by[id], id).toMatchObject({ outcome: 'failed', failure: 'redirect_refused' });
      expect(loggedOnFeed(lines, id, 'redirect_refused')).toBe(true);
    }
    // The redirects to the fixture under another name never reached it: one request for the
    // healthy feed, none after a redirect.
    expect(server.requests.filter((r) => r.path.startsWith('/healthy.xml'))).toHaveLength(1);
    expect(await count('items')).toBe(3);
  });

  it('stores a 10,000-item feed whole, once, within a bounded heap', { timeout: 240_000 }, async () => {
    const N = 10_000;
    const body = rss(Array.from({ length: N }, (_, i) => rssItem(i)));
    expect(body.length).toBeLessThan(5 * MIB); // under the default cap, so this tests volume, not the cap
    server.route('/big.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body));
    const config = testConfig([healthy(), outlet({ id: 'big', fetchPages: false, feeds: [{ id: 'big', url: `${server.url}/big.xml` }] })], { fetch_timeout_sec: 20 });
    serveHealthy();
    const started = performance.now();
    const { summary, peakDelta, maxRssDelta } = await run(config);
    const ms = performance.now() - started;
    expect(byFeed(summary)['big']).toMatchObject({ outcome: 'ok', itemsSeen: N, itemsNew: N });
    expect(byFeed(summary)['healthy']).toMatchObject({ outcome: 'ok', itemsNew: 3 });
    expect(await count('items')).toBe(N + 3);
    expect(peakDelta).toBeLessThan(HEAP_BOUND);
    expect(maxRssDelta).toBeLessThan(2 * HEAP_BOUND);
    // Figures for docs/reliability.md (not asserted: timing belongs in benchmarks).
    console.log(`[reliability] ${backend}: 10,000-item feed stored in ${Math.round(ms)} ms, heap peak +${Math.round(peakDelta / MIB)} MiB, max RSS +${Math.round(maxRssDelta / MIB)} MiB`);
  });

  it('stores an item once when the feed repeats its guid or its link', async () => {
    let version = 0;
    const items = () => [
      rssItem(1, { guid: 'dup', link: 'https://example.by/news/a', title: 'Первая версия' }),
      rssItem(2, { guid: 'dup', link: 'https://example.by/news/b', title: 'Вторая версия' }),
      rssItem(3, { guid: 'dup', link: 'https://example.by/news/c', title: 'Третья версия' }),
      rssItem(4, { guid: 'l-1', link: 'https://example.by/news/same', title: 'Тот же адрес один' }),
      rssItem(5, { guid: 'l-2', link: 'https://example.by/news/same?utm_source=tg', title: 'Тот же адрес два' }),
      rssItem(6, { guid: null, link: 'https://example.by/news/6' }),
      rssItem(6, { guid: null, link: 'https://example.by/news/6' }),
      rssItem(7),
    ];
    // The version comment changes the body hash, so the second crawl parses the feed again.
    server.route('/dups.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss(items()).replace('<channel>', `<channel><!-- v${version} -->`)));
    const config = testConfig([outlet({ id: 'dups', fetchPages: false, feeds: [{ id: 'dups', url: `${server.url}/dups.xml` }] })]);
    const first = await run(config);
    expect(first.summary.feeds[0]).toMatchObject({ outcome: 'ok', itemsSeen: 8, itemsNew: 4 });
    const rows = await t.db.selectFrom('items').select(['guid', 'url', 'title']).orderBy('url').execute();
    expect(rows.map((r) => r.url)).toEqual(['https://example.by/news/6', 'https://example.by/news/7', 'https://example.by/news/a', 'https://example.by/news/same']);
    expect(rows.find((r) => r.guid === 'dup')?.title).toBe('Первая версия'); // the first one seen wins
    version = 1;
    const second = await run(config);
    expect(second.summary.feeds[0]).toMatchObject({ outcome: 'ok', itemsSeen: 8, itemsNew: 0 });
    expect(await count('items')).toBe(4);
  });

  it('stores items with missing, unreadable, slightly-ahead and far-future dates, keeping only believable times', async () => {
    const now = Date.now();
    const soon = new Date(now + 3 * 3_600_000).toUTCString(); // a clock a few hours fast
    const cases = [
      rssItem(1, { pubDate: null }),
      rssItem(2, { pubDate: 'вчера вечером' }),
      rssItem(3, { pubDate: 'Mon, 01 Jan 2099 10:00:00 +0300' }),
      rssItem(4, { pubDate: soon }),
      rssItem(5, { pubDate: 'Fri, 31 Feb 2026 25:61:00 +0300' }),
      rssItem(6, { pubDate: '' }),
    ];
    server.route('/dates.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss(cases)));
    const config = testConfig([outlet({ id: 'dates', fetchPages: false, feeds: [{ id: 'dates', url: `${server.url}/dates.xml` }] })]);
    const { summary } = await run(config);
    expect(summary.feeds[0]).toMatchObject({ outcome: 'ok', itemsSeen: 6, itemsNew: 6 });
    const rows = await t.db.selectFrom('items').select(['url', 'published_at', 'published_source']).orderBy('url').execute();
    const at = Object.fromEntries(rows.map((r) => [r.url.split('/').pop(), r.published_at ? new Date(r.published_at).toISOString() : null]));
    expect(at).toEqual({ '1': null, '2': null, '3': null, '4': new Date(soon).toISOString(), '5': null, '6': null });
    expect(rows.filter((r) => r.published_at === null).every((r) => r.published_source === 'none')).toBe(true);
  });

  it('decodes feeds whose charset is missing or wrong, and classifies one it cannot decode', async () => {
    const cp1251 = readFileSync(new URL('cp1251-no-prolog.xml', ENCODING));
    const utf8SaysCp1251 = readFileSync(new URL('utf8-says-windows-1251.xml', ENCODING));
    const koi8 = readFileSync(new URL('koi8r.xml', ENCODING));
    const cp1251WithUtf8Prolog = iconv.encode(iconv.decode(cp1251, 'windows-1251').replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-8"?>'), 'windows-1251');
    const cases: Record<string, { body: Buffer; type: string; expect: { outcome: string; charset?: RegExp; failure?: string; title?: RegExp } }> = {
      'no-charset-anywhere': { body: cp1251, type: 'application/rss+xml', expect: { outcome: 'ok', charset: /1251/, title: /Бресте/ } },
      'header-says-utf8-bytes-cp1251': { body: cp1251, type: 'application/rss+xml; charset=utf-8', expect: { outcome: 'ok', charset: /1251/, title: /Бресте/ } },
      'prolog-says-utf8-bytes-cp1251': { body: cp1251WithUtf8Prolog, type: 'text/xml', expect: { outcome: 'ok', charset: /1251/, title: /Бресте/ } },
      'utf8-labelled-cp1251': { body: utf8SaysCp1251, type: 'application/rss+xml; charset=windows-1251', expect: { outcome: 'ok', charset: /utf-8/, title: /Гомсельмаш/ } },
      'koi8-declared-in-prolog-only': { body: koi8, type: 'application/xml', expect: { outcome: 'ok', charset: /koi8/i, title: /КазБелАЗ/ } },
      'unknown-charset': { body: cp1251, type: 'application/rss+xml; charset=x-no-such-charset', expect: { outcome: 'failed', failure: 'bad_encoding' } },
    };
    for (const [id, c] of Object.entries(cases)) server.route(`/charset/${id}`, (_req, res) => res.writeHead(200, { 'content-type': c.type }).end(c.body));
    // One outlet per case: the fixtures share item links, which dedup would merge within an outlet.
    const config = testConfig(Object.keys(cases).map((id) => outlet({ id, fetchPages: false, feeds: [{ id, url: `${server.url}/charset/${id}` }] })));
    const { summary, lines } = await run(config);
    const by = byFeed(summary);
    for (const [id, c] of Object.entries(cases)) {
      expect(by[id], id).toMatchObject(c.expect.failure ? { outcome: 'failed', failure: c.expect.failure } : { outcome: 'ok', itemsNew: 1 });
      if (c.expect.failure) {
        expect(loggedOnFeed(lines, id, c.expect.failure)).toBe(true);
        continue;
      }
      const f = await t.db.selectFrom('fetches').select('charset').where('feed_id', '=', id).executeTakeFirstOrThrow();
      expect(f.charset, id).toMatch(c.expect.charset!);
      const item = await t.db.selectFrom('items').select('title').where('feed_id', '=', id).executeTakeFirstOrThrow();
      expect(item.title, id).toMatch(c.expect.title!);
      expect(item.title, id).not.toMatch(/[ÐÑ�]|Р[ЃЂ“›]/);
    }
  });

  it('rides out a burst of 5xx answers and stores the feed once it recovers', async () => {
    serveHealthy();
    const burst = [500, 502, 503, 504];
    let hits = 0;
    server.route('/flaky.xml', (_req, res) => {
      const status = burst[hits++];
      if (status) return void res.writeHead(status, { 'content-type': 'text/plain' }).end('upstream trouble');
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss([1, 2, 3, 4].map((i) => rssItem(i, { link: `https://example.by/flaky/${i}` }))));
    });
    const config = testConfig([healthy(), outlet({ id: 'flaky', fetchPages: false, feeds: [{ id: 'flaky', url: `${server.url}/flaky.xml` }] })]);
    const seen: Array<[string, string | null, number]> = [];
    for (let i = 0; i <= burst.length; i++) {
      const { summary, lines } = await run(config, i === 0 ? {} : { feedIds: ['flaky'] });
      const f = byFeed(summary)['flaky']!;
      const row = await t.db.selectFrom('feeds').select(['consecutive_failures']).where('id', '=', 'flaky').executeTakeFirstOrThrow();
      seen.push([f.outcome, f.failure, row.consecutive_failures]);
      if (f.failure) expect(loggedOnFeed(lines, 'flaky', f.failure)).toBe(true);
      if (i === 0) expect(byFeed(summary)['healthy']).toMatchObject({ outcome: 'ok', itemsNew: 3 });
    }
    expect(seen).toEqual([
      ['failed', 'server_error', 1],
      ['failed', 'server_error', 2],
      ['failed', 'server_error', 3],
      ['failed', 'server_error', 4],
      ['ok', null, 0],
    ]);
    const feed = await t.db.selectFrom('feeds').select(['status', 'last_error_class']).where('id', '=', 'flaky').executeTakeFirstOrThrow();
    expect(feed).toEqual({ status: 'ok', last_error_class: null });
    expect(await t.db.selectFrom('items').select('url').where('feed_id', '=', 'flaky').execute()).toHaveLength(4);
    expect(await count('items')).toBe(7);
  });

  it('refuses a 20 MB article page at the size cap and extracts a 4 MiB one, with the other pages stored', { timeout: 120_000 }, async () => {
    const article = '<article class="entry-content">' + [1, 2, 3].map((i) => `<p>Абзац статьи номер ${i}: Гомсельмаш собрал в Костанае партию комбайнов для аграриев области.</p>`).join('') + '</article>';
    const filler = '<div class="nav"><a href="/x">ссылка меню</a> <span>реклама</span></div>\n';
    const page = (bytes: number) => Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Большая страница</title></head><body>${article}${filler.repeat(Math.ceil(bytes / Buffer.byteLength(filler)))}</body></html>`);
    const huge = page(20 * MIB);
    const big = page(4 * MIB);
    server.route('/pages/huge', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(huge));
    server.route('/pages/big', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(big));
    server.route('/pages/normal', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><body>${article}</body></html>`));
    // The 4 MiB page goes last: extracting it blocks the event loop for seconds (see
    // docs/reliability.md), long enough for this in-process server to drop an idle keep-alive
    // socket under a request that follows.
    server.route('/pages.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss([
      rssItem(1, { link: `${server.url}/pages/normal`, title: 'Обычная страница' }),
      rssItem(2, { link: `${server.url}/pages/huge`, title: 'Огромная страница' }),
      rssItem(3, { link: `${server.url}/pages/big`, title: 'Большая страница' }),
    ])));
    const pageOf = (path: string) => t.db.selectFrom('items').select(['page_status', 'page_error_class', 'body']).where('url', '=', `${server.url}${path}`).executeTakeFirstOrThrow();

    // The default cap (fetch_max_mib 5): the 20 MB page fails as too_large on its own item.
    const started = performance.now();
    const { summary, lines, peakDelta, maxRssDelta } = await run(testConfig([outlet({ id: 'pages', feeds: [{ id: 'pages', url: `${server.url}/pages.xml` }] })], { fetch_timeout_sec: 20 }), { pages: true });
    const ms = performance.now() - started;
    expect(summary.pages, lines.filter((l) => l.includes('"level":"warn"')).join('\n')).toEqual({ fetched: 2, failed: 1 });
    expect(await pageOf('/pages/huge')).toMatchObject({ page_status: 'pending', page_error_class: 'too_large', body: null });
    expect(lines.some((l) => l.includes('"errorClass":"too_large"') && l.includes('/pages/huge'))).toBe(true);
    expect((await pageOf('/pages/normal')).body).toMatch(/Абзац статьи номер 3/);
    const extracted = await pageOf('/pages/big');
    expect(extracted.page_status).toBe('ok');
    expect(extracted.body).toMatch(/Абзац статьи номер 1[\s\S]*номер 3/);
    expect(extracted.body!.length).toBeLessThan(10_000);
    expect(peakDelta).toBeLessThan(HEAP_BOUND);
    expect(maxRssDelta).toBeLessThan(2 * HEAP_BOUND);
    console.log(`[reliability] ${backend}: pages (normal, 20 MB capped, 4 MiB extracted) in ${Math.round(ms)} ms, heap peak +${Math.round(peakDelta / MIB)} MiB, max RSS +${Math.round(maxRssDelta / MIB)} MiB`);
  });
});
