/** Fetches one item's article page and stores the extracted text (the feed gave only a lead). */
import type { Kysely } from 'kysely';
import type { Outlet } from '../config/load.ts';
import { recordFetch } from '../db/fetches.ts';
import { failPage, savePage } from '../db/items.ts';
import type { Database, Item } from '../db/tables.ts';
import type { Logger } from '../log.ts';
import { decodeBody } from './decode.ts';
import { contentHash } from './dedup.ts';
import { extractArticle } from './extract.ts';
import { overrideFor } from './extract-override.ts';
import type { FailureKind } from './failure.ts';
import type { Fetcher } from './fetch.ts';
import { mirrorHost } from './mirror-host.ts';

export interface PageOptions {
  maxAttempts: number;
  now: () => Date;
  log: Logger;
}

/** Returns true when the page was fetched and its text stored. */
export async function fetchPage(db: Kysely<Database>, fetcher: Pick<Fetcher, 'fetch'>, item: Item, outlet: Outlet, opts: PageOptions): Promise<boolean> {
  const startedAt = opts.now();
  const result = await fetcher.fetch({ url: item.url });
  const base = { feed_id: item.feed_id, url: item.url, target: 'page' as const, started_at: startedAt, duration_ms: Math.round(result.durationMs) };
  const fail = async (kind: FailureKind, message: string, status: number | null, bytes: number) => {
    await recordFetch(db, { ...base, http_status: status, bytes, outcome: 'failed', error_class: kind, error: message, items_seen: 0, items_new: 0, charset: null });
    await failPage(db, item.id, kind, opts.maxAttempts);
    opts.log.warn(`page ${item.url} failed: ${kind}: ${message}`, { outlet: outlet.id, errorClass: kind });
    return false;
  };
  if (result.kind === 'failed') return fail(result.failure, result.message, result.status, 0);
  if (result.kind === 'not_modified') return fail('client_error', `fetch: ${item.url}: unexpected 304 for an unconditional request`, 304, 0);

  const decoded = decodeBody(result.body, result.contentType);
  if ('error' in decoded) return fail('bad_encoding', `decode: ${item.url}: ${decoded.message}`, result.status, result.bytes);
  const article = extractArticle(decoded.text, result.url, { host: mirrorHost(result.url, outlet.site), override: overrideFor(outlet) });
  if (!article.body.trim()) return fail('unparseable', `extract: ${item.url}: no article text found (method ${article.method}); the page markup may have changed`, result.status, result.bytes);
  await savePage(db, item.id, {
    body: article.body,
    bodyMethod: article.method,
    lead: article.lead,
    dateline: article.dateline,
    tags: article.tags,
    publishedAt: article.publishedAt,
    contentHash: contentHash(article.body),
  });
  await recordFetch(db, { ...base, http_status: result.status, bytes: result.bytes, outcome: 'ok', error_class: null, error: null, items_seen: 1, items_new: 0, charset: decoded.charset });
  return true;
}
