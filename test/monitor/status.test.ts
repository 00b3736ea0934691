import { describe, expect, it } from 'vitest';
import { feedHealth, formatStatus, summarize, type FeedState } from '../../src/monitor/status.ts';

const NOW = new Date('2026-11-26T12:00:00Z');
const base: FeedState = {
  feedId: 'belta-ru-main', outletId: 'belta', url: 'https://www.belta.by/rss', enabled: true, inConfig: true, pollMinutes: 15,
  lastFetchAt: new Date('2026-11-26T11:50:00Z'), lastSuccessAt: new Date('2026-11-26T11:50:00Z'), lastNewItemAt: new Date('2026-11-26T11:00:00Z'),
  nextPollAt: null, consecutiveFailures: 0, failureScore: 0, lastErrorClass: null, lastError: null, items: 120, items7d: 40,
};

describe('covgap status', () => {
  it.each([
    ['a healthy feed', {}, 'ok', 'ok'],
    ['a feed never fetched', { lastFetchAt: null, lastSuccessAt: null, lastNewItemAt: null }, 'new', 'ok'],
    ['a disabled feed', { enabled: false }, 'disabled', 'ok'],
    ['a feed removed from the config', { inConfig: false }, 'retired', 'ok'],
    ['a feed whose last fetch failed', { consecutiveFailures: 1, lastErrorClass: 'timeout' }, 'failing', 'warning'],
    ['a feed failing 3 times in a row', { consecutiveFailures: 3, lastErrorClass: 'dns' }, 'down', 'critical'],
    ['a feed with nothing new for two days', { lastNewItemAt: new Date('2026-11-24T10:00:00Z') }, 'silent', 'warning'],
  ] as const)('calls %s %s (%s)', (_name, patch, word, severity) => {
    const h = feedHealth({ ...base, ...patch }, NOW);
    expect([h.word, h.severity]).toEqual([word, severity]);
  });

  it('exits 0 when all is well, 1 on warnings, 2 on anything critical', () => {
    expect(summarize([base], NOW).exitCode).toBe(0);
    expect(summarize([base, { ...base, feedId: 'x', consecutiveFailures: 1 }], NOW).exitCode).toBe(1);
    expect(summarize([base, { ...base, feedId: 'y', consecutiveFailures: 5 }], NOW).exitCode).toBe(2);
  });

  it('counts the monitor\'s open alerts: a critical one makes the check critical and is listed', () => {
    const alert = { kind: 'volume_anomaly', subject: 'kazinform', severity: 'critical' as const, message: 'no items for 7 days', openedAt: new Date('2026-11-25T12:00:00Z') };
    const s = summarize([base], NOW, [alert]);
    expect(s.exitCode).toBe(2);
    expect(formatStatus(s, NOW)).toMatch(/Open alerts \(1\):\n {2}CRITICAL volume_anomaly kazinform: no items for 7 days \(open since 24 h ago\)/);
    expect(summarize([base], NOW, [{ ...alert, severity: 'warning' }]).exitCode).toBe(1);
  });
});
