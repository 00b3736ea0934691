/**
 * The backfill against invented archives in the real BelTA/Kazinform list shapes, on both
 * backends: a multi-page day archive with stories repeated across pages, the lenta paged back
 * to a date across a markup generation, a listing whose markup changed, and backfilled items in
 * the weekly coverage of their (past) week.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { backfill, type BackfillContext } from '../../src/backfill/run.ts';
import { backfillExitCode } from '../../src/commands/backfill.ts';
import type { Outlet } from '../../src/config/load.ts';
import { Fetcher } from '../../src/crawl/fetch.ts';
import { syncCatalog } from '../../src/db/catalog.ts';
import { readOutletVolumes } from '../../src/db/gaps.ts';
import { computeGapReport } from '../../src/gaps/run.ts';
import { DEFAULT_GAP_SETTINGS } from '../../src/gaps/model.ts';
import { memoryLogger } from '../../src/log.ts';
import { matchStored } from '../../src/match/run.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { outlet, testConfig } from '../helpers/config.ts';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';
import { beltaTemplate, kazinformTemplate, routeArchives } from './archive-server.ts';

describe.each(TEST_BACKENDS)('backfill on %s', (backend) => {
  let t: TestDb;
  let server: FixtureServer;
  let outlets: Outlet[];
  const log = memoryLogger('warn');
  const ctx = (): BackfillContext => ({
    db: t.db, config: testConfig(outlets), log, backend,
    fetcher: new Fetcher({ hostDelayMs: 0, timeoutMs: 3000, allowedHosts: ['127.0.0.1'] }, log),
    now: () => new Date('2026-10-05T10:00:00Z'),
  });
  const listings = () => server.requests.filter((r) => r.path.startsWith('/archive/') && /all_news|lenta/.test(r.path)).map((r) => r.path);
  const articles = () => server.requests.filter((r) => /\/view\//.test(r.path)).map((r) => r.path);

  beforeAll(async () => {
    t = await openTestDb(backend);
    server = await startFixtureServer();
    routeArchives(server);
    outlets = [
      outlet({
        id: 'belta', site: 'https://www.belta.by/', feeds: [{ id: 'belta-ru-main', url: `${server.url}/belta/rss/all.xml` }],
        archive: [{ id: 'belta-ru-all-news', outletId: 'belta', adapter: 'belta-all-news', url: beltaTemplate(server.url), lang: 'ru', enabled: true, maxPagesPerDay: 10 }],
      }),
      outlet({
        id: 'kazinform', country: 'KZ', site: 'https://www.inform.kz/', timeZone: 'Asia/Almaty', fetchPages: false,
        feeds: [{ id: 'kazinform-ru', url: `${server.url}/kazinform/rss/rus.xml` }],
        archive: [{ id: 'kazinform-ru-lenta', outletId: 'kazinform', adapter: 'kazinform-lenta', url: kazinformTemplate(server.url), lang: 'ru', enabled: true, maxPagesPerDay: 10 }],
      }),
    ];
  });
  afterAll(async () => {
    await server?.close();
    await t?.drop();
  });
  beforeEach(async () => {
    await t.reset();
    server.requests.length = 0;
  });

  it('walks a multi-page day archive, stores each story once with its time, and a second run fetches nothing', async () => {
    const s = await backfill(ctx(), { sources: ['belta-ru-all-news'], from: '2024-03-04', to: '2024-03-06' });
    expect(s.fatal).toBeNull();
    expect(s.sources).toMatchObject([{ source: 'belta-ru-all-news', outcome: 'complete', listings: 6, itemsNew: 12, pagesFetched: 12, pagesFailed: 0, daysDone: 3, daysTotal: 3 }]);
    // Two pages a day: page 2 runs into the day before, which ends the day.
    expect(listings()).toEqual(['04', '05', '06'].flatMap((d) => [1, 2].map((p) => `/archive/belta/all_news/page/${p}/?day=${d}&month=03&year=24/`)));
    // 800106, 800102, 800100 and 800094 are listed twice; every article page is fetched once.
    expect(articles()).toHaveLength(12);
    expect(new Set(articles()).size).toBe(12);

    const items = await t.db.selectFrom('items').select(['article_id', 'published_at', 'published_source', 'page_status', 'feed_id', 'rubric'])
      .where('outlet_id', '=', 'belta').orderBy('article_id').execute();
    expect(items.map((i) => i.article_id)).toEqual([88, 90, 92, 94, 96, 98, 100, 102, 104, 106, 108, 110].map((n) => `belta.by/800${String(n).padStart(3, '0')}`));
    expect(items.every((i) => i.page_status === 'ok' && i.feed_id === null)).toBe(true);
    const byId = new Map(items.map((i) => [i.article_id, i]));
    // The page's own time wins; 800104's page prints none, so the listing's 09:15 Minsk stays.
    expect(byId.get('belta.by/800108')).toMatchObject({ published_source: 'page', rubric: 'economics' });
    expect(new Date(byId.get('belta.by/800108')!.published_at!).toISOString()).toBe('2024-03-06T12:05:00.000Z');
    expect(byId.get('belta.by/800104')?.published_source).toBe('archive');
    expect(new Date(byId.get('belta.by/800104')!.published_at!).toISOString()).toBe('2024-03-06T06:15:00.000Z');

    const units = await t.db.selectFrom('backfill_units').select([sql<string>`day::text`.as('day'), 'page', 'status', 'items_found', 'items_new']).orderBy('day').orderBy('page').execute();
    expect(units.map((u) => [u.day, u.page, u.status, u.items_found, u.items_new])).toEqual([
      ['2024-03-04', 1, 'done', 3, 3], ['2024-03-04', 2, 'done', 2, 1],
      ['2024-03-05', 1, 'done', 3, 3], ['2024-03-05', 2, 'done', 2, 1],
      ['2024-03-06', 1, 'done', 3, 3], ['2024-03-06', 2, 'done', 4, 1],
    ]);

    server.requests.length = 0;
    const again = await backfill(ctx(), { sources: ['belta'], from: '2024-03-04', to: '2024-03-06' });
    expect(again.sources).toMatchObject([{ outcome: 'complete', listings: 0, itemsNew: 0 }]);
    expect(server.requests.filter((r) => r.path !== '/robots.txt')).toEqual([]);
  });

  it('shows backfilled items in the weekly coverage of their past week', async () => {
    await backfill(ctx(), { sources: ['belta-ru-all-news'], from: '2024-03-04', to: '2024-03-06' });
    const config = testConfig(outlets);
    await syncCatalog(t.db, config.catalog);
    await matchStored({ db: t.db, catalog: config.catalog, log, threshold: config.settings.match_threshold });
    const volumes = await readOutletVolumes(t.db, new Date('2024-03-01T00:00:00Z'), new Date('2024-03-12T00:00:00Z'), 'Europe/Minsk');
    expect(volumes).toEqual([{ outletId: 'belta', side: 'BY', level: 'central', week: '2024-W10', items: 12 }]);

    const report = await computeGapReport(t.db, config.catalog, '2024-W10', 'Europe/Minsk', DEFAULT_GAP_SETTINGS, new Date('2026-10-05T10:00:00Z'));
    expect(report.totals.itemsWeek).toBe(12);
    const project = report.projects.find((p) => p.projectId === 'gomselmash-agromashholding-kostanay');
    expect(project?.weekly.at(-1)).toMatchObject({ week: '2024-W10' });
    expect(project?.window.originals).toBe(1);
  });

  it('pages the lenta back to --from across a markup generation, keeping only the range', async () => {
    const s = await backfill(ctx(), { sources: ['kazinform-ru-lenta'], from: '2024-03-02', to: '2024-03-03' });
    expect(s.sources).toMatchObject([{ outcome: 'complete', listings: 3, itemsNew: 5, fraction: 1 }]);
    expect(listings()).toEqual([1, 2, 3].map((p) => `/archive/kazinform/ru/lenta/?page=${p}`));
    const items = await t.db.selectFrom('items').select(['title', 'published_at', 'page_status']).where('outlet_id', '=', 'kazinform').orderBy('published_at').execute();
    // 4 March is after --to; 1 March (page 3, the 2025 markup) before --from.
    expect(items.map((i) => new Date(i.published_at!).toISOString())).toEqual([
      '2024-03-02T05:45:00.000Z', '2024-03-02T14:15:00.000Z', '2024-03-03T03:30:00.000Z', '2024-03-03T09:00:00.000Z', '2024-03-03T17:40:00.000Z',
    ]);
    expect(items.every((i) => i.page_status === 'skipped')).toBe(true);
  });

  it('stops an archive whose listing markup changed with a clear error instead of walking empty pages', async () => {
    const s = await backfill(ctx(), { sources: ['belta-ru-all-news'], from: '2024-03-07', to: '2024-03-09' });
    expect(s.sources).toMatchObject([{ outcome: 'failed', failure: 'markup_changed', listings: 1, itemsNew: 0 }]);
    expect(s.sources[0]!.message).toMatch(/listing .*day=07&month=03&year=24\/ yielded no items, though 4 article link\(s\) are on it: the archive markup changed \(adapter belta-all-news/);
    expect(backfillExitCode(s)).toBe(3);
    expect(listings()).toHaveLength(1);
    const units = await t.db.selectFrom('backfill_units').select(['status', 'error_class']).execute();
    expect(units).toEqual([{ status: 'failed', error_class: 'markup_changed' }]);
    expect(await t.db.selectFrom('items').select('id').execute()).toEqual([]);
  });
});
