/**
 * Reprint marking end to end: the real crawler reads a BelTA feed and a regional feed in
 * windows-1251 from the fixture server, fetches the pages and links the regional reprint of a
 * BelTA story to it (items.reprint_of), on PGlite and on the PostgreSQL server.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { syncCatalog } from '../../src/db/catalog.ts';
import { Fetcher } from '../../src/crawl/fetch.ts';
import { crawl } from '../../src/crawl/run.ts';
import { markReprints } from '../../src/crawl/reprints.ts';
import { memoryLogger } from '../../src/log.ts';
import { matchStored } from '../../src/match/run.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { outlet, testConfig } from '../helpers/config.ts';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';

describe.each(TEST_BACKENDS)('reprint marking on %s', (backend) => {
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

  const belta = () => outlet({ id: 'belta', site: 'https://www.belta.by/', feeds: [{ id: 'belta-ru-all', url: `${server.url}/belta/rss/all.xml` }] });
  const gp = () => outlet({ id: 'gp-by', level: 'regional', region: 'by-gomel-oblast', site: 'https://gp.by/', feeds: [{ id: 'gp-by-ru', url: `${server.url}/regional/gp-cp1251.xml` }] });
  // One page attempt: the feeds' other links are 404s on the fixture server, and a page given up
  // is fingerprinted from its feed title and lead.
  let config: ReturnType<typeof testConfig>;
  beforeAll(() => {
    config = testConfig([belta(), gp()], { page_attempts: 1 });
  });
  const run = async (feedIds: string[]) => {
    const log = memoryLogger('info');
    const fetcher = new Fetcher({ allowedHosts: ['127.0.0.1'], hostDelayMs: 0, timeoutMs: 2000 }, log);
    await syncCatalog(t.db, config.catalog);
    return crawl({ db: t.db, config, fetcher, log }, { feedIds });
  };
  const byUrl = async (suffix: string) =>
    t.db.selectFrom('items').select(['id', 'reprint_of', 'reprint_score', 'attribution', 'fingerprinted_at', 'page_status'])
      .where('url', 'like', `%${suffix}`).executeTakeFirstOrThrow();
  const BELTA_STORY = '-700123-2026.html';
  const GP_REPRINT = '/regional/novosti/ekonomika/news48213.html';

  it('links the regional reprint of a BelTA story after one crawl of both feeds, and nothing else', async () => {
    const summary = await run(['belta-ru-all', 'gp-by-ru']);
    expect(summary.reprints).toEqual({ fingerprinted: 9, reprints: 1 });
    const original = await byUrl(BELTA_STORY);
    const reprint = await byUrl(GP_REPRINT);
    expect(reprint.reprint_of).toBe(original.id);
    expect(reprint.reprint_score).toBeGreaterThan(0.45);
    expect(reprint.attribution).toContain('belta');
    const others = await t.db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).where('reprint_of', 'is not', null).executeTakeFirstOrThrow();
    expect(Number(others.n)).toBe(1);
    const fp = await sql<{ n: number; simhash: string }>`select cardinality(shingles) as n, simhash::text as simhash from items where id = ${reprint.id}`.execute(t.db);
    expect(fp.rows[0]!.n).toBeGreaterThan(50);
    expect(BigInt(fp.rows[0]!.simhash)).not.toBe(0n);
  });

  it('links the reprint when the regional feed is read before the agency feed', async () => {
    await run(['gp-by-ru']);
    expect((await byUrl(GP_REPRINT)).reprint_of).toBeNull();
    const second = await run(['belta-ru-all']);
    expect(second.reprints?.reprints).toBe(1);
    expect((await byUrl(GP_REPRINT)).reprint_of).toBe((await byUrl(BELTA_STORY)).id);
  });

  it('does nothing on a second run, and a re-run of the marker alone finds nothing new', async () => {
    await run(['belta-ru-all', 'gp-by-ru']);
    const again = await run(['belta-ru-all', 'gp-by-ru']);
    expect(again.reprints).toEqual({ fingerprinted: 0, reprints: 0 });
    expect(await markReprints({ db: t.db, outlets: config.outlets, log: memoryLogger('info') })).toEqual({ fingerprinted: 0, reprints: 0 });
  });

  it('counts the reprint as regional reprint coverage, not as an original, in the research view', async () => {
    await run(['belta-ru-all', 'gp-by-ru']);
    await matchStored({ db: t.db, catalog: config.catalog, log: memoryLogger('info'), threshold: config.settings.match_threshold });
    const rows = await sql<{ region_id: string; originals: number; reprints: number }>`
      select region_id, originals::int as originals, reprints::int as reprints from research.regional_coverage
      where outlet_id = 'gp-by' and project_id = 'gomselmash-agromashholding-kostanay'`.execute(t.db);
    expect(rows.rows).toEqual([{ region_id: 'by-gomel-oblast', originals: 0, reprints: 1 }]);
    const pairs = await sql<{ original_outlet_id: string; lag_hours: string }>`select original_outlet_id, lag_hours::text from research.reprints`.execute(t.db);
    expect(pairs.rows).toEqual([{ original_outlet_id: 'belta', lag_hours: '2.4' }]);
  });
});
