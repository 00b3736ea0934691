import { load, type CheerioAPI } from 'cheerio';
import { parseFeedDate, parseLocalDate, type DateLang } from './dates.ts';
import { extractDateline } from './dateline.ts';
import { SITE_RULES, type DateSource, type SelectorSet, type SiteRule, type TextSource } from './site-rules.ts';

/**
 * Article HTML → title, lead, body text, date, dateline and tags: the host's rule from
 * site-rules.ts first, a paragraph-density heuristic for any other site. No I/O.
 */

export interface ExtractedArticle {
  readonly title: string | null;
  readonly lead: string | null;
  /** Paragraphs joined by a blank line; '' when nothing was found. */
  readonly body: string;
  readonly publishedAt: Date | null;
  /** The dateline place in upper case (`ГОМЕЛЬ`), see dateline.ts. */
  readonly dateline: string | null;
  readonly tags: string[];
  /** `site:<rule host>#<set number>` or `generic`; stored as items.body_method. */
  readonly method: string;
}

/** The part of a DOM node the text walk needs (domhandler's nodes fit it). */
interface DomNode {
  readonly type: string;
  readonly name?: string;
  readonly data?: string;
  readonly children?: readonly DomNode[];
}

// Text inside these is never article text; noscript holds markup as text under parse5.
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'object', 'embed',
  'button', 'select', 'input', 'textarea', 'head',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
  'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'figure',
  'figcaption', 'header', 'footer', 'aside', 'nav', 'address', 'hr', 'center', 'form',
]);

/** Whitespace of every kind (no-break spaces included) collapsed; zero-width characters gone. */
export function collapseSpace(text: string): string {
  return text.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/gu, '').replace(/\s+/gu, ' ').trim();
}

interface Block {
  readonly text: string;
  readonly linkChars: number;
}

interface WalkOptions {
  /** The walk ends at this node (the first stop-at element). */
  readonly stopNode?: DomNode | undefined;
  /** Only text inside elements this accepts becomes a block. */
  readonly isParagraph?: ((node: DomNode) => boolean) | undefined;
}

/** The text blocks of a subtree in document order, split at block elements and <br>. */
export function textBlocks(root: DomNode, opts: WalkOptions = {}): Block[] {
  const blocks: Block[] = [];
  let text = '';
  let linkChars = 0;
  let stopped = false;
  const flush = (): void => {
    const t = collapseSpace(text);
    if (t) blocks.push({ text: t, linkChars: Math.min(linkChars, t.length) });
    text = '';
    linkChars = 0;
  };
  const walk = (node: DomNode, inLink: boolean, collecting: boolean): void => {
    for (const child of node.children ?? []) {
      if (stopped) return;
      if (child === opts.stopNode) { stopped = true; return; }
      if (child.type === 'text') {
        if (!collecting) continue;
        text += child.data ?? '';
        if (inLink) linkChars += collapseSpace(child.data ?? '').length;
        continue;
      }
      if (child.type !== 'tag' || !child.name || SKIP.has(child.name)) continue;
      if (child.name === 'br') { if (collecting) flush(); continue; }
      const startsParagraph = !collecting && opts.isParagraph !== undefined && opts.isParagraph(child);
      const block = BLOCK.has(child.name) || startsParagraph;
      if (block && collecting) flush();
      walk(child, inLink || child.name === 'a', collecting || startsParagraph);
      if (block && (collecting || startsParagraph)) flush();
    }
  };
  walk(root, false, opts.isParagraph === undefined);
  flush();
  return blocks;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function ruleFor(host: string): SiteRule | null {
  let best: SiteRule | null = null;
  for (const rule of SITE_RULES) {
    if (host !== rule.host && !host.endsWith(`.${rule.host}`)) continue;
    if (!best || rule.host.length > best.host.length) best = rule;
  }
  return best;
}

function readText($: CheerioAPI, sources: readonly TextSource[]): string | null {
  for (const src of sources) {
    const el = $(src.selector).first();
    if (!el.length) continue;
    let value = src.attr ? el.attr(src.attr) ?? '' : blocksText(el.get(0));
    if (src.strip) value = value.replace(src.strip, '');
    value = collapseSpace(value);
    if (value) return value;
  }
  return null;
}

function blocksText(node: DomNode | undefined): string {
  return node ? textBlocks(node).map((b) => b.text).join(' ') : '';
}

function readTags($: CheerioAPI, sources: readonly TextSource[]): string[] {
  const tags: string[] = [];
  for (const src of sources) {
    $(src.selector).each((_, el) => {
      const value = src.attr ? $(el).attr(src.attr) ?? '' : blocksText(el);
      const parts = src.split ? value.split(src.split) : [value];
      for (const part of parts) {
        const tag = collapseSpace(part).replace(/^#/, '');
        if (tag && !tags.includes(tag)) tags.push(tag);
      }
    });
    if (tags.length) break;
  }
  return tags;
}

const ISO_WALL_CLOCK = /^\s*(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?)/u;

function readDate($: CheerioAPI, sources: readonly DateSource[], timeZone: string, lang: DateLang): Date | null {
  for (const src of sources) {
    const el = $(src.selector).first();
    if (!el.length) continue;
    const value = src.attr ? el.attr(src.attr) ?? '' : collapseSpace(el.text());
    let date: Date | null = null;
    if (src.read === 'instant') date = parseFeedDate(value, timeZone);
    else if (src.read === 'wall-clock') {
      const clock = ISO_WALL_CLOCK.exec(value)?.[1];
      date = clock ? parseFeedDate(clock, timeZone) : null;
    } else date = parseLocalDate(value, lang, timeZone);
    if (date) return date;
  }
  return null;
}

const GENERIC_TITLE: readonly TextSource[] = [
  { selector: 'meta[property="og:title"]', attr: 'content', strip: /\s+\|\s+[^|]*$/u },
  { selector: 'h1' },
  { selector: 'title', strip: /\s+\|\s+[^|]*$/u },
];
const GENERIC_LEAD: readonly TextSource[] = [
  { selector: 'meta[property="og:description"]', attr: 'content' },
  { selector: 'meta[name="description"]', attr: 'content' },
];
const GENERIC_DATE: readonly DateSource[] = [
  { selector: 'meta[property="article:published_time"]', attr: 'content', read: 'instant' },
  { selector: 'meta[name="article:published_time"]', attr: 'content', read: 'instant' },
  { selector: 'meta[itemprop="datePublished"]', attr: 'content', read: 'instant' },
  { selector: '[itemprop="datePublished"][datetime]', attr: 'datetime', read: 'instant' },
  { selector: 'time[datetime]', attr: 'datetime', read: 'instant' },
  // Bitrix news.detail prints `02.10.2026 16:30` (no machine date); DLE/Joomla print similar.
  { selector: '.news-date-time, .news-detail-date, .detail-date', read: 'local-text' },
];
const GENERIC_TAGS: readonly TextSource[] = [
  { selector: 'meta[property="article:tag"]', attr: 'content' },
  { selector: 'a[rel~="tag"]' },
];
const GENERIC_JUNK = 'script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, '
  + 'button, select, input, textarea, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';
// What WordPress and Bitrix themes put inside or beside the article that is not the article:
// comment threads (often longer than a regional story), related-post teasers, share bars.
const CMS_JUNK = '#comments, .comments-area, .comment-list, .commentlist, #respond, .comment-respond, '
  + '.sharedaddy, .jp-relatedposts, .related-posts, .yarpp-related, .crp_related, .post-navigation, .nav-links, '
  + '.wp-block-buttons, .addtoany_share_save_account, .a2a_kit, .share, .social-share, .ya-share2, '
  + '.news-detail-share, .bx-newsdetail-share, .news-detail-slider, .bx-newsdetail-slider, .bx-pagination';

/**
 * Article containers of the CMSs regional papers run on, tried before the density heuristic:
 * WordPress themes (`.entry-content`, `.post-content`, `td-post-content`), Bitrix's news.detail
 * template (`.news-detail`, `.detail_text`, `bx-newsdetail-content`), Drupal (`.field--name-body`),
 * Joomla and schema.org (`[itemprop=articleBody]`), DLE (`.full-story`). A container is used only
 * when it holds a real share of the page's article text (see genericBody).
 */
const CMS_BODIES: readonly string[] = [
  '[itemprop="articleBody"]',
  '.entry-content', '.post-content', '.td-post-content', '.single-content', '.article-content',
  '.news-detail', '.bx-newsdetail-content', '.detail_text', '.news-detail-text', '.news-text',
  '.field--name-body', '.field-name-body', '.item-page', '.full-story',
];
/** Minimum text (characters) a CMS container must hold to be trusted over the density winner. */
const CMS_MIN_CHARS = 120;

// An offset-less date on an unknown site is read in its country's zone; .by and .kz are the
// press we follow, anything else is taken as UTC.
function zoneForHost(host: string): string {
  if (host.endsWith('.by')) return 'Europe/Minsk';
  if (host.endsWith('.kz') || host.endsWith('.қаз')) return 'Asia/Almaty';
  return 'UTC';
}

function joinBlocks(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}

function siteBody($: CheerioAPI, set: SelectorSet): string {
  const container = $(set.body).first();
  if (!container.length) return '';
  if (set.remove?.length) container.find(set.remove.join(', ')).remove();
  const stopNode = set.stopAt?.length ? container.find(set.stopAt.join(', ')).get(0) : undefined;
  const paragraphs = set.paragraphs;
  const root = container.get(0);
  if (!root) return '';
  return joinBlocks(textBlocks(root, {
    stopNode,
    isParagraph: paragraphs ? (node) => $(node as Parameters<CheerioAPI>[0]).is(paragraphs) : undefined,
  }));
}

/** A node's own text runs split at <br> (Bitrix's detail_text is often bare text and <br><br>). */
function bareTextRuns(node: DomNode): string[] {
  const runs: string[] = [];
  let run = '';
  for (const child of node.children ?? []) {
    if (child.type === 'text') run += child.data ?? '';
    else if (child.type === 'tag' && (child.name === 'br' || BLOCK.has(child.name ?? ''))) {
      runs.push(collapseSpace(run));
      run = '';
    } else if (child.type === 'tag' && !SKIP.has(child.name ?? '') && child.name !== 'a') run += blocksText(child) + ' ';
  }
  runs.push(collapseSpace(run));
  return runs.filter((r) => r.length >= 25);
}

function articleText(blocks: readonly Block[]): number {
  return blocks.filter((b) => b.text.length >= 25 && b.linkChars <= b.text.length / 2).reduce((n, b) => n + b.text.length, 0);
}

// Readability's core idea, kept small: each paragraph (a <p>, or a run of bare text between
// <br>s) adds its length to its parent and half to its grandparent; link-heavy or short
// paragraphs (menus, teasers) add nothing. A CMS's own article container wins when it holds at
// least half of the best node's text: its edges are exact, the density winner's are a guess.
function genericBody($: CheerioAPI, title: string | null): string {
  $(GENERIC_JUNK).remove();
  $(CMS_JUNK).remove();
  const scores = new Map<DomNode, number>();
  const credit = (node: DomNode, length: number): void => {
    const parent = $(node as Parameters<CheerioAPI>[0]).parent().get(0);
    const grand = $(node as Parameters<CheerioAPI>[0]).parent().parent().get(0);
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + length);
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  };
  $('p').each((_, p) => {
    const [block] = textBlocks(p);
    if (!block || block.text.length < 25 || block.linkChars > block.text.length / 2) return;
    credit(p, block.text.length);
  });
  $('div, td, section, article').each((_, el) => {
    const runs = bareTextRuns(el);
    if (!runs.length) return;
    // The runs belong to this element itself: credit it fully, its parent half.
    const length = runs.reduce((n, r) => n + r.length, 0);
    scores.set(el, (scores.get(el) ?? 0) + length);
    const parent = $(el).parent().get(0);
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + length / 2);
  });
  let best: DomNode | undefined;
  let bestScore = 0;
  for (const [node, score] of scores) if (score > bestScore) { best = node; bestScore = score; }
  const bestText = best ? articleText(textBlocks(best)) : 0;
  for (const selector of CMS_BODIES) {
    const node = $(selector).first().get(0);
    if (!node) continue;
    const text = articleText(textBlocks(node));
    if (text >= CMS_MIN_CHARS && text >= bestText / 2) {
      best = node;
      break;
    }
  }
  best ??= $('article').get(0) ?? $('main').get(0) ?? $('body').get(0);
  if (!best) return '';
  // Bitrix's news.detail repeats the headline (<h3>) and the date inside the body container.
  return joinBlocks(textBlocks(best).filter((b) => b.linkChars <= b.text.length / 2 && !isChrome(b.text) && b.text !== title));
}

// Lines CMS templates print inside the article container: Bitrix's "Возврат к списку", view
// counters, "Поделиться". Only short lines that are exactly such a label are dropped.
const CHROME = /^(?:возврат к списку|вернуться к списку|поделиться:?|просмотров:?\s*\d*|комментарии:?\s*\d*|версия для печати|распечатать)$/iu;
const DATE_ONLY = /^[\d\s.:/,-]+$/u;
function isChrome(text: string): boolean {
  return text.length < 40 && (CHROME.test(text) || DATE_ONLY.test(text));
}

function datelineOf(...texts: (string | null)[]): string | null {
  for (const text of texts) {
    const found = text ? extractDateline(text) : null;
    if (found) return found.place;
  }
  return null;
}

/** Page selectors for one outlet from config (sources.yaml `extract:`); see extract-override.ts. */
export interface ExtractOverride {
  /** The outlet id: the method is reported as `config:<name>`. */
  readonly name: string;
  /** Zone for printed dates and ISO dates without an offset. */
  readonly timeZone: string;
  readonly set: SelectorSet;
}

/**
 * Extract an article page. `opts.host` picks the site rule when the page was fetched from a
 * mirror or the fixture server rather than from its own host.
 * @example extractArticle(html, 'https://www.belta.by/economics/view/x-700123-2026/').method // 'site:belta.by#1'
 */
export function extractArticle(html: string, url: string, opts: { host?: string; override?: ExtractOverride | null } = {}): ExtractedArticle {
  const $ = load(html);
  const host = (opts.host ?? hostOf(url) ?? '').toLowerCase();
  const rule = host ? ruleFor(host) : null;

  // Selectors from sources.yaml (`extract:`) come first: the operator knows the site best.
  const override = opts.override;
  if (override) {
    const body = siteBody($, override.set);
    if (body) {
      const lang: DateLang = rule?.lang ?? 'ru';
      const lead = readText($, override.set.lead ?? []) ?? readText($, GENERIC_LEAD);
      return {
        title: readText($, override.set.title) ?? readText($, GENERIC_TITLE),
        lead,
        body,
        publishedAt: readDate($, override.set.date, override.timeZone, lang) ?? readDate($, GENERIC_DATE, override.timeZone, lang),
        dateline: datelineOf(body, lead),
        tags: readTags($, override.set.tags ?? GENERIC_TAGS),
        method: `config:${override.name}`,
      };
    }
  }

  if (rule) {
    for (const [i, set] of rule.sets.entries()) {
      const body = siteBody($, set);
      if (!body) continue;
      const lead = readText($, set.lead ?? []) ?? readText($, GENERIC_LEAD);
      return {
        title: readText($, set.title) ?? readText($, GENERIC_TITLE),
        lead,
        body,
        publishedAt: readDate($, set.date, rule.timeZone, rule.lang) ?? readDate($, GENERIC_DATE, rule.timeZone, rule.lang),
        dateline: datelineOf(body, lead),
        tags: readTags($, set.tags ?? []),
        method: `site:${rule.host}#${i + 1}`,
      };
    }
  }

  const timeZone = rule?.timeZone ?? zoneForHost(host);
  const lang: DateLang = rule?.lang ?? (host.endsWith('.kz') || host.endsWith('.by') ? 'ru' : 'en');
  // Title, lead, date and tags are read before genericBody strips header/nav/aside.
  const title = readText($, GENERIC_TITLE);
  const lead = readText($, GENERIC_LEAD);
  const publishedAt = readDate($, GENERIC_DATE, timeZone, lang);
  const tags = readTags($, GENERIC_TAGS);
  const body = genericBody($, title);
  return { title, lead, body, publishedAt, dateline: datelineOf(body, lead), tags, method: 'generic' };
}
