/**
 * Kazinform's news list (`/ru/lenta/?page=N`) and old date archive (`/ru/archive?date=DD.MM.YYYY`).
 * The list markup changed three times in 2021–2026 (research/sources.md §2.3, §5.7), so each
 * generation is a rule, newest first; the first that finds cards wins.
 */
import { readCards, type CardRule, type ListingContext, type ListingPage } from './listing.ts';

export const KAZINFORM_LIST_RULES: readonly CardRule[] = [
  // 2026: <a href="/ru/…" class="news-card"> <time class="meta-date">21:38, 18 Августа 2026</time> <h3 class="card-title">
  { name: 'news-card-2026', card: 'a.news-card', link: null, title: ['h3.card-title', '.card-title'], time: ['time.meta-date', 'time'] },
  // 2025 (Greemq/ainews kazinform_parser.py): .allNewsCard a[href], .allNewsCard_title, .allNewsCard_time `13:51, 15 Август 2025`
  { name: 'all-news-card-2025', card: '.allNewsCard', link: 'a[href]', title: ['.allNewsCard_title'], time: ['.allNewsCard_time'] },
  // about 2021–22: article.anounce-news with a.anounce-news__link, the time in a span
  { name: 'anounce-news-2021', card: 'article.anounce-news', link: 'a.anounce-news__link', title: ['.anounce-news__title'], time: ['time', 'span'] },
  // old site date archive: div.lenta_news_block li a, a time beside the link on the addressed day
  { name: 'lenta-news-block-old', card: 'div.lenta_news_block li', link: 'a[href]', title: [], time: ['span', 'time'] },
];

export function parseKazinformLenta(html: string, ctx: ListingContext): ListingPage {
  return readCards(html, ctx, KAZINFORM_LIST_RULES);
}
