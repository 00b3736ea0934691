/** The pure monitor cores: volume band, feed rules, alert episodes, Prometheus text. */
import { describe, expect, it } from 'vitest';
import { volumeAnomaly } from '../../src/monitor/anomalies.ts';
import { feedConditions, jobConditions, type FeedActivity } from '../../src/monitor/health.ts';
import { pendingChanges, planAlerts, type AlertRow } from '../../src/monitor/alerts.ts';
import { Metrics } from '../../src/monitor/metrics.ts';

const days = (base: number[], recent: number[]) => [...base, ...recent];
const steady = (n: number, v: number) => Array.from({ length: n }, (_, i) => v + (i % 2 ? 1 : -1));

describe('volumeAnomaly', () => {
  it.each([
    ['a week in line with a steady month', days(steady(28, 10), steady(7, 10)), null],
    ['a week far below the band', days(steady(28, 10), Array(7).fill(3)), 'low'],
    ['a week far above the band', days(steady(28, 10), Array(7).fill(30)), 'high'],
    ['a week of nothing from a feed that usually has items', days(steady(28, 10), Array(7).fill(0)), 'zero'],
    ['a feed that never had items', Array(35).fill(0), null],
    ['a very quiet feed with a slightly quieter week', days(Array(28).fill(0).map((_, i) => (i % 7 === 0 ? 1 : 0)), [0, 0, 0, 0, 0, 0, 1]), null],
  ])('%s', (_name, daily, direction) => {
    expect(volumeAnomaly(daily)?.direction ?? null).toBe(direction);
  });

  it('refuses a series of the wrong length', () => {
    expect(() => volumeAnomaly([1, 2, 3])).toThrow(/expected 35/);
  });
});

const NOW = new Date('2026-03-10T12:00:00Z');
const H = 3_600_000;
const at = (hoursAgo: number) => new Date(NOW.getTime() - hoursAgo * H);
const feed = (over: Partial<FeedActivity> = {}): FeedActivity => ({
  feedId: 'f', enabled: true, inConfig: true, pollMinutes: 15, lastSuccessAt: at(0.2), lastNewItemAt: at(1),
  consecutiveFailures: 0, failureScore: 0, lastErrorClass: null, lastError: null, firstFetchAt: at(24 * 60),
  newItemFetches28d: 28 * 24, dailyNew: Array(35).fill(20), lastParsed: [], ...over,
});

describe('feedConditions', () => {
  it.each([
    ['a healthy feed raises nothing', feed(), []],
    ['two failures in a row are weather, not an alert', feed({ consecutiveFailures: 2, lastSuccessAt: at(1) }), []],
    ['three failures in a row are a warning', feed({ consecutiveFailures: 3, lastSuccessAt: at(2), lastErrorClass: 'server_error' }), ['failure_streak:warning']],
    ['a streak with no success for a day is critical', feed({ consecutiveFailures: 9, lastSuccessAt: at(30) }), ['failure_streak:critical']],
    ['a feed quiet far beyond its usual gap is silent', feed({ lastNewItemAt: at(30), dailyNew: Array(35).fill(20) }), ['silent:warning']],
    ['a feed that brings an item a day is not silent after 20 hours', feed({ lastNewItemAt: at(20), newItemFetches28d: 28 }), []],
    ['a disabled feed raises nothing however broken', feed({ enabled: false, consecutiveFailures: 50 }), []],
    ['a week of nothing is a critical volume anomaly (and silence)', feed({ lastNewItemAt: at(24 * 8), dailyNew: [...Array(28).fill(20), ...Array(7).fill(0)] }), ['silent:warning', 'volume_anomaly:critical']],
    ['volume rules wait for 35 days of history', feed({ firstFetchAt: at(24 * 20), dailyNew: [...Array(28).fill(0), ...Array(7).fill(50)] }), []],
    ['a fetch sharing nothing with the previous one suggests polling sooner', feed({ lastParsed: [{ itemsSeen: 20, itemsNew: 20, at: at(0.2) }, { itemsSeen: 20, itemsNew: 3, at: at(0.5) }] }), ['low_overlap:warning']],
    ['the first fetch of a feed is all new and that is fine', feed({ lastParsed: [{ itemsSeen: 20, itemsNew: 20, at: at(0.2) }] }), []],
  ])('%s', (_name, f, expected) => {
    expect(feedConditions(f, NOW).map((c) => `${c.kind}:${c.severity}`)).toEqual(expected);
  });

  it('says why a feed is silent in words an operator can act on', () => {
    const [c] = feedConditions(feed({ lastNewItemAt: at(30) }), NOW);
    expect(c?.message).toMatch(/^f: silent: no new item for 30 h .*URL or content may have changed/);
  });

  it('turns a failed report slot into a critical alert and other jobs into warnings', () => {
    const cs = jobConditions([
      { job: 'report', slot: at(5), status: 'failed', error: 'disk full' },
      { job: 'health', slot: at(1), status: 'failed', error: 'x' },
      { job: 'housekeeping', slot: at(1), status: 'ok', error: null },
    ]);
    expect(cs.map((c) => `${c.kind}:${c.subject}:${c.severity}`)).toEqual(['job_failed:report:critical', 'job_failed:health:warning']);
  });
});

describe('planAlerts', () => {
  const cond = (kind: 'silent' | 'failure_streak', subject: string, severity: 'warning' | 'critical' = 'warning') => ({ kind, subject, severity, message: `${subject} ${kind}`, details: {} });

  it('opens new conditions, keeps open ones and resolves the ones gone', () => {
    const plan = planAlerts(
      [{ id: 1, kind: 'silent', subject: 'a', severity: 'warning' }, { id: 2, kind: 'failure_streak', subject: 'b', severity: 'warning' }],
      [cond('silent', 'a'), cond('failure_streak', 'c')],
      new Map([['b', 'last new item 3 min ago']]),
    );
    expect(plan.open.map((c) => c.subject)).toEqual(['c']);
    expect(plan.update.map((u) => u.id)).toEqual([1]);
    expect(plan.resolve).toEqual([{ id: 2, resolution: 'b: fetches succeed again; last new item 3 min ago' }]);
  });

  it('checking the same condition twice changes nothing to open', () => {
    const first = planAlerts([], [cond('silent', 'a')]);
    expect(first.open).toHaveLength(1);
    const second = planAlerts([{ id: 7, kind: 'silent', subject: 'a', severity: 'warning' }], [cond('silent', 'a')]);
    expect(second.open).toHaveLength(0);
    expect(second.resolve).toHaveLength(0);
  });
});

describe('pendingChanges', () => {
  const row = (over: Partial<AlertRow>): AlertRow => ({
    id: 1, kind: 'silent', subject: 'a', severity: 'warning', message: 'm', details: {}, openedAt: NOW, resolvedAt: null, resolution: null,
    notifiedOpenAt: null, notifiedSeverity: null, notifiedResolvedAt: null, ...over,
  });
  it.each([
    ['a new alert is told once as opened', row({}), ['opened']],
    ['an alert already told is silent on later checks', row({ notifiedOpenAt: NOW, notifiedSeverity: 'warning' }), []],
    ['a rise to critical is told', row({ severity: 'critical', notifiedOpenAt: NOW, notifiedSeverity: 'warning' }), ['escalated']],
    ['a resolution is told once', row({ notifiedOpenAt: NOW, notifiedSeverity: 'warning', resolvedAt: NOW }), ['resolved']],
    ['a resolution already told is silent', row({ notifiedOpenAt: NOW, notifiedSeverity: 'warning', resolvedAt: NOW, notifiedResolvedAt: NOW }), []],
    ['an episode that ended before its opening got out is told in order', row({ resolvedAt: NOW }), ['opened', 'resolved']],
  ])('%s', (_n, r, expected) => {
    expect(pendingChanges(r)).toEqual(expected);
  });
});

describe('Metrics', () => {
  it('renders Prometheus text with HELP, TYPE and escaped labels', () => {
    const m = new Metrics();
    m.counter('covgap_fetches_total', 'Feed fetches.');
    m.gauge('covgap_feed_lag_seconds', 'Lag.');
    m.inc('covgap_fetches_total', { feed: 'a', outcome: 'ok' });
    m.inc('covgap_fetches_total', { outcome: 'ok', feed: 'a' }, 2);
    m.set('covgap_feed_lag_seconds', { feed: 'we"ird\\' }, 1.5);
    expect(m.render()).toBe(
      '# HELP covgap_fetches_total Feed fetches.\n# TYPE covgap_fetches_total counter\ncovgap_fetches_total{feed="a",outcome="ok"} 3\n' +
        '# HELP covgap_feed_lag_seconds Lag.\n# TYPE covgap_feed_lag_seconds gauge\ncovgap_feed_lag_seconds{feed="we\\"ird\\\\"} 1.5\n',
    );
  });
});
