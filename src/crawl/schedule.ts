/**
 * When to poll a feed next, and how its failure score moves. Pure: time comes in as `now`,
 * randomness as `random`, so tests pin both.
 */
import { policyOf, type FailureKind } from './failure.ts';

export interface PollInput {
  now: Date;
  /** The feed's configured interval; values under a minute are raised to one. */
  pollIntervalSec: number;
  /** Fractional failure score: +1 per counted failure, -0.5 per success (crawlee's session score). */
  failureScore: number;
  outcome: 'ok' | 'not_modified' | 'failed';
  /** Required for a meaningful `failed`; a failure without a kind is treated as `count`. */
  failure?: FailureKind;
  retryAfterSec?: number | null;
  /** Freshness the server granted (Cache-Control max-age or Expires), see `parseCacheTtl`. */
  ttlSec?: number | null;
  /** Uniform [0, 1); defaults to Math.random. */
  random?: () => number;
}

export interface NextPoll {
  at: Date;
  failureScore: number;
}

const MINUTE = 60;
const HOUR = 3600;
const DAY = 24 * HOUR;
/** Below this a poll interval is a misconfiguration, not a wish. */
export const MIN_INTERVAL_SEC = MINUTE;
/** Backoff waits at most this (or the interval, when that is longer), then ±10 % jitter. */
export const MAX_BACKOFF_SEC = DAY;
/** A server's max-age stretches the interval up to here, so a year-long max-age cannot hide news. */
export const MAX_TTL_SEC = DAY;
/** keep_slow polls at max(this, 4 × interval)… */
export const KEEP_SLOW_SEC = 6 * HOUR;
/**
 * …once the failure score has reached this (three failures in a row from a healthy feed). Found
 * by the soak run: sending a feed 6 h out after one invalid answer let a feed publishing ~6
 * stories an hour scroll 3,095 of 9,589 stories out of its 20-item window unseen.
 */
export const KEEP_SLOW_AFTER = 3;
/** The score stops rising here, so a feed that 404ed for a month heals within a day of fixing. */
export const MAX_FAILURE_SCORE = 20;
/** Retry-After below this is rounded up: we are a poller, a minute late costs nothing. */
export const MIN_RETRY_AFTER_SEC = MINUTE;
/** Retry-After above this is treated as a misconfigured header, not a week-long ban. */
export const MAX_RETRY_AFTER_SEC = 7 * DAY;
const JITTER = 0.1;

/**
 * The next poll time and failure score after one fetch.
 *
 * @example nextPollAt({ now, pollIntervalSec: 900, failureScore: 0, outcome: 'failed', failure: 'timeout' })
 *   // → { at: now + 1800 s ± 10 %, failureScore: 1 }
 */
export function nextPollAt(input: PollInput): NextPoll {
  const random = input.random ?? Math.random;
  const interval = Math.max(MIN_INTERVAL_SEC, finiteOr(input.pollIntervalSec, MIN_INTERVAL_SEC));
  const score = Math.max(0, finiteOr(input.failureScore, 0));
  const after = (sec: number): Date => new Date(input.now.getTime() + Math.round(sec * 1000));

  if (input.outcome !== 'failed') {
    const ttl = Math.min(MAX_TTL_SEC, Math.max(0, finiteOr(input.ttlSec ?? 0, 0)));
    return { at: after(Math.max(interval, ttl)), failureScore: Math.max(0, score - 0.5) };
  }

  const raised = Math.min(MAX_FAILURE_SCORE, score + 1);
  switch (policyOf(input.failure ?? 'connection')) {
    case 'retry_later': {
      const asked = input.retryAfterSec ?? interval;
      const wait = Math.min(MAX_RETRY_AFTER_SEC, Math.max(MIN_RETRY_AFTER_SEC, finiteOr(asked, interval)));
      // Only later, never earlier than asked: many feeds on one host must not return in a burst.
      return { at: after(wait * (1 + JITTER * random())), failureScore: score };
    }
    case 'keep_slow':
      // One bad answer (a truncated body, a 404 during a deploy) is often a blip: a feed that
      // turns over its window in a few hours would lose stories if we went quiet for six. So the
      // first failures back off like any counted failure; only a lasting one slows the feed down.
      // The score still rises so `covgap status` shows the feed as broken.
      if (raised >= KEEP_SLOW_AFTER) return { at: after(jitter(Math.max(KEEP_SLOW_SEC, 4 * interval), random)), failureScore: raised };
      return { at: after(jitter(Math.min(Math.max(MAX_BACKOFF_SEC, interval), interval * (1 + raised)), random)), failureScore: raised };
    case 'fatal':
      return { at: after(interval), failureScore: score };
    case 'count': {
      const cap = Math.max(MAX_BACKOFF_SEC, interval);
      // Jitter after the cap, so feeds that all hit the cap do not all return in the same second.
      return { at: after(jitter(Math.min(cap, interval * (1 + raised)), random)), failureScore: raised };
    }
  }
}

/**
 * Seconds to wait from a Retry-After header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3).
 * Null when absent or unreadable; a date in the past gives 0.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^\d+$/.test(v)) return Number(v);
  return secondsUntil(v, now);
}

/**
 * How long the response may be reused, from `Cache-Control: max-age` or else `Expires`
 * (max-age wins, RFC 9111 §5.3). `Expires` is measured against the response's `Date` when it
 * has one, so a server with a skewed clock does not skew us. Null when neither says anything;
 * `no-store`/`no-cache` give 0.
 */
export function parseCacheTtl(
  headers: { cacheControl?: string | null; expires?: string | null; date?: string | null },
  now: Date,
): number | null {
  const cc = headers.cacheControl?.toLowerCase() ?? '';
  if (/(^|[\s,])(no-store|no-cache)([\s,=]|$)/.test(cc)) return 0;
  const maxAge = /(?:^|[\s,])max-age\s*=\s*"?(\d+)"?/.exec(cc);
  if (maxAge?.[1] !== undefined) return Number(maxAge[1]);
  const expires = headers.expires?.trim();
  if (!expires) return null;
  const served = headers.date ? Date.parse(headers.date) : NaN;
  const base = Number.isNaN(served) ? now : new Date(served);
  // RFC 9111 §5.3: an invalid Expires (e.g. "0") means already expired.
  return secondsUntil(expires, base) ?? 0;
}

// The three HTTP-date forms (RFC 9110 §5.6.7) all name a month and give hh:mm:ss; Date.parse
// alone would also take "-5" or "2026" and invent a date.
const HTTP_DATE = /(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b.*\d{1,2}:\d{2}:\d{2}/i;

function secondsUntil(httpDate: string, now: Date): number | null {
  if (!HTTP_DATE.test(httpDate)) return null;
  const t = Date.parse(httpDate);
  if (Number.isNaN(t)) return null;
  return Math.max(0, Math.ceil((t - now.getTime()) / 1000));
}

function jitter(sec: number, random: () => number): number {
  return sec * (1 + JITTER * (2 * random() - 1));
}

function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}
