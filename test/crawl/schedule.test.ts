import { describe, expect, it } from 'vitest';
import {
  KEEP_SLOW_AFTER,
  KEEP_SLOW_SEC,
  MAX_BACKOFF_SEC,
  MAX_FAILURE_SCORE,
  MAX_TTL_SEC,
  nextPollAt,
  parseCacheTtl,
  parseRetryAfter,
  type PollInput,
} from '../../src/crawl/schedule.ts';

const now = new Date('2026-03-02T10:00:00Z');
const middle = (): number => 0.5; // jitter factor exactly 1
const base: PollInput = { now, pollIntervalSec: 900, failureScore: 0, outcome: 'ok', random: middle };

function delaySec(input: Partial<PollInput>): number {
  return (nextPollAt({ ...base, ...input }).at.getTime() - now.getTime()) / 1000;
}

describe('nextPollAt', () => {
  it('polls again after the interval when a fetch succeeds', () => {
    expect(delaySec({})).toBe(900);
  });

  it('waits for the server TTL when it is longer than the interval', () => {
    expect(delaySec({ ttlSec: 3600 })).toBe(3600);
    expect(delaySec({ outcome: 'not_modified', ttlSec: 3600 })).toBe(3600);
  });

  it('ignores a TTL shorter than the interval', () => {
    expect(delaySec({ ttlSec: 60 })).toBe(900);
  });

  it('does not let a year-long max-age hide news for more than a day', () => {
    expect(delaySec({ ttlSec: 365 * 86400 })).toBe(MAX_TTL_SEC);
  });

  it('heals the failure score by a half per success, never below zero', () => {
    expect(nextPollAt({ ...base, failureScore: 3 }).failureScore).toBe(2.5);
    expect(nextPollAt({ ...base, outcome: 'not_modified', failureScore: 0.25 }).failureScore).toBe(0);
  });

  it('raises the score and backs off linearly on a counted failure', () => {
    const first = nextPollAt({ ...base, outcome: 'failed', failure: 'timeout' });
    expect(first.failureScore).toBe(1);
    expect(delaySec({ outcome: 'failed', failure: 'timeout' })).toBe(1800);
    expect(delaySec({ outcome: 'failed', failure: 'server_error', failureScore: 2 })).toBe(3600);
  });

  it('keeps the backoff jitter within ±10 %', () => {
    const low = delaySec({ outcome: 'failed', failure: 'timeout', random: () => 0 });
    const high = delaySec({ outcome: 'failed', failure: 'timeout', random: () => 0.999999 });
    expect(low).toBeCloseTo(1620, 0);
    expect(high).toBeCloseTo(1980, 0);
  });

  it('caps the backoff at a day (plus jitter) for a slow feed', () => {
    const hourly = { pollIntervalSec: 7200, outcome: 'failed', failure: 'connection', failureScore: 19 } as const;
    expect(delaySec(hourly)).toBe(MAX_BACKOFF_SEC);
    const jittered = delaySec({ ...hourly, random: () => 0.999 });
    expect(jittered).toBeLessThanOrEqual(MAX_BACKOFF_SEC * 1.1);
  });

  it('stops raising the score at its maximum', () => {
    const r = nextPollAt({ ...base, outcome: 'failed', failure: 'dns', failureScore: MAX_FAILURE_SCORE });
    expect(r.failureScore).toBe(MAX_FAILURE_SCORE);
  });

  it('honours Retry-After on rate limiting without raising the score', () => {
    const r = nextPollAt({ ...base, outcome: 'failed', failure: 'rate_limited', retryAfterSec: 120, failureScore: 1, random: () => 0 });
    expect(r.failureScore).toBe(1);
    expect((r.at.getTime() - now.getTime()) / 1000).toBe(120);
  });

  it('never retries a rate-limited feed before Retry-After, whatever the jitter', () => {
    for (const x of [0, 0.3, 0.999]) {
      expect(delaySec({ outcome: 'failed', failure: 'rate_limited', retryAfterSec: 600, random: () => x })).toBeGreaterThanOrEqual(600);
    }
  });

  it('falls back to the interval when a rate limit comes without Retry-After', () => {
    expect(delaySec({ outcome: 'failed', failure: 'rate_limited', retryAfterSec: null, random: () => 0 })).toBe(900);
  });

  it('rounds a tiny Retry-After up to a minute', () => {
    expect(delaySec({ outcome: 'failed', failure: 'rate_limited', retryAfterSec: 1, random: () => 0 })).toBe(60);
  });

  it('backs off after one bad answer like any failure, so a blip does not cost hours of stories', () => {
    expect(delaySec({ outcome: 'failed', failure: 'unparseable', failureScore: 0 })).toBe(2 * 900);
    expect(delaySec({ outcome: 'failed', failure: 'forbidden', failureScore: 1 })).toBe(3 * 900);
  });

  it('polls a feed that keeps failing that way slowly, but keeps polling it', () => {
    expect(delaySec({ outcome: 'failed', failure: 'forbidden', failureScore: KEEP_SLOW_AFTER - 1 })).toBe(KEEP_SLOW_SEC);
    expect(delaySec({ outcome: 'failed', failure: 'not_found', failureScore: 4, pollIntervalSec: 4 * 3600 })).toBe(16 * 3600);
    const r = nextPollAt({ ...base, outcome: 'failed', failure: 'challenge', failureScore: 5 });
    expect(r.failureScore).toBe(6);
  });

  it('treats a failure without a kind as a counted one', () => {
    expect(nextPollAt({ ...base, outcome: 'failed' }).failureScore).toBe(1);
  });

  it('raises a nonsensical interval to one minute', () => {
    expect(delaySec({ pollIntervalSec: 0 })).toBe(60);
    expect(delaySec({ pollIntervalSec: Number.NaN })).toBe(60);
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['delay-seconds', '120', 120],
    ['zero seconds', '0', 0],
    ['an HTTP-date in the future', 'Mon, 02 Mar 2026 10:05:00 GMT', 300],
    ['an HTTP-date in the past gives zero', 'Mon, 02 Mar 2026 09:00:00 GMT', 0],
    ['garbage gives null', 'soon', null],
    ['a negative number gives null', '-5', null],
    ['an empty header gives null', '  ', null],
    ['no header gives null', null, null],
  ] as const)('reads %s', (_name, value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('parseCacheTtl', () => {
  it('takes max-age from Cache-Control', () => {
    expect(parseCacheTtl({ cacheControl: 'public, max-age=600' }, now)).toBe(600);
  });

  it('prefers max-age over Expires', () => {
    expect(parseCacheTtl({ cacheControl: 'max-age=60', expires: 'Mon, 02 Mar 2026 11:00:00 GMT' }, now)).toBe(60);
  });

  it('measures Expires from the response Date so server clock skew cancels out', () => {
    const ttl = parseCacheTtl(
      { expires: 'Mon, 02 Mar 2026 08:30:00 GMT', date: 'Mon, 02 Mar 2026 08:00:00 GMT' },
      now,
    );
    expect(ttl).toBe(1800);
  });

  it('treats no-cache, no-store and an invalid Expires as zero', () => {
    expect(parseCacheTtl({ cacheControl: 'no-cache' }, now)).toBe(0);
    expect(parseCacheTtl({ cacheControl: 'private, no-store' }, now)).toBe(0);
    expect(parseCacheTtl({ expires: '0' }, now)).toBe(0);
  });

  it('returns null when the server says nothing', () => {
    expect(parseCacheTtl({}, now)).toBeNull();
    expect(parseCacheTtl({ cacheControl: 'public' }, now)).toBeNull();
  });
});
