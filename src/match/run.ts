/**
 * The match stage: items lacking a match by the current matcher and catalog version → match →
 * store, in batches. A catalog edit changes the version, so the next run re-matches everything
 * and each batch's matches are replaced atomically.
 */
import type { Kysely } from 'kysely';
import type { Catalog } from '../catalog/model.ts';
import { countItemsToMatch, itemsToMatch, writeMatches, type MatchWrite } from '../db/matches.ts';
import type { Database } from '../db/tables.ts';
import type { Logger } from '../log.ts';
import { compileCatalog, type MatchIndex } from './alias-index.ts';
import { matchItem, type ItemMatch } from './match-item.ts';
import { levelOf } from './regions.ts';

/** Bump when scoring or normalisation changes in a way that should re-match stored items. */
export const MATCHER_VERSION = 'm1';

export interface MatchContext {
  readonly db: Kysely<Database>;
  readonly catalog: Catalog;
  readonly log: Logger;
  readonly threshold: number;
  readonly now?: () => Date;
  /** A compiled index to reuse (compiling takes a moment). */
  readonly index?: MatchIndex;
}

export interface MatchRunOptions {
  since?: Date | null;
  all?: boolean;
  batchSize?: number;
}

export interface MatchRunSummary {
  items: number;
  matched: number;
  matches: number;
  relevant: number;
  version: string;
}

export function versionOf(catalog: Catalog): string {
  return `${MATCHER_VERSION}+${catalog.version}`;
}

export interface OutletInfo {
  level: 'central' | 'regional';
  region: string | null;
}

export async function matchStored(ctx: MatchContext, opts: MatchRunOptions = {}): Promise<MatchRunSummary> {
  const now = ctx.now ?? (() => new Date());
  const index = ctx.index ?? compileCatalog(ctx.catalog);
  const version = versionOf(ctx.catalog);
  const outlets = new Map<string, OutletInfo>(
    (await ctx.db.selectFrom('outlets').select(['id', 'level', 'region_id']).execute()).map((o) => [o.id, { level: o.level, region: o.region_id }]),
  );
  const total = await countItemsToMatch(ctx.db, { since: opts.since, all: opts.all, version });
  const summary: MatchRunSummary = { items: 0, matched: 0, matches: 0, relevant: 0, version };
  if (!total) {
    ctx.log.info('match: nothing to match', { version });
    return summary;
  }
  ctx.log.info(`match: ${total} item(s) to match with ${version}`);
  const batchSize = opts.batchSize ?? 500;
  let afterId = 0;
  let lastReport = Date.now();
  for (;;) {
    const rows = await itemsToMatch(ctx.db, { since: opts.since, all: opts.all, version, afterId, limit: batchSize });
    if (!rows.length) break;
    const batch: MatchWrite[] = rows.map((row) => {
      const outlet = outlets.get(row.outletId) ?? { level: 'central' as const, region: null };
      const result = matchItem(index, { title: row.title, text: [row.lead, row.body].filter(Boolean).join('\n\n'), lang: row.lang, dateline: row.dateline }, { threshold: ctx.threshold });
      return toWrite(row.id, result, outlet, row.rubric);
    });
    await writeMatches(ctx.db, batch, version, now());
    afterId = rows[rows.length - 1]!.id;
    summary.items += batch.length;
    summary.matched += batch.filter((b) => b.projects.length).length;
    summary.matches += batch.reduce((a, b) => a + b.projects.length, 0);
    summary.relevant += batch.filter((b) => b.relevant).length;
    if (Date.now() - lastReport > 2000) {
      ctx.log.info(`match: ${summary.items}/${total} items`);
      lastReport = Date.now();
    }
  }
  ctx.log.info(`match: ${summary.items} items, ${summary.matched} with a project (${summary.matches} matches), ${summary.relevant} relevant`);
  return summary;
}

/** What gets stored for one item: matches, regions (dateline, mentions, the outlet's own) and level. */
export function toWrite(itemId: number, m: ItemMatch, outlet: OutletInfo, rubric: string | null): MatchWrite {
  const dateline = m.regions.find((r) => r.via === 'dateline') ?? null;
  let level = levelOf({ outletLevel: outlet.level, outletRegion: outlet.region, datelineRegion: dateline?.regionId ?? null, datelineOblast: dateline?.oblastId ?? null });
  // BelTA's regions rubric is regional news even when the dateline is missing.
  if (rubric === 'regions' && !dateline) level = 'regional';
  const regions: MatchWrite['regions'] = m.regions.map((r) => ({ regionId: r.regionId, oblastId: r.oblastId, via: r.via, mentions: r.count }));
  if (outlet.region && !regions.some((r) => r.regionId === outlet.region)) {
    regions.push({ regionId: outlet.region, oblastId: outlet.region, via: 'outlet', mentions: 0 });
  }
  return {
    itemId,
    projects: m.projects.map((p) => ({ projectId: p.projectId, score: p.score, rule: p.rule, evidence: p.evidence })),
    regions,
    relevant: m.relevant,
    relevanceScore: m.relevance.score,
    level,
  };
}
