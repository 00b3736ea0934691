/**
 * `covgap schedule`: the daemon. At start it backfills the latest missed slot of each slotted
 * job (a weekly report the host slept through), then runs every job on its node-cron timer,
 * runs match after each crawl that stored something, and serves /healthz and /metrics. `stop()`
 * lets the job in hand finish its current feed or page (the abort signal), then returns.
 */
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { ScheduledTask } from 'node-cron';
import { sql } from 'kysely';
import type { Config } from '../src/config/load.ts';
import { JOB_NAMES, type JobName, type Schedule } from '../src/config/schedule-file.ts';
import type { Fetcher } from '../src/crawl/fetch.ts';
import type { Backend } from '../src/db/connect.ts';
import type { Database } from '../src/db/tables.ts';
import { toError } from '../src/errors.ts';
import type { Logger } from '../src/log.ts';
import type { AlertChannels } from '../src/monitor/deliver-alert.ts';
import { daemonMetrics, type Metrics } from '../src/monitor/metrics.ts';
import { startMetricsServer, type RunningServer } from '../src/monitor/metrics-server.ts';
import { runJob, type JobOutcome } from './run-job.ts';
import { cronTasks, JOBS } from './schedule.ts';
import { previousSlot, slotDone } from './singleton.ts';

export interface DaemonOptions {
  readonly db: Kysely<Database>;
  readonly backend: Backend;
  /** Where singleton locks are held; default `db` (give pg a pool of its own: see singleton.ts). */
  readonly lockDb?: Kysely<Database>;
  readonly config: Config;
  readonly schedule: Schedule;
  readonly log: Logger;
  readonly fetcher: Pick<Fetcher, 'fetch'>;
  readonly channels: AlertChannels;
  /** Default: real time. Tests pass a fake clock and call `trigger` themselves. */
  readonly now?: () => Date;
  /** host:pid unless given (two daemons in one test process need two names). */
  readonly owner?: string;
  /** Listen for /healthz and /metrics; null = off. */
  readonly http?: { host: string; port: number } | null;
}

export type StopResult = 'clean' | 'timeout';

export class Daemon {
  readonly metrics: Metrics = daemonMetrics();
  readonly owner: string;
  readonly #o: DaemonOptions;
  readonly #abort = new AbortController();
  readonly #inFlight = new Set<Promise<unknown>>();
  #tasks: ScheduledTask[] = [];
  #server: RunningServer | null = null;
  #started = false;

  constructor(options: DaemonOptions) {
    this.#o = options;
    this.owner = options.owner ?? `${hostname()}:${process.pid}`;
  }

  get stopping(): boolean {
    return this.#abort.signal.aborted;
  }

  /** The /healthz and /metrics address once started (null when off). */
  get httpUrl(): string | null {
    return this.#server?.url ?? null;
  }

  /** Backfills missed slots, starts the timers and the HTTP endpoint. */
  async start(): Promise<void> {
    if (this.#started) throw new Error('schedule: daemon already started');
    this.#started = true;
    const { log, schedule } = this.#o;
    if (this.#o.http) {
      try {
        this.#server = await startMetricsServer({ health: () => this.#health(), metrics: () => this.#renderMetrics() }, this.#o.http.host, this.#o.http.port);
      } catch (err) {
        // A taken port (a second daemon on this host) costs the endpoint, not the crawl.
        log.error(toError(err).message);
      }
    }
    this.#tasks = cronTasks(schedule, (job, slot) => this.trigger(job, slot), log);
    for (const t of this.#tasks) await t.start();
    const timed = JOB_NAMES.filter((j) => schedule[j].enabled && schedule[j].cron).map((j) => `${j} "${schedule[j].cron}" ${schedule[j].timeZone}`);
    log.info(`schedule: started as ${this.owner}; ${timed.join('; ')}${this.#server ? `; metrics at ${this.#server.url}/metrics` : ''}`);
    // Backfill after the timers are armed, so a long backfill never delays a due crawl.
    this.#track(this.backfill());
  }

  /** Runs the latest slot of each slotted job that was missed within its window. */
  async backfill(): Promise<JobOutcome[]> {
    const out: JobOutcome[] = [];
    for (const job of JOB_NAMES) {
      const def = JOBS[job];
      const s = this.#o.schedule[job];
      if (!def.slotted || !s.enabled || !s.cron || this.stopping) continue;
      const slot = previousSlot(s.cron, s.timeZone, this.#now(), def.backfillMs);
      if (!slot || (await slotDone(this.#o.db, job, slot))) continue;
      this.#o.log.info(`schedule: ${job} missed its ${slot.toISOString()} slot; running it now`);
      out.push(await this.trigger(job, slot));
    }
    return out;
  }

  /**
   * Runs one job now, as a timer tick does: `slot` names the cron instant (slotted jobs run it
   * once across daemons). A crawl that stored something is followed by match.
   */
  trigger(job: JobName, slot: Date | null = null): Promise<JobOutcome> {
    const p = this.#run(job, slot);
    this.#track(p);
    return p;
  }

  /**
   * Stops the timers, tells the running job to stop after the item in hand and waits for it at
   * most `graceMs`. The caller closes the database afterwards.
   */
  async stop(graceMs: number): Promise<StopResult> {
    this.#abort.abort(new Error('schedule: stopping'));
    for (const t of this.#tasks) await t.destroy();
    this.#tasks = [];
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<StopResult>((ok) => (timer = setTimeout(() => ok('timeout'), graceMs)));
    const drained = (async (): Promise<StopResult> => {
      while (this.#inFlight.size) await Promise.allSettled([...this.#inFlight]);
      return 'clean';
    })();
    const result = await Promise.race([drained, timeout]);
    clearTimeout(timer);
    await this.#server?.close();
    this.#server = null;
    return result;
  }

  async #run(job: JobName, slot: Date | null): Promise<JobOutcome> {
    if (this.stopping) return { job, status: 'skipped', slot, durationMs: 0, reason: 'stopping' };
    const o = this.#o;
    const def = JOBS[job];
    const ctx = {
      db: o.db, backend: o.backend, config: o.config, log: o.log, now: () => this.#now(), signal: this.#abort.signal,
      fetcher: o.fetcher, channels: o.channels, slot: def.slotted ? (slot ?? this.#now()) : null, metrics: this.metrics,
    };
    const outcome = await runJob(def, ctx, { lockDb: o.lockDb ?? o.db, owner: this.owner });
    this.metrics.inc('covgap_job_runs_total', { job, result: outcome.status });
    if (outcome.status !== 'skipped') this.metrics.set('covgap_job_last_duration_seconds', { job }, outcome.durationMs / 1000);
    if (outcome.status === 'ok' || outcome.status === 'partial') this.metrics.set('covgap_job_last_success_timestamp_seconds', { job }, Date.now() / 1000);
    if (outcome.result) o.log.info(outcome.result.text, { job, status: outcome.status, durationMs: Math.round(outcome.durationMs) });
    if (job === 'crawl' && (outcome.result?.stored ?? 0) > 0 && o.schedule.match.enabled && !this.stopping) await this.trigger('match');
    return outcome;
  }

  #now(): Date {
    return this.#o.now ? this.#o.now() : new Date();
  }

  #track(p: Promise<unknown>): void {
    const q = p.catch((err) => this.#o.log.error(`schedule: ${toError(err).message}`)).finally(() => this.#inFlight.delete(q));
    this.#inFlight.add(q);
  }

  async #health(): Promise<{ ok: boolean; [k: string]: unknown }> {
    try {
      await sql`select 1`.execute(this.#o.db);
      return { ok: !this.stopping, status: this.stopping ? 'stopping' : 'running', owner: this.owner, running: this.#inFlight.size };
    } catch (err) {
      return { ok: false, status: 'database unavailable', error: toError(err).message };
    }
  }

  async #renderMetrics(): Promise<string> {
    const m = this.metrics;
    const now = this.#now();
    try {
      const feeds = await this.#o.db.selectFrom('feeds').select(['id', 'next_poll_at', 'last_success_at', 'failure_score'])
        .where('in_config', '=', true).where('enabled', '=', true).execute();
      for (const name of ['covgap_feed_lag_seconds', 'covgap_feed_last_success_timestamp_seconds', 'covgap_feed_failure_score', 'covgap_alerts_open']) m.clear(name);
      for (const f of feeds) {
        m.set('covgap_feed_lag_seconds', { feed: f.id }, Math.max(0, (now.getTime() - new Date(f.next_poll_at).getTime()) / 1000));
        if (f.last_success_at) m.set('covgap_feed_last_success_timestamp_seconds', { feed: f.id }, new Date(f.last_success_at).getTime() / 1000);
        m.set('covgap_feed_failure_score', { feed: f.id }, f.failure_score);
      }
      const alerts = await this.#o.db.selectFrom('alerts').select(['severity', (eb) => eb.fn.countAll<number>().as('n')]).where('resolved_at', 'is', null).groupBy('severity').execute();
      for (const sev of ['warning', 'critical']) m.set('covgap_alerts_open', { severity: sev }, Number(alerts.find((a) => a.severity === sev)?.n ?? 0));
      m.set('covgap_up', {}, this.stopping ? 0 : 1);
    } catch {
      m.set('covgap_up', {}, 0);
    }
    return m.render();
  }
}
