/** Expected coverage: the project's own trailing baseline blended with a prior from its importance (docs/gaps.md §3). */
import type { GapSettings } from './model.ts';
import { round } from './per-mille.ts';

export interface Expectation {
  priorPerWeek: number;
  /** Blended expected original items per week. */
  perWeek: number;
  /** perWeek × the window's weeks that have data. */
  window: number;
  windowWeeksWithData: number;
}

/**
 * perWeek = (baselineOriginals + k·prior) / (baselineWeeksWithData + k), a credibility blend:
 * with no history it is the prior; with 26 weeks of history and k = 8 the history weighs 76 %.
 * Only weeks in which any outlet published anything count, so a fresh install or a crawl
 * outage does not read as a project's silence.
 */
export function expectedCoverage(
  baseline: { originals: number; weeksWithData: number },
  importance: 1 | 2 | 3,
  windowWeeksWithData: number,
  settings: Pick<GapSettings, 'priorPerWeek' | 'priorWeightWeeks'>,
): Expectation {
  const prior = settings.priorPerWeek[importance];
  const k = settings.priorWeightWeeks;
  const denominator = baseline.weeksWithData + k;
  const perWeek = denominator > 0 ? (baseline.originals + k * prior) / denominator : prior;
  return { priorPerWeek: prior, perWeek: round(perWeek), window: round(perWeek * windowWeeksWithData), windowWeeksWithData };
}
