/**
 * The match stage: items lacking a match by the current matcher and catalog version → match →
 * store, in batches. A catalog edit changes the version, so the next run re-matches everything
 * and each batch's matches are replaced atomically.
 *
 * A large run matches on worker threads (match-pool.ts) while the main thread reads the next
 * batch and writes finished ones, at most `workers + 1` batches in hand; a small one (a crawl's
 * new items, a backfill) matches in-process, since starting the workers costs a second or two.
 */
import type { Kysely } from 'kysely';
import type { Catalog } from '../catalog/model.ts';
import { countItemsToMatch, itemsToMatch, writeMatches, type ItemToMatch, type MatchWrite } from '../db/matches.ts';
import { refreshOutletWeeks } from '../db/outlet-weeks.ts';
import type { Database } from '../db/tables.ts';
import type { Logger } from '../log.ts';
import { compileCatalog, type MatchIndex } from './alias-index.ts';
import { matchBatch, type OutletInfo } from './match-batch.ts';
import { MatchPool } from './match-pool.ts';

/** Bump when scoring or normalisation changes in a way that should re-match stored items. */
export const MATCHER_VERSION = 'm1';

/**
 * Runs smaller than this match in-process. Each worker spends ~0.55 s starting (0.4 s of it
 * compiling the catalog) and then saves the main thread ~50 µs an item; on 2 cores shared with
 * PostgreSQL 15, two workers broke even with in-process matching at about 40,000 items
 * (20,000: 2.3 s in-process, 2.8 s on workers; 40,000: 4.4 s both).
 */
const WORKERS_FROM = 50_000;

export interface MatchContext {
  readonly db: Kysely<Database>;
  readonly catalog: Catalog;
  readonly log: Logger;
  readonly threshold: number;
  readonly now?: () => Date;
  /** A compiled index to reuse in-process (compiling takes a moment). */
  readonly index?: MatchIndex;
  /** Worker threads for large runs (setting match_workers); 0 or 1 = match in-process. */
  readonly workers?: number;
}

export interface MatchRunOptions {
  since?: Date | null;
  all?: boolean;
  batchSize?: number;
  /** Runs of at least this many items use the worker threads of `MatchContext.workers` (default 50,000). */
  workersFrom?: number;
}

export interface MatchRunSummary {
  items: number;
  matched: number;
  matches: number;
  relevant: number;
  version: string;
  /** Worker threads that matched at least one batch; 0 when the run matched in-process. */
  workers: number;
}

export function versionOf(catalog: Catalog): string {
  return `${MATCHER_VERSION}+${catalog.version}`;
}

export async function matchStored(ctx: MatchContext, opts: MatchRunOptions = {}): Promise<MatchRunSummary> {
  const now = ctx.now ?? (() => new Date());
  const version = versionOf(ctx.catalog);
  const outlets = new Map<string, OutletInfo>(
    (await ctx.db.selectFrom('outlets').select(['id', 'level', 'region_id']).execute()).map((o) => [o.id, { level: o.level, region: o.region_id }]),
  );
  const { count: total, firstId } = await countItemsToMatch(ctx.db, { since: opts.since, all: opts.all, version });
  const summary: MatchRunSummary = { items: 0, matched: 0, matches: 0, relevant: 0, version, workers: 0 };
  if (!total) {
    ctx.log.info('match: nothing to match', { version });
    await refreshOutletWeeks(ctx.db);
    return summary;
  }
  ctx.log.info(`match: ${total} item(s) to match with ${version}`);
  const batchSize = opts.batchSize ?? 500;
  const threads = Math.min(ctx.workers ?? 0, Math.ceil(total / batchSize));
  const useWorkers = threads > 1 && total >= (opts.workersFrom ?? WORKERS_FROM);
  let pool: MatchPool | null = null;
  try {
    let match: BatchMatcher;
    if (useWorkers) {
      const started = (pool = new MatchPool({ catalog: ctx.catalog, threshold: ctx.threshold, outlets, size: threads }));
      ctx.log.info(`match: matching on ${started.size} worker threads`);
      match = (rows) => started.match(rows);
    } else {
      const index = ctx.index ?? compileCatalog(ctx.catalog);
      match = async (rows) => matchBatch(index, rows, outlets, ctx.threshold);
    }
    const read = (afterId: number) => itemsToMatch(ctx.db, { since: opts.since, all: opts.all, version, afterId, limit: batchSize });
    const write = (batch: MatchWrite[]) => writeMatches(ctx.db, batch, version, now());
    let lastReport = Date.now();
    await pipeline(read, match, write, pool ? pool.size + 1 : 1, (batch) => {
      summary.items += batch.length;
      summary.matched += batch.filter((b) => b.projects.length).length;
      summary.matches += batch.reduce((a, b) => a + b.projects.length, 0);
      summary.relevant += batch.filter((b) => b.relevant).length;
      if (Date.now() - lastReport > 2000) {
        ctx.log.info(`match: ${summary.items}/${total} items`);
        lastReport = Date.now();
      }
    }, firstId - 1);
    summary.workers = pool?.threadsUsed() ?? 0;
  } finally {
    await pool?.close();
  }
  ctx.log.info(`match: ${summary.items} items, ${summary.matched} with a project (${summary.matches} matches), ${summary.relevant} relevant`, pool ? { workers: summary.workers } : undefined);
  // The weeks whose counts this run changed (research.outlet_volumes) are counted again.
  const weeks = await refreshOutletWeeks(ctx.db);
  if (weeks) ctx.log.info(`match: outlet volumes of ${weeks} week(s) counted again`);
  return summary;
}

type BatchMatcher = (rows: ItemToMatch[]) => Promise<MatchWrite[]>;

/**
 * Reads batches in id order, hands each to `match` and writes the results in the same order,
 * one write at a time, while the next batch is read (another connection on a server) and the
 * workers match the ones after it. At most `inHandMax` batches are being matched, plus the one
 * being written and the one just read, so memory stays flat.
 */
async function pipeline(
  read: (afterId: number) => Promise<ItemToMatch[]>,
  match: BatchMatcher,
  write: (batch: MatchWrite[]) => Promise<void>,
  inHandMax: number,
  written: (batch: MatchWrite[]) => void,
  startAfter = 0,
): Promise<void> {
  const inHand: Array<Promise<MatchWrite[]>> = [];
  let writing: Promise<void> = Promise.resolve();
  const failures: unknown[] = [];
  // Awaited in turn below; until then a rejection is only recorded, so that a later batch
  // failing while an earlier one is written does not count as an unhandled rejection.
  const recorded = <T>(p: Promise<T>): Promise<T> => {
    p.catch((error: unknown) => failures.push(error));
    return p;
  };
  try {
    let next = await read(startAfter);
    while (next.length || inHand.length) {
      if (failures.length) throw failures[0];
      if (next.length && inHand.length < inHandMax) {
        inHand.push(recorded(match(next)));
        next = await read(next[next.length - 1]!.id);
        continue;
      }
      const batch = await inHand.shift()!;
      await writing;
      writing = recorded(write(batch).then(() => written(batch)));
    }
  } finally {
    // Never leave a write running behind a failure: the caller may close the database next.
    await writing.catch(() => {});
  }
  await writing;
}
