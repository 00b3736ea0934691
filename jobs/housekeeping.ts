/**
 * Housekeeping (daily): trims the fetch log to `fetch_log_days` and job runs to a year, in
 * batches so a big first trim never holds long locks. Items, matches and alerts are kept.
 */
import { sql } from 'kysely';
import type { JobDef } from './job.ts';

const DAY = 86_400_000;
const BATCH = 5000;
const JOB_RUNS_DAYS = 365;

export const housekeepingJob: JobDef = {
  name: 'housekeeping',
  singleton: true,
  slotted: true,
  backfillMs: DAY,
  async run(ctx) {
    const now = ctx.now().getTime();
    const fetchCut = new Date(now - ctx.config.settings.fetch_log_days * DAY);
    let fetches = 0;
    for (;;) {
      if (ctx.signal.aborted) break;
      const r = await sql`delete from fetches where id in (select id from fetches where started_at < ${fetchCut} order by id limit ${BATCH})`.execute(ctx.db);
      const n = Number(r.numAffectedRows ?? 0);
      fetches += n;
      if (n < BATCH) break;
    }
    const runs = await ctx.db.deleteFrom('job_runs').where('started_at', '<', new Date(now - JOB_RUNS_DAYS * DAY)).executeTakeFirst();
    const jobRuns = Number(runs.numDeletedRows);
    return {
      summary: { fetches, jobRuns, fetchCut },
      text: `housekeeping: ${fetches} fetch-log row(s) older than ${ctx.config.settings.fetch_log_days} days and ${jobRuns} job run(s) older than a year deleted`,
    };
  },
};
