import Parser from 'rss-parser';
import { load } from 'cheerio';
import { parseFeedDate } from './dates.ts';
import { textBlocks } from './extract.ts';

/**
 * Decoded feed text → entries, through rss-parser's parseString (RSS 0.9x/1.0/2.0, Atom).
 * No I/O: decode.ts has already turned the bytes into text. Errors start with `feed: `; the
 * orchestrator records them as `unparseable`.
 */

export interface FeedEntry {
  readonly guid: string | null;
  readonly link: string | null;
  /** Plain text; '' when the item has no title (RSS 2.0 allows that). */
  readonly title: string;
  /** Plain text: tags stripped, entities decoded, whitespace (and \xa0) collapsed. */
  readonly lead: string | null;
  readonly publishedAt: Date | null;
  readonly categories: string[];
}

export interface ParsedFeed {
  readonly title: string | null;
  readonly entries: FeedEntry[];
}

type Raw = unknown;

interface RawItem {
  title?: Raw;
  link?: Raw;
  guid?: Raw;
  id?: Raw;
  'rdf:about'?: Raw;
  pubDate?: Raw;
  date?: Raw;
  atomPublished?: Raw;
  atomUpdated?: Raw;
  content?: Raw;
  summary?: Raw;
  'content:encoded'?: Raw;
  yandexFullText?: Raw;
  mediaDescription?: Raw;
  categoryRaw?: Raw;
  dcSubject?: Raw;
}

// rss-parser turns an Atom <published>/<updated> into `new Date(x).toISOString()`, which throws
// on garbage and reads an offset-less date in the machine's zone. Renaming the tags hands us
// the raw strings instead (custom fields below), read with the feed's zone.
const RENAMED = new Map([['published', 'covgap:published'], ['updated', 'covgap:updated']]);

function makeParser(): Parser<Record<string, unknown>, RawItem> {
  return new Parser<Record<string, unknown>, RawItem>({
    xml2js: { tagNameProcessors: [(name: string) => RENAMED.get(name) ?? name] },
    customFields: {
      // Never seen in BelTA or Kazinform feeds (sources.md §1.2); regional CMSs emit them.
      item: [
        ['covgap:published', 'atomPublished'],
        ['covgap:updated', 'atomUpdated'],
        ['yandex:full-text', 'yandexFullText'],
        ['media:description', 'mediaDescription'],
        ['media:content', 'mediaContent', { keepArray: true }],
        ['category', 'categoryRaw', { keepArray: true }],
        ['dc:subject', 'dcSubject', { keepArray: true }],
      ],
    },
  });
}

/** A string from an xml2js value: itself, its text node `_`, or nothing. */
function str(value: Raw): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && '_' in value && typeof value._ === 'string') return value._;
  return null;
}

function attr(value: Raw, name: string): string | null {
  if (value && typeof value === 'object' && '$' in value && value.$ && typeof value.$ === 'object') {
    const v: unknown = (value.$ as Record<string, unknown>)[name];
    return typeof v === 'string' ? v : null;
  }
  return null;
}

/** Markup or entity-laden text → plain paragraphs (a feed's description is HTML by custom). */
function plainBlocks(html: string): string[] {
  const $ = load(`<body>${html}</body>`);
  const body = $('body').get(0);
  return body ? textBlocks(body).map((b) => b.text) : [];
}

function plain(html: string | null): string | null {
  if (html === null) return null;
  const text = plainBlocks(html).join(' ');
  return text || null;
}

function trimmedOrNull(value: string | null): string | null {
  const t = value?.trim();
  return t ? t : null;
}

function leadOf(item: RawItem & { contentSnippet?: string }): string | null {
  // Atom's <summary> is the lead when present; RSS's <description> arrives as `content`.
  for (const value of [item.summary, item.content, item.mediaDescription]) {
    const text = plain(str(value));
    if (text) return text;
  }
  // Only full text: its first paragraph is the lead.
  for (const value of [item['content:encoded'], item.yandexFullText]) {
    const first = plainBlocks(str(value) ?? '')[0];
    if (first) return first;
  }
  return null;
}

function categoriesOf(item: RawItem): string[] {
  const out: string[] = [];
  for (const list of [item.categoryRaw, item.dcSubject]) {
    if (!Array.isArray(list)) continue;
    for (const c of list as Raw[]) {
      const text = plain(str(c) ?? attr(c, 'term') ?? attr(c, 'label'));
      if (text && !out.includes(text)) out.push(text);
    }
  }
  return out;
}

function linkOf(item: RawItem): string | null {
  const link = trimmedOrNull(str(item.link) ?? attr(item.link, 'href'));
  if (link) return link;
  // RSS 2.0: a guid is a permalink unless isPermaLink="false".
  const guid = item.guid;
  const guidText = trimmedOrNull(str(guid));
  if (guidText && attr(guid, 'isPermaLink') !== 'false' && /^https?:\/\//i.test(guidText)) return guidText;
  return null;
}

function entryOf(item: RawItem, timeZone: string): FeedEntry {
  // The first candidate that reads as a date: a garbage <pubDate> next to a good <dc:date>.
  const publishedAt = [item.pubDate, item.date, item.atomPublished, item.atomUpdated]
    .map((d) => parseFeedDate(str(d), timeZone))
    .find((d) => d !== null) ?? null;
  return {
    guid: trimmedOrNull(str(item.guid) ?? str(item.id) ?? str(item['rdf:about'])),
    link: linkOf(item),
    title: plain(str(item.title)) ?? '',
    lead: leadOf(item),
    publishedAt,
    categories: categoriesOf(item),
  };
}

// HTML entity names that feeds put outside CDATA although XML knows only five; a strict XML
// parser rejects the whole document for one `&nbsp;` (sources.md §5.4). Written as numbers.
const HTML_ENTITIES: Record<string, number> = {
  nbsp: 160, laquo: 171, raquo: 187, mdash: 8212, ndash: 8211, hellip: 8230, ldquo: 8220,
  rdquo: 8221, bdquo: 8222, lsquo: 8216, rsquo: 8217, sbquo: 8218, copy: 169, reg: 174,
  trade: 8482, shy: 173, middot: 183, bull: 8226, deg: 176, times: 215, euro: 8364, thinsp: 8201,
  ensp: 8194, emsp: 8195, zwnj: 8204, zwj: 8205, lrm: 8206, rlm: 8207, numero: 8470, sect: 167,
  para: 182, plusmn: 177, prime: 8242, frac12: 189, frac14: 188, frac34: 190,
};

function numericEntities(xml: string): string {
  return xml.replace(/&([a-zA-Z][a-zA-Z0-9]*);/g, (whole, name: string) => {
    const code = HTML_ENTITIES[name];
    return code === undefined ? whole : `&#${code};`;
  });
}

/**
 * Parse a decoded RSS/Atom/RDF document. Dates without an offset are read in `opts.timeZone`;
 * unreadable dates become null. Throws `feed: …` for anything that is not a feed.
 */
export async function parseFeed(text: string, opts: { timeZone: string }): Promise<ParsedFeed> {
  let parsed: Awaited<ReturnType<Parser<Record<string, unknown>, RawItem>['parseString']>>;
  try {
    // A fresh parser each time: xml2js keeps parse state on the instance.
    parsed = await makeParser().parseString(numericEntities(text.replace(/^\uFEFF/, '')));
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new Error(`feed: unparseable document: ${reason}`, { cause: err });
  }
  const items = Array.isArray(parsed.items) ? parsed.items : [];
  return {
    title: plain(str(parsed.title)),
    entries: items.map((item) => entryOf(item, opts.timeZone)),
  };
}
