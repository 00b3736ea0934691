/** `covgap schedule` (the daemon) and `covgap run <job>` (one job, for cron-only users). */
import type { Command } from 'commander';
import { EXIT, type CommandContext } from '../cli.ts';
import { JOB_NAMES, loadSchedule, type JobName } from '../config/schedule-file.ts';
import { makeFetcher, openApp, type AppContext } from '../context.ts';
import { connect, type DbHandle } from '../db/connect.ts';
import { UserError } from '../errors.ts';
import { alertChannelsFrom } from '../monitor/deliver-alert.ts';
import { Daemon } from '../../jobs/daemon.ts';
import { runJob } from '../../jobs/run-job.ts';
import { JOBS } from '../../jobs/schedule.ts';
import { previousSlot } from '../../jobs/singleton.ts';
import { hostname } from 'node:os';

const DAY = 86_400_000;

export function registerScheduleCommands(program: Command, ctx: CommandContext): void {
  program
    .command('schedule')
    .description('The daemon: crawl, match, health, weekly report and housekeeping on their schedules (config/schedule.yaml)')
    .addHelpText('after', `
Runs until SIGTERM or SIGINT, then finishes the feed or page in hand, releases its locks,
closes the database and exits 0 (1 when the job in hand outlasted shutdown_grace_sec).
Several daemons may share one PostgreSQL server: due feeds are claimed one by one and the
singleton jobs (match, health, report, housekeeping) take an advisory lock; each cron slot
runs once. Serves /healthz and /metrics on 127.0.0.1:9464 (COVGAP_METRICS_PORT, 0 = off).
See docs/operations.md for systemd and crontab set-ups.`)
    .action(async () => {
      const app = await openApp({ env: ctx.env, configDir: ctx.configDir() });
      let lockHandle: DbHandle | null = null;
      try {
        const schedule = loadSchedule(app.config.dir);
        const s = app.config.settings;
        // Singleton locks live on their own small pool (see jobs/singleton.ts).
        if (app.handle.backend === 'pg' && s.database_url) lockHandle = await connect({ databaseUrl: s.database_url, poolSize: JOB_NAMES.length });
        const daemon = new Daemon({
          db: app.handle.db, backend: app.handle.backend, lockDb: lockHandle?.db, config: app.config, schedule, log: app.log,
          fetcher: makeFetcher(app.config, app.log), channels: alertChannelsFrom(s),
          http: s.metrics_port ? { host: s.metrics_host, port: s.metrics_port } : null,
        });
        const signal = waitForSignal(app);
        await daemon.start();
        const sig = await signal;
        app.log.info(`schedule: ${sig}: finishing the item in hand (at most ${s.shutdown_grace_sec} s)`);
        const result = await daemon.stop(s.shutdown_grace_sec * 1000);
        if (result === 'timeout') {
          app.log.error(`schedule: the job in hand did not finish within ${s.shutdown_grace_sec} s; exiting anyway (its feed is polled again after its lease)`);
          ctx.setExit(EXIT.error);
          hardExit(EXIT.error);
        } else {
          app.log.info('schedule: stopped cleanly');
        }
      } finally {
        await lockHandle?.close();
        await app.close();
      }
      // Whatever a library left armed (an idle socket, a timer) must not keep us alive.
      hardExit(undefined);
    });
}

/** `covgap run <job>`: one job once, the same function the daemon's timer calls. */
export async function runJobCommand(ctx: CommandContext, name: string, opts: { force?: boolean }): Promise<void> {
  if (!(JOB_NAMES as readonly string[]).includes(name)) throw new UserError(`run: unknown job '${name}' (jobs: ${JOB_NAMES.join(', ')}; no job = one full cycle)`);
  const job = name as JobName;
  const app = await openApp({ env: ctx.env, configDir: ctx.configDir() });
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  try {
    const def = JOBS[job];
    const s = loadSchedule(app.config.dir)[job];
    const now = new Date();
    // Cron-only users: the run stands for the latest slot of the job's schedule, so two hosts'
    // crontabs (or a crontab and a daemon) still run a slot once. --force runs regardless.
    const slot = def.slotted ? (!opts.force && s.enabled && s.cron ? previousSlot(s.cron, s.timeZone, now, Math.max(def.backfillMs, DAY)) : null) ?? now : null;
    const outcome = await runJob(def, {
      db: app.handle.db, backend: app.handle.backend, config: app.config, log: app.log, now: () => new Date(), signal: abort.signal,
      fetcher: makeFetcher(app.config, app.log), channels: alertChannelsFrom(app.config.settings), slot,
    }, { lockDb: app.handle.db, owner: `${hostname()}:${process.pid}` });
    if (outcome.result) process.stdout.write(outcome.result.text + '\n');
    else process.stdout.write(`${job}: ${outcome.status}${outcome.reason ? `: ${outcome.reason}` : ''}\n`);
    ctx.setExit(outcome.status === 'failed' ? EXIT.error : outcome.status === 'partial' ? EXIT.partial : EXIT.ok);
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    await app.close();
  }
}

function waitForSignal(app: AppContext): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let seen = false;
    const on = (sig: NodeJS.Signals) => {
      if (seen) {
        app.log.error(`schedule: second ${sig}: exiting now`);
        process.exit(EXIT.error);
      }
      seen = true;
      resolve(sig);
    };
    process.on('SIGTERM', on);
    process.on('SIGINT', on);
  });
}

function hardExit(code: number | undefined): void {
  setTimeout(() => process.exit(code ?? (typeof process.exitCode === 'number' ? process.exitCode : 0)), 3000).unref();
}
