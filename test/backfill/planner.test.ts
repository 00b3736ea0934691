import { describe, expect, it } from 'vitest';
import { listingUrl, nextUnit, planProgress, walkModeOf, type DoneUnit, type Plan } from '../../src/backfill/planner.ts';
import { formatProgress } from '../../src/backfill/progress.ts';
import { parseBeltaAllNews } from '../../src/backfill/belta-all-news.ts';
import { parseKazinformLenta } from '../../src/backfill/kazinform-lenta.ts';

const BELTA = 'https://www.belta.by/all_news/page/{page}/?day={dd}&month={mm}&year={yy}/';
const plan = (over: Partial<Plan> = {}): Plan => ({ mode: 'day_pages', from: '2024-03-04', to: '2024-03-05', timeZone: 'Europe/Minsk', maxPagesPerDay: 3, ...over });
const done = (day: string | null, page: number, oldest: string | null, exhausted = false): DoneUnit => ({ day, page, oldestAt: oldest ? new Date(oldest) : null, exhausted });

describe('backfill planner', () => {
  it('builds the BelTA day-list URL with a two-digit year and the trailing slash', () => {
    expect(listingUrl(BELTA, { day: '2026-01-08', page: 7 })).toBe('https://www.belta.by/all_news/page/7/?day=08&month=01&year=26/');
    expect(listingUrl('https://www.inform.kz/ru/archive?date={dd}.{mm}.{yyyy}', { day: '2021-11-30', page: 1 })).toBe('https://www.inform.kz/ru/archive?date=30.11.2021');
  });

  it.each([
    [BELTA, 'day_pages'], ['https://www.inform.kz/ru/archive?date={dd}.{mm}.{yyyy}', 'days'],
    ['https://www.inform.kz/ru/lenta/?page={page}', 'pages'], ['https://www.inform.kz/sitemaps/google-news_ru.xml', 'single'],
  ] as const)('walks %s as %s', (url, mode) => expect(walkModeOf(url)).toBe(mode));

  it.each<[string, Plan, DoneUnit[], { day: string | null; page: number } | null]>([
    ['starts with the first day, page 1', plan(), [], { day: '2024-03-04', page: 1 }],
    ['asks for the next page while the list stays within the day', plan(), [done('2024-03-04', 1, '2024-03-04T05:00:00Z')], { day: '2024-03-04', page: 2 }],
    ['moves on once a page reaches the day before (Minsk midnight is 21:00Z)', plan(), [done('2024-03-04', 1, '2024-03-03T20:59:00Z')], { day: '2024-03-05', page: 1 }],
    ['moves on at the per-day page cap', plan(), [1, 2, 3].map((p) => done('2024-03-04', p, '2024-03-04T05:00:00Z')), { day: '2024-03-05', page: 1 }],
    ['ends when every day is walked', plan(), [done('2024-03-04', 1, null, true), done('2024-03-05', 1, '2024-03-01T00:00:00Z')], null],
    ['pages a lenta until it reaches --from', plan({ mode: 'pages' }), [done(null, 1, '2024-03-05T00:00:00Z'), done(null, 2, '2024-03-04T00:00:00Z')], { day: null, page: 3 }],
    ['ends a lenta past --from', plan({ mode: 'pages' }), [done(null, 1, '2024-03-03T20:00:00Z')], null],
  ])('%s', (_name, p, units, expected) => {
    expect(nextUnit(p, units)).toEqual(expected);
  });

  it('counts days walked for the progress line', () => {
    const p = planProgress(plan(), [done('2024-03-04', 1, '2024-03-03T10:00:00Z')]);
    expect(p).toEqual({ daysDone: 1, daysTotal: 2, fraction: 0.5 });
    const line = formatProgress({ source: 'belta-ru-all-news', ...p, listings: 4, itemsFound: 40, itemsNew: 30, startFraction: 0, startedAt: new Date('2026-01-01T10:00:00Z') }, new Date('2026-01-01T10:02:00Z'));
    expect(line).toBe('belta-ru-all-news [##########----------] · 1/2 days · 40 items (30 new) · 2.0 pages/min · ETA 2m');
  });
});

describe('archive listing parsers', () => {
  const ctx = { url: 'https://www.belta.by/all_news/page/1/?day=09&month=01&year=26/', timeZone: 'Europe/Minsk', lang: 'ru' as const, day: '2026-01-09', site: 'https://www.belta.by/' };

  it('reads BelTA items under a heading date block, the time beside each one', () => {
    const html = `<div id="inner"><div class="new_date"><span class="day">09</span><span class="month_year"><span>.</span>01.26</span></div>
      <div class="news_item lenta_item"><span class="time">19:51</span><a href="https://www.belta.by/"></a><a href="/society/view/test-762819-2026/"><span class="lenta_item_title">Заголовок 12:00 в тексте</span></a></div></div>`;
    const page = parseBeltaAllNews(html, ctx);
    expect(page.items).toEqual([{ url: 'https://www.belta.by/society/view/test-762819-2026/', title: 'Заголовок 12:00 в тексте', lead: null, publishedAt: new Date('2026-01-09T16:51:00Z'), dateOnly: false }]);
    expect(page.articleLinks).toBe(1);
  });

  it.each([
    ['2026 news-card', '<a href="/ru/kartochka-3f9c2a7e" class="news-card"><time class="meta-date">21:38, 18 Августа 2026</time><h3 class="card-title">Карточка</h3></a>', '2026-08-18T16:38:00.000Z'],
    ['2025 allNewsCard', '<div class="allNewsCard"><a href="/ru/kartochka-3f9c2a7e"><div class="allNewsCard_title">Карточка</div><div class="allNewsCard_time">13:51, 15 Август 2025</div></a></div>', '2025-08-15T08:51:00.000Z'],
    ['old day archive', '<div class="lenta_news_block"><ul><li><span>10:05</span> <a href="/ru/kartochka_a3690672">Карточка</a></li></ul></div>', '2026-01-09T05:05:00.000Z'],
  ])('reads a Kazinform list in the %s markup', (_name, html, iso) => {
    const page = parseKazinformLenta(html, { ...ctx, url: 'https://www.inform.kz/ru/lenta/?page=1', timeZone: 'Asia/Almaty', site: 'https://www.inform.kz/' });
    expect(page.items.map((i) => [i.title, i.publishedAt?.toISOString()])).toEqual([['Карточка', iso]]);
  });
});
