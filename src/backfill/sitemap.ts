/**
 * A sitemap as an archive listing: `<url><loc>` with the Google News extension's
 * `news:publication_date` and `news:title`, or `lastmod`. Entries without a title are left out:
 * an item needs a headline and the page step does not replace one. A sitemap index
 * (`<sitemapindex>`) lists no articles; give its children as separate archives.
 */
import * as cheerio from 'cheerio';
import { canonicalUrl } from '../crawl/canonical-url.ts';
import { parseFeedDate } from '../crawl/dates.ts';
import { collapse, dedupe, type ListedItem, type ListingContext, type ListingPage } from './listing.ts';

export function parseSitemap(xml: string, ctx: ListingContext): ListingPage {
  const $ = cheerio.load(xml, { xml: true });
  const entries = $('url').toArray();
  const items: ListedItem[] = [];
  for (const el of entries) {
    const $el = $(el);
    const url = canonicalUrl(collapse($el.children('loc').text()), ctx.url);
    const title = collapse($el.find('news\\:title').first().text());
    if (!url || !title) continue;
    const date = collapse($el.find('news\\:publication_date').first().text()) || collapse($el.children('lastmod').text());
    const publishedAt = parseFeedDate(date, ctx.timeZone);
    items.push({ url, title, lead: null, publishedAt, dateOnly: publishedAt !== null && !/T\d|\s\d{1,2}:/.test(date) });
  }
  return { items: dedupe(items), articleLinks: entries.length, rule: items.length ? 'urlset' : null };
}
