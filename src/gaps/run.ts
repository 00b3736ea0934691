/**
 * The gap stage: reads what the match stage stored (src/db/gaps.ts) for the weeks a report
 * needs, and hands it to the pure model (buildGapReport).
 */
import type { Kysely } from 'kysely';
import type { Catalog } from '../catalog/model.ts';
import type { Settings } from '../config/settings.ts';
import { readCandidates, readMatchedItems, readOutlets, readOutletVolumes } from '../db/gaps.ts';
import type { Database } from '../db/tables.ts';
import { buildGapReport } from './build-gap-report.ts';
import { inputRange } from './input-range.ts';
import { DEFAULT_GAP_SETTINGS, type GapReport, type GapSettings, type ReportInput } from './model.ts';
import { addWeeks, weekBounds } from './week.ts';

export function gapSettingsFrom(s: Settings): GapSettings {
  return {
    ...DEFAULT_GAP_SETTINGS,
    silentWeeks: s.gap_silent_weeks,
    windowWeeks: s.gap_window_weeks,
    historyWeeks: s.gap_history_weeks,
    decliningRatio: s.gap_declining_ratio,
  };
}

export async function readReportInput(db: Kysely<Database>, catalog: Catalog, week: string, timeZone: string, settings: GapSettings, now: Date): Promise<ReportInput> {
  const range = inputRange(week, timeZone, settings);
  const [matches, volumes, outlets] = await Promise.all([
    readMatchedItems(db, range.from, range.to),
    readOutletVolumes(db, range.from, range.to, timeZone),
    readOutlets(db),
  ]);
  // Candidates of the current window only: leads for this week's catalog review.
  const candidates = await readCandidates(db, weekBounds(addWeeks(week, 1 - settings.windowWeeks), timeZone).start, range.to);
  return { week, timeZone, generatedAt: now, catalog, outlets, matches, volumes, candidates, settings };
}

export async function computeGapReport(db: Kysely<Database>, catalog: Catalog, week: string, timeZone: string, settings: GapSettings, now: Date): Promise<GapReport> {
  return buildGapReport(await readReportInput(db, catalog, week, timeZone, settings, now));
}
