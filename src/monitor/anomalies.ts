/**
 * Volume anomalies: is a feed's last week out of line with its own recent history? Pure.
 *
 * The band is asymmetric on purpose: a drop (mean − 1.5σ) is what hides a hole in the coverage
 * and should be seen early; a surge (mean + 2σ) is usually a news event, worth a note only when
 * large. Zero new items for a whole week from a feed that usually has some is always flagged.
 */
export type VolumeDirection = 'low' | 'high' | 'zero';

export interface VolumeAnomaly {
  readonly direction: VolumeDirection;
  /** Mean new items per day over the baseline window. */
  readonly baselineMean: number;
  readonly baselineSd: number;
  /** Mean new items per day over the recent window. */
  readonly recentMean: number;
  readonly low: number;
  readonly high: number;
}

export const BASELINE_DAYS = 28;
export const RECENT_DAYS = 7;
const LOW_SIGMAS = 1.5;
const HIGH_SIGMAS = 2;
/** Below this baseline (items/day) a feed is too quiet for a band to mean anything, except "zero". */
const MIN_BASELINE_MEAN = 0.5;

/**
 * Compares the last `RECENT_DAYS` daily counts with the `BASELINE_DAYS` before them.
 * `daily` is oldest first and must hold BASELINE_DAYS + RECENT_DAYS values; null when in line.
 *
 * @example volumeAnomaly([...Array(28).fill(10), ...Array(7).fill(2)]) // → { direction: 'low', … }
 */
export function volumeAnomaly(daily: readonly number[]): VolumeAnomaly | null {
  if (daily.length !== BASELINE_DAYS + RECENT_DAYS) throw new Error(`anomalies: expected ${BASELINE_DAYS + RECENT_DAYS} daily counts, got ${daily.length}`);
  const baseline = daily.slice(0, BASELINE_DAYS);
  const recent = daily.slice(BASELINE_DAYS);
  const mean = avg(baseline);
  const sd = Math.sqrt(avg(baseline.map((x) => (x - mean) ** 2)));
  const recentMean = avg(recent);
  const low = mean - LOW_SIGMAS * sd;
  const high = mean + HIGH_SIGMAS * sd;
  const out = (direction: VolumeDirection): VolumeAnomaly => ({ direction, baselineMean: mean, baselineSd: sd, recentMean, low, high });
  if (mean <= 0) return null;
  if (recentMean === 0) return out('zero');
  if (mean < MIN_BASELINE_MEAN) return null;
  if (recentMean < low) return out('low');
  if (recentMean > high) return out('high');
  return null;
}

function avg(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}
