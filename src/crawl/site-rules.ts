import type { DateLang } from './dates.ts';

/**
 * Where each site keeps an article's parts: data, not branches, sorted by host like Miniflux
 * `internal/reader/scraper/rules.go`. A host matches itself and its subdomains (`belta.by`
 * covers www, eng, deu, chn …). Each host has an ordered list of selector sets, one per markup
 * generation; extract.ts uses the first whose body selector finds text and reports it as
 * `site:<host>#<n>`. Selectors come from research/sources.md §1.4, §2.1 and §2.4.
 */

/** Text from the first element a selector finds: its text, or an attribute's value. */
export interface TextSource {
  readonly selector: string;
  readonly attr?: string;
  /** Removed from the value, e.g. the ` | Kazinform` site suffix of og:title. */
  readonly strip?: RegExp;
  /** For tags held in one element (`#экономика #Казахстан`): the separator. */
  readonly split?: RegExp;
}

/**
 * `instant`: ISO 8601, its offset honoured (none → the rule's zone).
 * `wall-clock`: ISO 8601 whose clock time is local and whose offset is wrong; read in the zone.
 * `local-text`: a printed date (`08 января 2026, 19:51`) read in the zone.
 */
export type DateReading = 'instant' | 'wall-clock' | 'local-text';

export interface DateSource {
  readonly selector: string;
  readonly attr?: string;
  readonly read: DateReading;
}

export interface SelectorSet {
  readonly title: readonly TextSource[];
  /** The article body container. */
  readonly body: string;
  /** When set, only these elements inside the body are paragraphs (else every text block). */
  readonly paragraphs?: string;
  /** Removed from the body before reading it. */
  readonly remove?: readonly string[];
  /** The body ends before the first of these (share blocks, tags). */
  readonly stopAt?: readonly string[];
  readonly date: readonly DateSource[];
  readonly lead?: readonly TextSource[];
  /** Each element found is one tag. */
  readonly tags?: readonly TextSource[];
}

export interface SiteRule {
  readonly host: string;
  readonly timeZone: string;
  /** Language of printed dates; other languages' month names are tried after it. */
  readonly lang: DateLang;
  readonly sets: readonly SelectorSet[];
}

const BELTA_COMMON = {
  title: [{ selector: 'h1' }],
  remove: ['div.video_add', 'script', 'style', 'noscript', 'iframe'],
  stopAt: ['div.invite_in_messagers', 'div.news_tags_block'],
  // mediator_published_time carries the Minsk wall clock labelled +00:00: the eng fixture in
  // jonawalb/rhetoric-corpus shows `T11:54:00+00:00` beside `.date_full` `02 October 2026, 11:54`
  // (sources.md §1.4). Verify on the first live crawl.
  date: [
    { selector: 'meta[name="mediator_published_time"]', attr: 'content', read: 'wall-clock' },
    { selector: '.date_full', read: 'local-text' },
  ],
  tags: [{ selector: '.news_tags_block a[title]', attr: 'title' }],
} as const satisfies Omit<SelectorSet, 'body'>;

// Kazinform's og:title ends in ` | Kazinform` or ` | Казинформ`; its description is the lead.
const KAZINFORM_TITLE: readonly TextSource[] = [
  { selector: 'meta[property="og:title"]', attr: 'content', strip: /\s+\|\s+[^|]*$/u },
  { selector: 'h1' },
];
const KAZINFORM_DATE: readonly DateSource[] = [
  // `name=`, not `property=` (sources.md §2.4).
  { selector: 'meta[name="article:published_time"]', attr: 'content', read: 'instant' },
  { selector: 'meta[property="article:published_time"]', attr: 'content', read: 'instant' },
];

export const SITE_RULES: readonly SiteRule[] = [
  {
    host: 'belta.by',
    timeZone: 'Europe/Minsk',
    lang: 'ru',
    sets: [
      { ...BELTA_COMMON, body: 'div.js-mediator-article' },
      { ...BELTA_COMMON, body: 'div[itemprop="articleBody"]' },
    ],
  },
  {
    host: 'inform.kz',
    // Astana is in the Asia/Almaty zone: UTC+5 since 2024-03-01, UTC+6 before.
    timeZone: 'Asia/Almaty',
    lang: 'ru',
    sets: [
      {
        // 2026 markup (fetch_kz_news.py v2, sources.md §2.4).
        title: KAZINFORM_TITLE,
        body: 'div.article__content',
        paragraphs: 'p',
        remove: ['script', 'style', 'noscript', 'iframe'],
        stopAt: ['div.article__tags'],
        date: KAZINFORM_DATE,
        lead: [{ selector: '.article__description' }],
        tags: [{ selector: 'div.article__tags a' }],
      },
      {
        // 2025 markup (Greemq/ainews kazinform_parser.py).
        title: KAZINFORM_TITLE,
        body: '.article__body-text',
        remove: ['script', 'style', 'noscript', 'iframe'],
        stopAt: ['div.article__tags'],
        date: KAZINFORM_DATE,
        lead: [{ selector: '.article__description' }],
        tags: [{ selector: 'div.article__tags a' }],
      },
      {
        // Pre-2023 site (inform.kz archive tester, sources.md §2.1).
        title: [{ selector: 'div.article_title' }, ...KAZINFORM_TITLE],
        body: 'div.article_news_body',
        remove: ['div.frame_news_article', 'script', 'style', 'noscript', 'iframe'],
        date: [...KAZINFORM_DATE, { selector: 'div.date_public_art', read: 'local-text' }],
        tags: [{ selector: 'div.keyword_art', split: /\s*#\s*/u }],
      },
    ],
  },
];
