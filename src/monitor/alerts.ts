/**
 * Alerts as episodes: conditions seen now vs alerts still open → what to open, update and
 * resolve; and which changes of state still have to be told to the operator. Pure, so the
 * "one message per change of state, not per check" rule is tested without a database.
 */
import type { AlertKind, AlertSeverity, Condition } from './health.ts';

export interface OpenAlert {
  readonly id: number;
  readonly kind: AlertKind;
  readonly subject: string;
  readonly severity: AlertSeverity;
}

export interface AlertPlan {
  readonly open: Condition[];
  /** Still true: refresh message, severity, details and last_seen_at. */
  readonly update: { id: number; condition: Condition }[];
  readonly resolve: { id: number; resolution: string }[];
}

const RECOVERED: Readonly<Record<AlertKind, string>> = {
  failure_streak: 'fetches succeed again',
  silent: 'new items arrive again',
  volume_anomaly: 'volume back within its usual band',
  low_overlap: 'consecutive fetches overlap again',
  job_failed: 'the job succeeded since',
};

/**
 * Matches conditions to open alerts by (kind, subject). An open alert whose subject was not
 * checked this time (`checked` lacks it, e.g. a feed left the config) is resolved too.
 */
export function planAlerts(open: readonly OpenAlert[], conditions: readonly Condition[], recovery: ReadonlyMap<string, string> = new Map()): AlertPlan {
  const key = (k: string, s: string) => `${k}\u0000${s}`;
  const now = new Map(conditions.map((c) => [key(c.kind, c.subject), c]));
  const plan: AlertPlan = { open: [], update: [], resolve: [] };
  const seen = new Set<string>();
  for (const a of open) {
    const k = key(a.kind, a.subject);
    const c = now.get(k);
    if (c) {
      plan.update.push({ id: a.id, condition: c });
      seen.add(k);
    } else {
      const extra = recovery.get(a.subject);
      plan.resolve.push({ id: a.id, resolution: `${a.subject}: ${RECOVERED[a.kind]}${extra ? `; ${extra}` : ''}` });
    }
  }
  for (const [k, c] of now) if (!seen.has(k)) plan.open.push(c);
  return plan;
}

export type AlertChange = 'opened' | 'escalated' | 'eased' | 'resolved';

export interface AlertRow {
  readonly id: number;
  readonly kind: AlertKind;
  readonly subject: string;
  readonly severity: AlertSeverity;
  readonly message: string;
  readonly details: unknown;
  readonly openedAt: Date;
  readonly resolvedAt: Date | null;
  readonly resolution: string | null;
  readonly notifiedOpenAt: Date | null;
  readonly notifiedSeverity: AlertSeverity | null;
  readonly notifiedResolvedAt: Date | null;
}

/** The changes of state of one alert that were not delivered yet, in the order they happened. */
export function pendingChanges(a: AlertRow): AlertChange[] {
  const out: AlertChange[] = [];
  if (!a.notifiedOpenAt) out.push('opened');
  else if (!a.resolvedAt && a.notifiedSeverity && a.notifiedSeverity !== a.severity) out.push(a.severity === 'critical' ? 'escalated' : 'eased');
  if (a.resolvedAt && !a.notifiedResolvedAt) out.push('resolved');
  return out;
}
