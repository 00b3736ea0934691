/**
 * One batch of stored items → the rows the match stage writes (matches, regions, level). Pure:
 * shared by the in-process path of `match/run.ts` and the worker threads of `match-worker.ts`,
 * so both produce the same rows from the same items.
 */
import type { ItemToMatch, MatchWrite } from '../db/matches.ts';
import type { MatchIndex } from './alias-index.ts';
import { matchItem, type ItemMatch } from './match-item.ts';
import { levelOf } from './regions.ts';

export interface OutletInfo {
  level: 'central' | 'regional';
  region: string | null;
}

const UNKNOWN_OUTLET: OutletInfo = { level: 'central', region: null };

/** Matches each item of a batch and turns the result into what gets stored. */
export function matchBatch(
  index: MatchIndex,
  rows: readonly ItemToMatch[],
  outlets: ReadonlyMap<string, OutletInfo>,
  threshold: number,
): MatchWrite[] {
  return rows.map((row) => {
    const outlet = outlets.get(row.outletId) ?? UNKNOWN_OUTLET;
    const text = [row.lead, row.body].filter(Boolean).join('\n\n');
    const result = matchItem(index, { title: row.title, text, lang: row.lang, dateline: row.dateline }, { threshold });
    return toWrite(row.id, result, outlet, row.rubric);
  });
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
