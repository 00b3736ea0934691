/**
 * The health check, as a list of steps: read each feed's recent activity from the feeds table,
 * the fetch log and the items → rules (health.ts) → reconcile with the open alerts (alerts.ts)
 * in one transaction → deliver every change of state not yet delivered (deliver-alert.ts).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/tables.ts';
import type { Logger } from '../log.ts';
import { planAlerts, pendingChanges, type AlertRow, type OpenAlert } from './alerts.ts';
import { deliverAlert, type AlertChannels } from './deliver-alert.ts';
import { dailySeries, feedConditions, jobConditions, type Condition, type FeedActivity, type JobRunFact } from './health.ts';
import { BASELINE_DAYS, RECENT_DAYS } from './anomalies.ts';
import { ago } from './status.ts';

export interface HealthContext {
  readonly db: Kysely<Database>;
  readonly log: Logger;
  readonly channels: AlertChannels;
  readonly now: Date;
}

export interface HealthSummary {
  feeds: number;
  conditions: number;
  opened: number;
  resolved: number;
  open: number;
  delivered: number;
  deliveryErrors: number;
}

const DAY = 86_400_000;

export async function runHealth(ctx: HealthContext): Promise<HealthSummary> {
  const feeds = await readActivity(ctx.db, ctx.now);
  const conditions: Condition[] = [
    ...feeds.flatMap((f) => feedConditions(f, ctx.now)),
    ...jobConditions(await latestJobRuns(ctx.db)),
  ];
  const recovery = new Map(feeds.map((f) => [f.feedId, f.lastNewItemAt ? `last new item ${ago(f.lastNewItemAt, ctx.now)}` : '']));
  const plan = await ctx.db.transaction().execute(async (trx) => {
    const open = (await trx.selectFrom('alerts').select(['id', 'kind', 'subject', 'severity']).where('resolved_at', 'is', null).forUpdate().execute()) as OpenAlert[];
    const p = planAlerts(open, conditions, recovery);
    for (const c of p.open) {
      await trx.insertInto('alerts').values({
        kind: c.kind, subject: c.subject, severity: c.severity, message: c.message, details: JSON.stringify(c.details),
        opened_at: ctx.now, last_seen_at: ctx.now,
      }).execute();
    }
    for (const u of p.update) {
      await trx.updateTable('alerts').set({ severity: u.condition.severity, message: u.condition.message, details: JSON.stringify(u.condition.details), last_seen_at: ctx.now })
        .where('id', '=', u.id).execute();
    }
    for (const r of p.resolve) {
      await trx.updateTable('alerts').set({ resolved_at: ctx.now, resolution: r.resolution }).where('id', '=', r.id).execute();
    }
    return p;
  });
  const delivery = await deliverPending(ctx);
  const open = Number((await ctx.db.selectFrom('alerts').select((eb) => eb.fn.countAll().as('n')).where('resolved_at', 'is', null).executeTakeFirstOrThrow()).n);
  const summary = { feeds: feeds.length, conditions: conditions.length, opened: plan.open.length, resolved: plan.resolve.length, open, ...delivery };
  ctx.log.info(`health: ${summary.feeds} feeds checked, ${summary.open} alert(s) open (${summary.opened} new, ${summary.resolved} resolved)`, summary);
  return summary;
}

/** Sends every change of state not delivered yet; marks it delivered when every channel took it. */
export async function deliverPending(ctx: HealthContext): Promise<{ delivered: number; deliveryErrors: number }> {
  const rows = await ctx.db.selectFrom('alerts').selectAll()
    .where((eb) => eb.or([
      eb('notified_open_at', 'is', null),
      eb.and([eb('resolved_at', 'is', null), sql<boolean>`severity is distinct from notified_severity`]),
      eb.and([eb('resolved_at', 'is not', null), eb('notified_resolved_at', 'is', null)]),
    ]))
    .orderBy('id').execute();
  let delivered = 0;
  let deliveryErrors = 0;
  for (const row of rows) {
    const a: AlertRow = {
      id: row.id, kind: row.kind, subject: row.subject, severity: row.severity, message: row.message, details: row.details,
      openedAt: row.opened_at, resolvedAt: row.resolved_at, resolution: row.resolution,
      notifiedOpenAt: row.notified_open_at, notifiedSeverity: row.notified_severity, notifiedResolvedAt: row.notified_resolved_at,
    };
    for (const change of pendingChanges(a)) {
      const { errors } = await deliverAlert(change, a, ctx.channels, ctx.log);
      if (errors.length) {
        deliveryErrors += errors.length;
        break;
      }
      delivered++;
      const at = new Date();
      await ctx.db.updateTable('alerts')
        .set(change === 'resolved' ? { notified_resolved_at: at } : change === 'opened' ? { notified_open_at: at, notified_severity: a.severity } : { notified_severity: a.severity })
        .where('id', '=', a.id).execute();
    }
  }
  return { delivered, deliveryErrors };
}

/** Every configured feed with the facts the rules need, as of `now`. */
export async function readActivity(db: Kysely<Database>, now: Date): Promise<FeedActivity[]> {
  const windowStart = new Date(now.getTime() - (BASELINE_DAYS + RECENT_DAYS) * DAY);
  const monthAgo = new Date(now.getTime() - BASELINE_DAYS * DAY);
  const feeds = await db.selectFrom('feeds').selectAll().where('in_config', '=', true).orderBy('id').execute();
  const fetchStats = await db.selectFrom('fetches')
    .select(['feed_id', sql<Date>`min(started_at)`.as('first'), sql<number>`count(*) filter (where items_new > 0 and started_at >= ${monthAgo})`.as('fresh')])
    .where('target', '=', 'feed').where('started_at', '<=', now).groupBy('feed_id').execute();
  const parsed = await sql<{ feed_id: string; items_seen: number; items_new: number; started_at: Date }>`
    select feed_id, items_seen, items_new, started_at from (
      select feed_id, items_seen, items_new, started_at,
             row_number() over (partition by feed_id order by started_at desc, id desc) as rn
      from fetches where target = 'feed' and outcome = 'ok' and started_at >= ${windowStart} and started_at <= ${now}) t
    where rn <= 2 order by feed_id, rn`.execute(db);
  const volume = await sql<{ feed_id: string; days_ago: number; n: number }>`
    select feed_id, floor(extract(epoch from (${now}::timestamptz - fetched_at)) / 86400)::int as days_ago, count(*)::int as n
    from items where feed_id is not null and fetched_at > ${windowStart} and fetched_at <= ${now}
    group by 1, 2`.execute(db);

  const stats = new Map(fetchStats.map((r) => [r.feed_id, r]));
  const last = new Map<string, FeedActivity['lastParsed'][number][]>();
  for (const r of parsed.rows) {
    const list = last.get(r.feed_id) ?? [];
    list.push({ itemsSeen: r.items_seen, itemsNew: r.items_new, at: new Date(r.started_at) });
    last.set(r.feed_id, list);
  }
  const daily = new Map<string, Map<number, number>>();
  for (const r of volume.rows) {
    const m = daily.get(r.feed_id) ?? new Map<number, number>();
    m.set(Number(r.days_ago), Number(r.n));
    daily.set(r.feed_id, m);
  }
  return feeds.map((f) => {
    const s = stats.get(f.id);
    return {
      feedId: f.id,
      enabled: f.enabled,
      inConfig: f.in_config,
      pollMinutes: f.poll_minutes,
      lastSuccessAt: f.last_success_at,
      lastNewItemAt: f.last_new_item_at,
      consecutiveFailures: f.consecutive_failures,
      failureScore: f.failure_score,
      lastErrorClass: f.last_error_class,
      lastError: f.last_error,
      firstFetchAt: s?.first ? new Date(s.first) : null,
      newItemFetches28d: Number(s?.fresh ?? 0),
      dailyNew: dailySeries(daily.get(f.id) ?? new Map()),
      lastParsed: last.get(f.id) ?? [],
    };
  });
}

/** The latest slot of every scheduled job. */
export async function latestJobRuns(db: Kysely<Database>): Promise<JobRunFact[]> {
  const rows = await sql<{ job: string; slot: Date; status: JobRunFact['status']; error: string | null }>`
    select distinct on (job) job, slot, status, error from job_runs order by job, slot desc`.execute(db);
  return rows.rows.map((r) => ({ job: r.job, slot: new Date(r.slot), status: r.status, error: r.error }));
}

