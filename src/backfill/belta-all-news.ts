/**
 * BelTA's all-news list (`/all_news/page/N/?day=DD&month=MM&year=YY/`, research/sources.md §1.5)
 * and its rubric pages (`/<rubric>/page/N`): `div.news_item.lenta_item` inside `#inner`, the
 * headline in `span.lenta_item_title`, the snippet in `span.lenta_textsmall`, the day in
 * `.new_date .day` ("09") + `.month_year` (".01.26" = MM.YY). A date block may head a group of
 * items rather than sit in each one, so the last one seen carries over; the time is the first
 * `HH:MM` in the item outside its headline and snippet. Rubric pages have `.news_item` with the
 * headline in the link's `title`.
 */
import * as cheerio from 'cheerio';
import { canonicalUrl } from '../crawl/canonical-url.ts';
import { atDay, collapse, countArticleLinks, dedupe, type ListedItem, type ListingContext, type ListingPage } from './listing.ts';

const ITEMS = ['#inner div.news_item.lenta_item', 'div.news_item.lenta_item', 'div.news_item'];
const TIME = /(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])/u;

export function parseBeltaAllNews(html: string, ctx: ListingContext): ListingPage {
  const $ = cheerio.load(html);
  const articleLinks = countArticleLinks($, ctx);
  const selector = ITEMS.find((s) => $(s).length > 0);
  if (!selector) return { items: [], articleLinks, rule: null };

  const items: ListedItem[] = [];
  let day: string | null = ctx.day;
  // Date blocks and items in document order, so a heading date applies to the items below it.
  for (const el of $(`.new_date, ${selector}`).toArray()) {
    const $el = $(el);
    if ($el.is('.new_date') && !$el.closest('div.news_item').length) {
      day = readDay($el.text(), $el.find('.day').text(), $el.find('.month_year').text()) ?? day;
      continue;
    }
    if (!$el.is(selector)) continue;
    const block = $el.find('.new_date').first();
    if (block.length) day = readDay(block.text(), block.find('.day').text(), block.find('.month_year').text()) ?? day;

    const links = $el.find('a[href]').toArray().map((a) => $(a));
    const link = links.find((a) => /\/view\//.test(a.attr('href') ?? '')) ?? links[0];
    const url = link ? canonicalUrl(link.attr('href') ?? '', ctx.url) : null;
    const title = collapse($el.find('.lenta_item_title').first().text()) || collapse(link?.attr('title') ?? '') || collapse(link?.text() ?? '');
    if (!url || !title) continue;
    const lead = collapse($el.find('.lenta_textsmall').first().text()) || null;

    const rest = $el.clone();
    rest.find('.lenta_item_title, .lenta_textsmall, .new_date').remove();
    const time = TIME.exec(collapse(rest.text()));
    const publishedAt = day ? atDay(day, time ? Number(time[1]) : 12, time ? Number(time[2]) : 0, ctx.timeZone) : null;
    items.push({ url, title, lead, publishedAt, dateOnly: publishedAt !== null && !time });
  }
  return { items: dedupe(items), articleLinks, rule: selector };
}

/** `.day` "09" + `.month_year` ".01.26" → 2026-01-09; null when the block says something else. */
function readDay(all: string, dayText: string, monthYear: string): string | null {
  const d = /\d{1,2}/.exec(dayText)?.[0];
  const my = /(\d{1,2})\.(\d{2}|\d{4})\b/.exec(monthYear) ?? /(?<!\d)\d{1,2}\D+(\d{1,2})\.(\d{2}|\d{4})\b/.exec(all);
  if (!d || !my) return null;
  const year = my[2]!.length === 2 ? 2000 + Number(my[2]) : Number(my[2]);
  const month = Number(my[1]);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
