/**
 * Per-feed health for `covgap status`: a status word, a severity and the reason in words, plus
 * the exit code cron and Nagios-style checks read (0 OK, 1 warnings, 2 critical). Pure.
 */
export interface FeedState {
  readonly feedId: string;
  readonly outletId: string;
  readonly url: string;
  readonly enabled: boolean;
  readonly inConfig: boolean;
  readonly pollMinutes: number;
  readonly lastFetchAt: Date | null;
  readonly lastSuccessAt: Date | null;
  readonly lastNewItemAt: Date | null;
  readonly nextPollAt: Date | null;
  readonly consecutiveFailures: number;
  readonly failureScore: number;
  readonly lastErrorClass: string | null;
  readonly lastError: string | null;
  readonly items: number;
  readonly items7d: number;
}

export type HealthWord = 'ok' | 'new' | 'disabled' | 'retired' | 'failing' | 'down' | 'silent';
export type Severity = 'ok' | 'warning' | 'critical';

export interface FeedHealth extends FeedState {
  readonly word: HealthWord;
  readonly severity: Severity;
  readonly reason: string;
}

/** An alert the monitor has open (sql/004_monitor.sql), as status shows it. */
export interface OpenAlert {
  readonly kind: string;
  readonly subject: string;
  readonly severity: 'warning' | 'critical';
  readonly message: string;
  readonly openedAt: Date;
}

export interface StatusSummary {
  readonly feeds: FeedHealth[];
  readonly alerts: OpenAlert[];
  readonly totals: { feeds: number; ok: number; warning: number; critical: number; items: number; items7d: number };
  readonly exitCode: 0 | 1 | 2;
}

/** Consecutive failures from which a feed counts as down (critical) rather than failing. */
export const DOWN_AFTER_FAILURES = 3;
/** A feed that still answers but brought nothing new for this many poll intervals (≥ 1 day) is silent. */
export const SILENT_INTERVALS = 8;

export function feedHealth(f: FeedState, now: Date): FeedHealth {
  const say = (word: HealthWord, severity: Severity, reason: string): FeedHealth => ({ ...f, word, severity, reason });
  if (!f.inConfig) return say('retired', 'ok', 'no longer in config/sources.yaml; history kept');
  if (!f.enabled) return say('disabled', 'ok', 'disabled in config/sources.yaml');
  if (!f.lastFetchAt) return say('new', 'ok', 'not fetched yet');
  if (f.consecutiveFailures >= DOWN_AFTER_FAILURES) {
    return say('down', 'critical', `${f.consecutiveFailures} failures in a row, last: ${f.lastErrorClass ?? 'error'}${f.lastSuccessAt ? `; last success ${ago(f.lastSuccessAt, now)}` : '; never succeeded'}`);
  }
  if (f.consecutiveFailures > 0) return say('failing', 'warning', `last fetch failed: ${f.lastErrorClass ?? 'error'} (${f.consecutiveFailures} in a row)`);
  const silentMs = Math.max(86_400_000, SILENT_INTERVALS * f.pollMinutes * 60_000);
  const since = f.lastNewItemAt ?? null;
  if (since && now.getTime() - since.getTime() > silentMs) return say('silent', 'warning', `no new item for ${ago(since, now).replace(' ago', '')}`);
  if (!since && f.lastSuccessAt && f.items === 0) return say('silent', 'warning', 'answers but has brought no item yet');
  return say('ok', 'ok', since ? `last new item ${ago(since, now)}` : 'fetched');
}

/** Feed health plus the monitor's open alerts; the worst of both sets the exit code. */
export function summarize(states: readonly FeedState[], now: Date, alerts: readonly OpenAlert[] = []): StatusSummary {
  const feeds = states.map((s) => feedHealth(s, now));
  const count = (sev: Severity) => feeds.filter((f) => f.severity === sev).length;
  const totals = {
    feeds: feeds.length,
    ok: count('ok'),
    warning: count('warning'),
    critical: count('critical'),
    items: feeds.reduce((a, f) => a + f.items, 0),
    items7d: feeds.reduce((a, f) => a + f.items7d, 0),
  };
  const critical = totals.critical > 0 || alerts.some((a) => a.severity === 'critical');
  const warning = totals.warning > 0 || alerts.length > 0;
  const exitCode = critical ? 2 : warning ? 1 : 0;
  return { feeds, alerts: [...alerts], totals, exitCode };
}

/** A fixed-width table for people. */
export function formatStatus(summary: StatusSummary, now: Date): string {
  const head = ['FEED', 'STATUS', 'LAST SUCCESS', 'LAST NEW ITEM', 'FAILS', 'ITEMS', '7 DAYS', 'REASON'];
  const rows = summary.feeds.map((f) => [
    f.feedId,
    f.word,
    f.lastSuccessAt ? ago(f.lastSuccessAt, now) : '-',
    f.lastNewItemAt ? ago(f.lastNewItemAt, now) : '-',
    f.consecutiveFailures ? `${f.consecutiveFailures} (${f.failureScore.toFixed(1)})` : '0',
    String(f.items),
    String(f.items7d),
    f.reason,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  const t = summary.totals;
  const verdict = summary.exitCode === 2 ? 'CRITICAL' : summary.exitCode === 1 ? 'WARNING' : 'OK';
  const alertLines = summary.alerts.map((a) => `  ${a.severity.toUpperCase().padEnd(8)} ${a.kind} ${a.subject}: ${a.message} (open since ${ago(a.openedAt, now)})`);
  return [
    line(head),
    ...rows.map(line),
    ...(alertLines.length ? ['', `Open alerts (${alertLines.length}):`, ...alertLines] : []),
    '',
    `${verdict}: ${t.feeds} feeds, ${t.ok} ok, ${t.warning} warning, ${t.critical} critical; ${t.items} items stored, ${t.items7d} in the last 7 days`,
  ].join('\n');
}

/** "5 min ago", "3 h ago", "2 d ago". */
export function ago(then: Date, now: Date): string {
  const s = Math.max(0, Math.round((now.getTime() - then.getTime()) / 1000));
  if (s < 90) return `${s} s ago`;
  if (s < 90 * 60) return `${Math.round(s / 60)} min ago`;
  if (s < 36 * 3600) return `${Math.round(s / 3600)} h ago`;
  return `${Math.round(s / 86400)} d ago`;
}
