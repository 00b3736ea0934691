/**
 * `covgap sources probe`: fetch one feed URL with the real fetcher and say what it is — HTTP
 * status, content type, charset, feed kind (rss/atom/rdf/html/other), item count, newest and
 * oldest dates — and a verdict, so an unverified URL in sources.yaml (research/sources.md: most
 * regional feeds are LOW confidence) can be checked before it is enabled. Nothing is stored.
 */
import { load } from 'cheerio';
import { decodeBody } from './decode.ts';
import { parseFeed } from './feed.ts';
import type { FailureKind } from './failure.ts';
import type { Fetcher } from './fetch.ts';

export type FeedKind = 'rss' | 'atom' | 'rdf' | 'html' | 'other';

/**
 * `ok`: a feed with items, the newest within `staleDays`; `stale`: a feed whose newest item is
 * older; `empty`: a feed with no items; `not_a_feed`: HTML or anything else (an HTML page may
 * name its feeds, see `discovered`); `unparseable`: looks like a feed but does not parse;
 * `failed`: the fetch itself failed (see `failure`).
 */
export type ProbeVerdict = 'ok' | 'stale' | 'empty' | 'not_a_feed' | 'unparseable' | 'failed';

export interface ProbeReport {
  readonly id: string | null;
  readonly url: string;
  /** After redirects. */
  readonly finalUrl: string | null;
  readonly status: number | null;
  readonly contentType: string | null;
  readonly bytes: number;
  readonly charset: string | null;
  /** How the charset was decided (utf8-valid, header, prolog, meta, bom, fallback). */
  readonly charsetSource: string | null;
  readonly kind: FeedKind | null;
  readonly items: number | null;
  readonly newest: Date | null;
  readonly oldest: Date | null;
  /** Items with no readable date. */
  readonly undated: number;
  readonly title: string | null;
  /** Feed URLs an HTML page announces (`<link rel="alternate" type="application/rss+xml">`). */
  readonly discovered: string[];
  readonly verdict: ProbeVerdict;
  readonly failure: FailureKind | null;
  /** One line for people: what was found, or what went wrong and what to try. */
  readonly message: string;
  readonly durationMs: number;
}

/** The document's kind from its first element (after the prolog, comments and a doctype). */
export function feedKindOf(text: string): FeedKind {
  const head = text.replace(/^\uFEFF/, '').slice(0, 4096)
    .replace(/<\?xml[^>]*\?>/g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<\?xml-stylesheet[^>]*\?>/g, '').trimStart();
  if (/^<!doctype\s+html/i.test(head) || /^<html[\s>]/i.test(head)) return 'html';
  if (/^<rss[\s>]/i.test(head)) return 'rss';
  if (/^<feed[\s>]/i.test(head)) return 'atom';
  if (/^<rdf:RDF[\s>]/i.test(head) || /^<RDF[\s>]/.test(head)) return 'rdf';
  if (/<html[\s>]/i.test(head)) return 'html';
  return 'other';
}

/** Feed links an HTML page announces, absolute. */
export function discoverFeeds(html: string, baseUrl: string): string[] {
  const $ = load(html);
  const out: string[] = [];
  $('link[rel~="alternate"]').each((_, el) => {
    const type = ($(el).attr('type') ?? '').toLowerCase();
    const href = $(el).attr('href');
    if (!href || !/(rss|atom|rdf)\+xml|application\/xml|text\/xml/.test(type)) return;
    try {
      const url = new URL(href, baseUrl).toString();
      if (!out.includes(url)) out.push(url);
    } catch {
      /* an unusable href is no feed */
    }
  });
  return out;
}

const DAY = 86_400_000;

/** Fetches `url` once and reports what it serves. Never throws. */
export async function probeFeed(
  fetcher: Pick<Fetcher, 'fetch'>,
  target: { id?: string | null; url: string; timeZone?: string },
  opts: { now: Date; staleDays?: number },
): Promise<ProbeReport> {
  const base = {
    id: target.id ?? null, url: target.url, finalUrl: null, status: null, contentType: null, bytes: 0, charset: null, charsetSource: null,
    kind: null, items: null, newest: null, oldest: null, undated: 0, title: null, discovered: [], failure: null, durationMs: 0,
  };
  const result = await fetcher.fetch({ url: target.url });
  if (result.kind === 'failed') {
    return { ...base, status: result.status, verdict: 'failed', failure: result.failure, message: result.message, durationMs: Math.round(result.durationMs) };
  }
  if (result.kind === 'not_modified') {
    return { ...base, status: 304, verdict: 'failed', failure: 'client_error', message: 'probe: unexpected 304 to an unconditional request', durationMs: Math.round(result.durationMs) };
  }
  const fetched = { ...base, finalUrl: result.url, status: result.status, contentType: result.contentType, bytes: result.bytes, durationMs: Math.round(result.durationMs) };
  const decoded = decodeBody(result.body, result.contentType);
  if ('error' in decoded) return { ...fetched, verdict: 'failed', failure: 'bad_encoding', message: `decode: ${decoded.message}` };
  const withText = { ...fetched, charset: decoded.charset, charsetSource: decoded.source as string };
  const kind = feedKindOf(decoded.text);
  if (kind === 'html' || kind === 'other') {
    const discovered = kind === 'html' ? discoverFeeds(decoded.text, result.url) : [];
    const hint = discovered.length ? `; the page announces ${discovered.join(', ')}` : kind === 'html' ? '; no feed link in the page (try /feed/, /rss.xml or /rss/)' : '';
    return { ...withText, kind, discovered, verdict: 'not_a_feed', message: `${kind === 'html' ? 'an HTML page' : 'not XML'}, not a feed${hint}` };
  }
  try {
    const feed = await parseFeed(decoded.text, { timeZone: target.timeZone ?? 'UTC' });
    const dates = feed.entries.map((e) => e.publishedAt).filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime());
    const newest = dates.at(-1) ?? null;
    const oldest = dates[0] ?? null;
    const staleDays = opts.staleDays ?? 30;
    const report = { ...withText, kind, items: feed.entries.length, newest, oldest, undated: feed.entries.length - dates.length, title: feed.title };
    if (!feed.entries.length) return { ...report, verdict: 'empty', message: `${kind} feed "${feed.title ?? ''}" with no items` };
    const age = newest ? (opts.now.getTime() - newest.getTime()) / DAY : null;
    if (age !== null && age > staleDays) {
      return { ...report, verdict: 'stale', message: `${kind} feed with ${feed.entries.length} items, the newest ${Math.floor(age)} days old` };
    }
    return { ...report, verdict: 'ok', message: `${kind} feed with ${feed.entries.length} items${newest ? `, newest ${newest.toISOString()}` : ', no dates'}` };
  } catch (err) {
    return { ...withText, kind, verdict: 'unparseable', message: (err as Error).message };
  }
}
