/**
 * The database server restarts, or goes down, in the middle of a crawl (the real PostgreSQL 15
 * binaries; a private instance so the restart cannot break other test files that share the
 * server on :5432 — see private-postgres.ts). The crawl must either reconnect and finish, or
 * stop with a clean `fatal` (exit code 2) — never hang, throw or half-store a feed — and the
 * next run must ingest what was missed with no duplicates. PGlite is embedded: there is no
 * server to restart, so this file runs on the pg backend only (process death on PGlite is in
 * process-faults.test.ts).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { crawlExitCode } from '../../src/commands/crawl.ts';
import { makeFetcher } from '../../src/context.ts';
import { crawl, type CrawlSummary } from '../../src/crawl/run.ts';
import { syncCatalog } from '../../src/db/catalog.ts';
import { connect, type DbHandle } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';
import { memoryLogger } from '../../src/log.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { outlet, testConfig } from '../helpers/config.ts';
import { TEST_BACKENDS, truncateAll } from '../helpers/db.ts';
import { startPrivatePostgres, type PrivatePostgres } from './private-postgres.ts';

const FEEDS = ['s1', 's2', 's3', 's4'];
const ITEMS_PER_FEED = 3;

function rss(base: string, name: string): string {
  const items = Array.from({ length: ITEMS_PER_FEED }, (_, i) => `<item><title>${name} story ${i}</title><link>${base}/${name}/story/${i}</link><guid>${name}-${i}</guid></item>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${name}</title>${items}</channel></rss>`;
}

describe.runIf(TEST_BACKENDS.includes('pg'))('crawl across a PostgreSQL restart', () => {
  let pg: PrivatePostgres;
  let handle: DbHandle;
  let server: FixtureServer;
  /** What the held feed (s2) does before it answers; set per test. */
  let onHeld: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    handle = await connect({ databaseUrl: pg.url });
    const failed = (await migrate(handle.db)).find((r) => r.status === 'failed');
    if (failed) throw failed.error;
    server = await startFixtureServer();
    for (const f of FEEDS) {
      server.route(`/feeds/${f}`, (_req, res) => {
        const answer = () => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server.url, f));
        if (f !== 's2') return answer();
        const hold = onHeld;
        onHeld = async () => undefined; // once: the next run must find the server as the test left it
        hold().then(answer, (err) => res.writeHead(500).end(String(err)));
      });
    }
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await handle?.close();
    await pg?.destroy();
  });
  beforeEach(async () => {
    // Whatever a test did to the server, the next one starts with it up and empty.
    if (!(await pg.isReady())) await pg.start();
    await truncateAll(handle.db);
    onHeld = async () => undefined;
    server.requests.length = 0;
  });

  const config = () => testConfig([outlet({ id: 'o', fetchPages: false, feeds: FEEDS.map((id) => ({ id, url: `${server.url}/feeds/${id}` })) })]);
  const run = async (now?: Date): Promise<{ summary: CrawlSummary; lines: string[] }> => {
    const log = memoryLogger('info');
    const cfg = config();
    await syncCatalog(handle.db, cfg.catalog);
    const summary = await crawl({ db: handle.db, config: cfg, fetcher: makeFetcher(cfg, log), log, ...(now ? { now: () => now } : {}) }, { pages: false, dueOnly: true });
    return { summary, lines: log.lines };
  };
  const items = () => handle.db.selectFrom('items').select(['url', 'feed_id']).execute();
  /** Past the claim lease (10 min) and the poll interval (15 min): every feed is due again. */
  const later = () => new Date(Date.now() + 16 * 60_000);

  it('reconnects, or stops cleanly, when the server restarts while a feed is being fetched; the next run fills the gap without duplicates', { timeout: 120_000 }, async () => {
    onHeld = () => pg.restart();
    const first = await run();
    expect(await pg.isReady()).toBe(true);
    const stored = await items();
    if (first.summary.fatal) {
      expect(first.summary.fatal.message).toMatch(/^crawl: database/);
      expect(crawlExitCode(first.summary)).toBe(2);
    } else {
      expect(first.summary.feeds.map((f) => f.outcome)).toEqual(['ok', 'ok', 'ok', 'ok']);
      expect(stored).toHaveLength(FEEDS.length * ITEMS_PER_FEED);
    }
    console.log(`[reliability] restart mid-crawl: ${first.summary.fatal ? `stopped cleanly (${first.summary.fatal.message.slice(0, 80)})` : 'reconnected and finished'}; ${stored.length} items after run 1`);

    const second = await run(later());
    expect(second.summary.fatal).toBeNull();
    const all = await items();
    expect(all).toHaveLength(FEEDS.length * ITEMS_PER_FEED);
    expect(new Set(all.map((r) => r.url)).size).toBe(all.length);
  });

  it('stops with a clean fatal and exit code 2 when the server is down as a fetched feed is stored; the next run ingests what was missed, once', { timeout: 120_000 }, async () => {
    onHeld = () => pg.stop();
    try {
      const first = await run();
      expect(first.summary.fatal?.message).toMatch(/^crawl: database (connection lost|unavailable)/);
      expect(crawlExitCode(first.summary)).toBe(2);
      expect(first.lines.some((l) => l.includes('"level":"error"') && l.includes('"errorClass":"database"'))).toBe(true);
      // Nothing after the lost feed was fetched.
      expect(server.requests.filter((r) => r.path === '/feeds/s3' || r.path === '/feeds/s4')).toHaveLength(0);
    } finally {
      if (!(await pg.isReady())) await pg.start();
    }
    // s1 was stored before the server went away, whole.
    expect((await items()).map((r) => r.feed_id)).toEqual(Array(ITEMS_PER_FEED).fill('s1'));

    const second = await run(later());
    expect(second.summary.fatal).toBeNull();
    const all = await items();
    expect(all).toHaveLength(FEEDS.length * ITEMS_PER_FEED);
    expect(new Set(all.map((r) => r.url)).size).toBe(all.length);
    const third = await run(new Date(Date.now() + 40 * 60_000));
    expect(third.summary.feeds.reduce((n, f) => n + f.itemsNew, 0)).toBe(0);
  });
});
