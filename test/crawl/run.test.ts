/**
 * The crawl stage end to end: the real fetcher, decoder, parser and database against the local
 * fixture server, on PGlite and (in CI) on the real PostgreSQL server.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { crawl, type CrawlSummary } from '../../src/crawl/run.ts';
import { Fetcher } from '../../src/crawl/fetch.ts';
import { memoryLogger } from '../../src/log.ts';
import { syncCatalog } from '../../src/db/catalog.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';
import { outlet, testConfig } from '../helpers/config.ts';

const FIXTURES = new URL('../fixtures/http/', import.meta.url);

describe.each(TEST_BACKENDS)('crawl on %s', (backend) => {
  let t: TestDb;
  let server: FixtureServer;
  beforeAll(async () => {
    t = await openTestDb(backend);
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });
  beforeEach(async () => {
    await t.reset();
  });
  afterEach(() => {
    server.requests.length = 0;
  });

  const run = async (config: ReturnType<typeof testConfig>, opts: Parameters<typeof crawl>[1] = {}): Promise<{ summary: CrawlSummary; lines: string[] }> => {
    const log = memoryLogger('info');
    const fetcher = new Fetcher({ allowedHosts: ['127.0.0.1'], hostDelayMs: 0, timeoutMs: config.settings.fetch_timeout_sec * 1000, maxBytes: config.settings.fetch_max_mib * 1024 * 1024 }, log);
    await syncCatalog(t.db, config.catalog);
    const summary = await crawl({ db: t.db, config, fetcher, log }, opts);
    return { summary, lines: log.lines };
  };
  const count = async (table: 'items' | 'fetches') => Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  const belta = () =>
    outlet({ id: 'belta', site: 'https://www.belta.by/', feeds: [{ id: 'belta-ru-all', url: `${server.url}/belta/rss/all.xml` }] });

  it('stores every item of a feed once, and a second crawl answered 304 adds nothing', async () => {
    const config = testConfig([belta()]);
    const first = await run(config);
    expect(first.summary.feeds).toMatchObject([{ feedId: 'belta-ru-all', outcome: 'ok', itemsSeen: 6, itemsNew: 6 }]);
    expect(await count('items')).toBe(6);

    const second = await run(config);
    expect(second.summary.feeds[0]?.outcome).toBe('not_modified');
    expect(await count('items')).toBe(6);
    const log = await t.db.selectFrom('fetches').select(['target', 'outcome', 'http_status']).where('target', '=', 'feed').orderBy('id').execute();
    expect(log.map((r) => r.outcome)).toEqual(['ok', 'not_modified']);
    expect(log[1]?.http_status).toBe(304);
  });

  it('records an identical body from a server that ignores conditional requests as unchanged', async () => {
    const body = readFileSync(new URL('belta/rss/all.xml', FIXTURES), 'utf8').replaceAll('{{BASE}}', server.url);
    server.route('/plain/all.xml', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body));
    const config = testConfig([outlet({ id: 'belta', feeds: [{ id: 'plain', url: `${server.url}/plain/all.xml` }] })]);
    await run(config, { pages: false });
    const again = await run(config, { pages: false });
    expect(again.summary.feeds[0]?.outcome).toBe('unchanged');
    expect(await count('items')).toBe(6);
  });

  it('adds only the new items when the feed changes', async () => {
    let version = 'all.xml';
    const serve = () => readFileSync(new URL(`belta/rss/${version}`, FIXTURES), 'utf8').replaceAll('{{BASE}}', server.url);
    server.route('/changing/rss', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(serve()));
    const config = testConfig([outlet({ id: 'belta', feeds: [{ id: 'changing', url: `${server.url}/changing/rss` }] })]);
    await run(config, { pages: false });
    version = 'all-v2.xml';
    const second = await run(config, { pages: false });
    expect(second.summary.feeds[0]).toMatchObject({ outcome: 'ok', itemsSeen: 8, itemsNew: 2 });
    expect(await count('items')).toBe(8);
  });

  it('lands +0300 (Minsk) and +0500 (Kazakhstan) publication times as the right UTC instants', async () => {
    const config = testConfig([
      belta(),
      outlet({ id: 'kazinform', country: 'KZ', timeZone: 'Asia/Almaty', feeds: [{ id: 'kazinform-ru', url: `${server.url}/kazinform/rss/rus.xml` }] }),
    ]);
    await run(config, { pages: false });
    const rows = await t.db.selectFrom('items').select(['url', 'published_at', 'outlet_id']).execute();
    const byId = (s: string) => rows.find((r) => r.url.includes(s))?.published_at?.toISOString();
    // Fixture: <pubDate>Fri, 02 Oct 2026 14:05:00 +0300</pubDate> and …08:15:00 +0500 (see the feeds).
    expect(byId('700123')).toBe('2026-10-02T11:05:00.000Z');
    const kz = rows.filter((r) => r.outlet_id === 'kazinform');
    expect(kz).toHaveLength(5);
    const feedText = readFileSync(new URL('kazinform/rss/rus.xml', FIXTURES), 'utf8');
    const m = /<link>\{\{BASE\}\}([^<]*3f9c2a7e[^<]*)<\/link>[\s\S]*?<pubDate>([^<]+)<\/pubDate>/.exec(feedText);
    expect(m).not.toBeNull();
    expect(byId('3f9c2a7e')).toBe(new Date(m![2]!).toISOString());
    expect(m![2]).toMatch(/\+0500$/);
  });

  it('decodes a windows-1251 regional feed', async () => {
    const config = testConfig([
      outlet({ id: 'gp', level: 'regional', region: 'by-gomel-oblast', fetchPages: false, feeds: [{ id: 'gp-ru', url: `${server.url}/regional/gp-cp1251.xml` }] }),
    ]);
    const { summary } = await run(config);
    expect(summary.feeds[0]).toMatchObject({ outcome: 'ok', itemsNew: 3 });
    const titles = (await t.db.selectFrom('items').select('title').execute()).map((r) => r.title).join(' ');
    expect(titles).toMatch(/[А-Яа-яЁёЎўІі]{4,}/);
    expect(titles).not.toMatch(/[ÐÑ�]/);
    const f = await t.db.selectFrom('fetches').select('charset').where('feed_id', '=', 'gp-ru').executeTakeFirstOrThrow();
    expect(f.charset?.toLowerCase()).toMatch(/1251/);
  });

  it('logs a classified error on each broken feed and still ingests the healthy one', async () => {
    const config = testConfig(
      [
        belta(),
        outlet({ id: 'broken', feeds: [
          { id: 'bad-xml', url: `${server.url}/broken/invalid.xml` },
          { id: 'slow', url: `${server.url}/fault/timeout` },
          { id: 'err500', url: `${server.url}/fault/500` },
          { id: 'huge', url: `${server.url}/fault/oversize` },
        ] }),
      ],
      { fetch_timeout_sec: 1, fetch_max_mib: 1 },
    );
    const { summary, lines } = await run(config, { pages: false });
    const by = Object.fromEntries(summary.feeds.map((f) => [f.feedId, f]));
    expect(by['belta-ru-all']).toMatchObject({ outcome: 'ok', itemsNew: 6 });
    expect(by['bad-xml']).toMatchObject({ outcome: 'failed', failure: 'unparseable' });
    expect(by['slow']).toMatchObject({ outcome: 'failed', failure: 'timeout' });
    expect(by['err500']).toMatchObject({ outcome: 'failed', failure: 'server_error' });
    expect(by['huge']).toMatchObject({ outcome: 'failed', failure: 'too_large' });
    for (const id of ['bad-xml', 'slow', 'err500', 'huge']) {
      expect(lines.some((l) => l.includes(`"feed":"${id}"`) && l.includes('"level":"error"'))).toBe(true);
    }
    const feeds = await t.db.selectFrom('feeds').select(['id', 'status', 'consecutive_failures', 'last_error_class']).where('id', 'in', ['bad-xml', 'err500']).orderBy('id').execute();
    expect(feeds).toMatchObject([
      { id: 'bad-xml', status: 'failing', consecutive_failures: 1, last_error_class: 'unparseable' },
      { id: 'err500', status: 'failing', consecutive_failures: 1, last_error_class: 'server_error' },
    ]);
    const failedFetches = await t.db.selectFrom('fetches').select('error_class').where('outcome', '=', 'failed').execute();
    expect(failedFetches.map((r) => r.error_class).sort()).toEqual(['server_error', 'timeout', 'too_large', 'unparseable']);
  });

  it('fetches article pages, extracts the text with the site rules and records the method', async () => {
    const config = testConfig([belta()]);
    const { summary } = await run(config);
    // Six items; three BelTA pages exist in the fixtures, the other links answer 404.
    expect(summary.pages).toEqual({ fetched: 3, failed: 3 });
    const item = await t.db.selectFrom('items').selectAll().where('url', 'like', '%700123%').executeTakeFirstOrThrow();
    expect(item.page_status).toBe('ok');
    expect(item.body_method).toBe('site:belta.by#1');
    expect(item.dateline).toBe('ГОМЕЛЬ');
    expect(item.body).toMatch(/Гомсельмаш/);
    expect(item.article_id).toBe('belta.by/700123');
    const missing = await t.db.selectFrom('items').select(['page_status', 'page_attempts', 'page_error_class']).where('url', 'like', '%700104%').executeTakeFirstOrThrow();
    expect(missing).toMatchObject({ page_status: 'pending', page_attempts: 1, page_error_class: 'not_found' });
  });

  it('only claims due feeds when asked to, so a second due-only run fetches nothing', async () => {
    const config = testConfig([belta()]);
    await run(config, { dueOnly: true, pages: false });
    const again = await run(config, { dueOnly: true, pages: false });
    expect(again.summary.feeds).toEqual([]);
  });
});
