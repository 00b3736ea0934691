/**
 * Feed health rules: one feed's recent activity → the conditions that are wrong with it now
 * (failure streak, silence, volume anomaly, low overlap). Pure: the monitor's run.ts reads the
 * facts from the database and turns conditions into alerts (alerts.ts).
 */
import { BASELINE_DAYS, RECENT_DAYS, volumeAnomaly } from './anomalies.ts';
import { ago } from './status.ts';

export type AlertKind = 'failure_streak' | 'silent' | 'volume_anomaly' | 'low_overlap' | 'job_failed';
export type AlertSeverity = 'warning' | 'critical';

/** Something wrong now; the same (kind, subject) on the next check is the same alert. */
export interface Condition {
  readonly kind: AlertKind;
  readonly subject: string;
  readonly severity: AlertSeverity;
  readonly message: string;
  readonly details: Record<string, unknown>;
}

export interface FeedActivity {
  readonly feedId: string;
  readonly enabled: boolean;
  readonly inConfig: boolean;
  readonly pollMinutes: number;
  readonly lastSuccessAt: Date | null;
  readonly lastNewItemAt: Date | null;
  readonly consecutiveFailures: number;
  readonly failureScore: number;
  readonly lastErrorClass: string | null;
  readonly lastError: string | null;
  /** Oldest feed fetch still in the log: how much history the rules can lean on. */
  readonly firstFetchAt: Date | null;
  /** Feed fetches in the last 28 days that brought at least one new item. */
  readonly newItemFetches28d: number;
  /** New items per day, oldest first, BASELINE_DAYS + RECENT_DAYS values ending at `now`. */
  readonly dailyNew: readonly number[];
  /** The last two fetches that returned a parsed feed (outcome ok), newest first. */
  readonly lastParsed: readonly { itemsSeen: number; itemsNew: number; at: Date }[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Failures in a row that raise an alert (one failure is weather, three is a problem). */
export const STREAK_ALERT = 3;
/** A streak with no success for this long is critical. */
export const STREAK_CRITICAL_MS = DAY;
/** Silent after this many of the feed's usual gaps between new items… */
export const SILENT_USUAL_GAPS = 4;
/** …but never before this many poll intervals, nor before a day (status.ts agrees). */
export const SILENT_MIN_POLLS = 8;
export const SILENT_MIN_MS = DAY;
/** A fetch of at least this many entries that shares less than LOW_OVERLAP with the previous one. */
export const OVERLAP_MIN_ITEMS = 5;
export const LOW_OVERLAP = 0.2;

/** Everything wrong with one feed now; [] for a healthy, disabled or retired feed. */
export function feedConditions(f: FeedActivity, now: Date): Condition[] {
  if (!f.inConfig || !f.enabled) return [];
  const out: Condition[] = [];
  const say = (kind: AlertKind, severity: AlertSeverity, message: string, details: Record<string, unknown>) =>
    out.push({ kind, subject: f.feedId, severity, message: `${f.feedId}: ${message}`, details });

  if (f.consecutiveFailures >= STREAK_ALERT) {
    const noSuccessMs = f.lastSuccessAt ? now.getTime() - f.lastSuccessAt.getTime() : Infinity;
    say('failure_streak', noSuccessMs >= STREAK_CRITICAL_MS ? 'critical' : 'warning',
      `${f.consecutiveFailures} fetches failed in a row (last: ${f.lastErrorClass ?? 'error'}${f.lastError ? ` — ${f.lastError}` : ''}); ` +
        (f.lastSuccessAt ? `last success ${ago(f.lastSuccessAt, now)}` : 'never succeeded'),
      { consecutiveFailures: f.consecutiveFailures, failureScore: f.failureScore, errorClass: f.lastErrorClass, lastSuccessAt: f.lastSuccessAt });
  }

  // Silence is judged only while the feed answers: a failing feed is the streak's business.
  if (f.consecutiveFailures === 0 && f.lastSuccessAt && f.firstFetchAt) {
    const silent = silence(f, now);
    if (silent) say('silent', 'warning', silent.message, silent.details);
  }

  if (f.firstFetchAt && now.getTime() - f.firstFetchAt.getTime() >= (BASELINE_DAYS + RECENT_DAYS) * DAY) {
    const a = volumeAnomaly(f.dailyNew);
    if (a) {
      const r = (x: number) => Math.round(x * 10) / 10;
      const what = a.direction === 'zero' ? 'no new item in 7 days'
        : `${r(a.recentMean)} new items/day over 7 days, ${a.direction === 'low' ? 'below' : 'above'} its usual ${r(a.baselineMean)} ± ${r(a.baselineSd)} (band ${r(Math.max(0, a.low))}–${r(a.high)})`;
      say('volume_anomaly', a.direction === 'high' ? 'warning' : a.direction === 'zero' ? 'critical' : 'warning', `volume anomaly: ${what}`, { ...a });
    }
  }

  const [last, previous] = f.lastParsed;
  if (last && previous && last.itemsSeen >= OVERLAP_MIN_ITEMS) {
    const overlap = (last.itemsSeen - last.itemsNew) / last.itemsSeen;
    if (overlap < LOW_OVERLAP) {
      say('low_overlap', 'warning',
        `the last fetch shared ${last.itemsSeen - last.itemsNew} of ${last.itemsSeen} entries with what we had: items may scroll off the feed between polls; poll more often than every ${f.pollMinutes} min (poll_minutes in config/sources.yaml)`,
        { itemsSeen: last.itemsSeen, itemsNew: last.itemsNew, overlap, pollMinutes: f.pollMinutes });
    }
  }
  return out;
}

/**
 * The feed's usual gap between fetches that brought something new: the time from the start of
 * its 28-day history to its last new item, over the gaps in between. Null with fewer than two
 * such fetches (then only the floors apply: SILENT_MIN_MS and SILENT_MIN_POLLS).
 */
export function usualGapMs(f: Pick<FeedActivity, 'firstFetchAt' | 'lastNewItemAt' | 'newItemFetches28d'>, now: Date): number | null {
  if (!f.firstFetchAt || !f.lastNewItemAt || f.newItemFetches28d < 2) return null;
  const from = Math.max(f.firstFetchAt.getTime(), now.getTime() - BASELINE_DAYS * DAY);
  return Math.max(0, f.lastNewItemAt.getTime() - from) / (f.newItemFetches28d - 1);
}

function silence(f: FeedActivity, now: Date): { message: string; details: Record<string, unknown> } | null {
  const usual = usualGapMs(f, now);
  const thresholdMs = Math.max(SILENT_MIN_MS, SILENT_MIN_POLLS * f.pollMinutes * 60_000, SILENT_USUAL_GAPS * (usual ?? 0));
  const since = f.lastNewItemAt ?? f.firstFetchAt!;
  const quietMs = now.getTime() - since.getTime();
  if (quietMs <= thresholdMs) return null;
  const hours = (ms: number) => `${Math.round(ms / HOUR)} h`;
  return {
    message: f.lastNewItemAt
      ? `silent: no new item for ${hours(quietMs)} (it usually brings something every ${usual ? hours(usual) : 'poll'}; threshold ${hours(thresholdMs)}); the feed answers, so its URL or content may have changed`
      : `silent: answers but has brought no item in ${hours(quietMs)}`,
    details: { quietMs, thresholdMs, usualGapMs: usual, lastNewItemAt: f.lastNewItemAt },
  };
}

export interface JobRunFact {
  readonly job: string;
  readonly slot: Date;
  readonly status: 'running' | 'ok' | 'failed' | 'interrupted';
  readonly error: string | null;
}

/** A scheduled job whose latest slot failed (the weekly report above all) is an alert too. */
export function jobConditions(latest: readonly JobRunFact[]): Condition[] {
  return latest.filter((r) => r.status === 'failed').map((r) => ({
    kind: 'job_failed' as const,
    subject: r.job,
    severity: r.job === 'report' ? ('critical' as const) : ('warning' as const),
    message: `job ${r.job} failed for its ${r.slot.toISOString()} slot: ${r.error ?? 'error'}`,
    details: { slot: r.slot, error: r.error },
  }));
}

/** Turns (days ago → count) into the oldest-first series `volumeAnomaly` reads. */
export function dailySeries(countsByDaysAgo: ReadonlyMap<number, number>): number[] {
  const n = BASELINE_DAYS + RECENT_DAYS;
  return Array.from({ length: n }, (_, i) => countsByDaysAgo.get(n - 1 - i) ?? 0);
}
