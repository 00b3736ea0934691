/** The span of matches and volumes that src/gaps/run.ts must read for a report week. */
import type { GapSettings } from './model.ts';
import { addWeeks, weekBounds, type WeekLabel } from './week.ts';

export interface InputRange {
  firstWeek: WeekLabel;
  lastWeek: WeekLabel;
  /** Start of `firstWeek` in the report zone (inclusive). */
  from: Date;
  /** End of the report week in the report zone (exclusive). */
  to: Date;
}

/**
 * Baseline (historyWeeks) + window (windowWeeks, ending with the report week): matches and
 * volumes published in [from, to) are what buildGapReport needs; older rows are ignored.
 */
export function inputRange(week: WeekLabel, timeZone: string, settings: Pick<GapSettings, 'windowWeeks' | 'historyWeeks'>): InputRange {
  const firstWeek = addWeeks(week, -(settings.windowWeeks + settings.historyWeeks - 1));
  return { firstWeek, lastWeek: week, from: weekBounds(firstWeek, timeZone).start, to: weekBounds(week, timeZone).end };
}
