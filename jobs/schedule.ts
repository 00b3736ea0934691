/**
 * The job table: job name → the function the daemon's timer and `covgap run <job>` call, and
 * the node-cron tasks built from config/schedule.yaml (explicit time zone, no overlap).
 */
import { createTask, type ScheduledTask } from 'node-cron';
import type { JobName, JobSchedule, Schedule } from '../src/config/schedule-file.ts';
import type { Logger } from '../src/log.ts';
import { crawlJob } from './crawl.ts';
import { healthJob } from './health.ts';
import { housekeepingJob } from './housekeeping.ts';
import type { JobDef } from './job.ts';
import { matchJob } from './match.ts';
import { reportJob } from './report.ts';

export const JOBS: Readonly<Record<JobName, JobDef>> = {
  crawl: crawlJob,
  match: matchJob,
  health: healthJob,
  report: reportJob,
  housekeeping: housekeepingJob,
};

/** The enabled jobs that have a timer of their own. */
export function timedJobs(schedule: Schedule): JobSchedule[] {
  return Object.values(schedule).filter((j) => j.enabled && j.cron);
}

/**
 * One stopped node-cron task per timed job; `onTick(job, slot)` gets the cron instant. Overlap
 * is off: a crawl still running when the next minute strikes makes that tick a no-op.
 */
export function cronTasks(schedule: Schedule, onTick: (job: JobName, slot: Date) => Promise<unknown>, log: Logger): ScheduledTask[] {
  // node-cron's own notices ("new execution blocked by overlap prevention") are routine here.
  const logger = { info: (m: string) => log.debug(`cron: ${m}`), warn: (m: string) => log.debug(`cron: ${m}`), error: (m: string | Error) => log.error(`cron: ${String(m)}`), debug: () => undefined };
  return timedJobs(schedule).map((j) =>
    createTask(j.cron!, async (ctx) => {
      // The tick's own instant, to the second: it names the slot across daemons.
      await onTick(j.job, new Date(Math.floor(ctx.date.getTime() / 1000) * 1000));
    }, { name: `covgap-${j.job}`, timezone: j.timeZone, noOverlap: true, suppressMissedWarning: true, logger }),
  );
}
