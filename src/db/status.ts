/** Reads the per-feed state `covgap status` summarises. */
import { sql, type Kysely } from 'kysely';
import type { FeedState, OpenAlert } from '../monitor/status.ts';
import type { Database } from './tables.ts';

export async function readFeedStates(db: Kysely<Database>, now: Date): Promise<FeedState[]> {
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const rows = await db.selectFrom('feeds as f')
    .select([
      'f.id', 'f.outlet_id', 'f.url', 'f.enabled', 'f.in_config', 'f.poll_minutes', 'f.last_fetch_at', 'f.last_success_at',
      'f.last_new_item_at', 'f.next_poll_at', 'f.consecutive_failures', 'f.failure_score', 'f.last_error_class', 'f.last_error',
      sql<number>`(select count(*) from items i where i.feed_id = f.id)`.as('items'),
      sql<number>`(select count(*) from items i where i.feed_id = f.id and i.fetched_at >= ${weekAgo})`.as('items7d'),
    ])
    .orderBy('f.outlet_id').orderBy('f.id')
    .execute();
  return rows.map((r) => ({
    feedId: r.id,
    outletId: r.outlet_id,
    url: r.url,
    enabled: r.enabled,
    inConfig: r.in_config,
    pollMinutes: r.poll_minutes,
    lastFetchAt: r.last_fetch_at,
    lastSuccessAt: r.last_success_at,
    lastNewItemAt: r.last_new_item_at,
    nextPollAt: r.next_poll_at,
    consecutiveFailures: r.consecutive_failures,
    failureScore: r.failure_score,
    lastErrorClass: r.last_error_class,
    lastError: r.last_error,
    items: Number(r.items),
    items7d: Number(r.items7d),
  }));
}

export async function readOpenAlerts(db: Kysely<Database>): Promise<OpenAlert[]> {
  const rows = await db.selectFrom('alerts').select(['kind', 'subject', 'severity', 'message', 'opened_at'])
    .where('resolved_at', 'is', null).orderBy('severity').orderBy('opened_at').execute();
  return rows.map((r) => ({ kind: r.kind, subject: r.subject, severity: r.severity as OpenAlert['severity'], message: r.message, openedAt: r.opened_at }));
}
