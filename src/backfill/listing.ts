/**
 * What an archive listing page yields, and the generic reader of "cards" (one element per
 * article, with a link, a headline and a printed time) that the site parsers are built from.
 * Pure: HTML in, plain data out.
 */
import * as cheerio from 'cheerio';
import { articleIdOf, canonicalUrl } from '../crawl/canonical-url.ts';
import { parseLocalDate, zonedTimeToUtc, type DateLang } from '../crawl/dates.ts';
import { mirrorHost } from '../crawl/mirror-host.ts';

export interface ListedItem {
  /** Canonical article URL. */
  readonly url: string;
  readonly title: string;
  readonly lead: string | null;
  /** Publication time as the listing prints it; null when it prints none. */
  readonly publishedAt: Date | null;
  /** Only the day was printed: `publishedAt` is noon of that day in the outlet's zone. */
  readonly dateOnly: boolean;
}

export interface ListingPage {
  readonly items: ListedItem[];
  /** Links on the page that look like the outlet's articles, parsed or not: the markup-change signal. */
  readonly articleLinks: number;
  /** Which markup generation matched (for the log), null when none did. */
  readonly rule: string | null;
}

export interface ListingContext {
  /** The listing's URL (links are resolved against it). */
  readonly url: string;
  readonly timeZone: string;
  readonly lang: DateLang;
  /** The day the listing is addressed by, for times printed without a date. */
  readonly day: string | null;
  /** The outlet's site, so a mirror (the fixture server) still gets the agency's article ids. */
  readonly site: string | null;
}

/** One markup generation of a card list; selectors are CSS, relative to the card. */
export interface CardRule {
  readonly name: string;
  readonly card: string;
  /** The link inside the card; null: the card is the link. */
  readonly link: string | null;
  readonly title: readonly string[];
  readonly time: readonly string[];
  readonly lead?: readonly string[];
}

const TIME_ONLY = /(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])/u;

/** Reads the cards of the first rule that finds any; the others are older markups. */
export function readCards(html: string, ctx: ListingContext, rules: readonly CardRule[]): ListingPage {
  const $ = cheerio.load(html);
  const articleLinks = countArticleLinks($, ctx);
  for (const rule of rules) {
    const cards = $(rule.card).toArray();
    const items: ListedItem[] = [];
    for (const card of cards) {
      const $card = $(card);
      const href = rule.link === null ? $card.attr('href') : $card.find(rule.link).first().attr('href');
      const url = href ? canonicalUrl(href, ctx.url) : null;
      const title = firstText($card, rule.title) ?? (rule.link ? collapse($card.find(rule.link).first().text()) : null);
      if (!url || !title) continue;
      const printed = firstText($card, rule.time);
      items.push({ url, title, lead: firstText($card, rule.lead ?? []), ...readPrinted(printed, ctx) });
    }
    if (items.length) return { items: dedupe(items), articleLinks, rule: rule.name };
  }
  return { items: [], articleLinks, rule: null };
}

/** A printed time: a full date (`21:38, 18 Августа 2026`) or a bare `HH:MM` on the listing's day. */
export function readPrinted(printed: string | null, ctx: Pick<ListingContext, 'timeZone' | 'lang' | 'day'>): { publishedAt: Date | null; dateOnly: boolean } {
  if (printed) {
    const full = parseLocalDate(printed, ctx.lang, ctx.timeZone);
    if (full) return { publishedAt: full, dateOnly: !TIME_ONLY.test(printed) };
    const time = TIME_ONLY.exec(printed);
    if (time && ctx.day) return { publishedAt: atDay(ctx.day, Number(time[1]), Number(time[2]), ctx.timeZone), dateOnly: false };
  }
  return ctx.day ? { publishedAt: atDay(ctx.day, 12, 0, ctx.timeZone), dateOnly: true } : { publishedAt: null, dateOnly: false };
}

/** `day` (`YYYY-MM-DD`) at `hour:minute` in `timeZone`. */
export function atDay(day: string, hour: number, minute: number, timeZone: string): Date {
  const [year, month, d] = day.split('-').map(Number) as [number, number, number];
  return zonedTimeToUtc({ year, month, day: d, hour, minute }, timeZone);
}

/** Distinct links on the page that are the outlet's articles (BelTA `/view/…-<id>-<year>/`, Kazinform hex or `_a<id>`). */
export function countArticleLinks($: cheerio.CheerioAPI, ctx: ListingContext): number {
  const seen = new Set<string>();
  $('a[href]').each((_, a) => {
    const url = canonicalUrl($(a).attr('href') ?? '', ctx.url);
    if (url && articleIdOf(url, { host: mirrorHost(url, ctx.site) })) seen.add(url);
  });
  return seen.size;
}

export function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function firstText($card: { find(sel: string): { first(): { text(): string } } }, selectors: readonly string[]): string | null {
  for (const sel of selectors) {
    const text = collapse($card.find(sel).first().text());
    if (text) return text;
  }
  return null;
}

/** One entry per URL: a list repeats a story when "load more" shifts under it. */
export function dedupe(items: readonly ListedItem[]): ListedItem[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.url) && seen.add(i.url));
}
