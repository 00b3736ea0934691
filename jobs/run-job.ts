/**
 * Runs one job once, the same way for the daemon and for `covgap run <job>`: availability →
 * lock (singletons) → slot claim (slotted jobs) → run → slot row closed. Never throws for
 * the job's own failure: the outcome says what happened.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/tables.ts';
import { toError } from '../src/errors.ts';
import type { JobContext, JobDef, JobResult } from './job.ts';
import { claimSlot, finishSlot, withJobLock } from './singleton.ts';

export type JobStatus = 'ok' | 'partial' | 'failed' | 'skipped';

export interface JobOutcome {
  readonly job: string;
  readonly status: JobStatus;
  readonly slot: Date | null;
  readonly durationMs: number;
  readonly result?: JobResult;
  /** Why it was skipped or how it failed. */
  readonly reason?: string;
}

export interface RunJobOptions {
  /** Where singleton locks are held (pg: a pool apart from the job's own). */
  readonly lockDb: Kysely<Database>;
  /** host:pid, written to job_runs.owner. */
  readonly owner: string;
}

export async function runJob(def: JobDef, ctx: JobContext, opts: RunJobOptions): Promise<JobOutcome> {
  const t0 = performance.now();
  const done = (status: JobStatus, extra: Partial<JobOutcome> = {}): JobOutcome => ({ job: def.name, status, slot: ctx.slot, durationMs: performance.now() - t0, ...extra });
  const log = ctx.log.child({ job: def.name });
  const ctxJob = { ...ctx, log };

  const unavailable = await def.unavailable?.();
  if (unavailable) {
    log.warn(`job ${def.name}: not run: ${unavailable}`);
    return done('skipped', { reason: unavailable });
  }
  const body = async (): Promise<JobOutcome> => {
    if (def.slotted && ctx.slot) {
      const attempt = await claimSlot(ctx.db, def.name, ctx.slot, opts.owner, ctx.now());
      if (attempt === null) return done('skipped', { reason: `slot ${ctx.slot.toISOString()} already done (or out of attempts)` });
      log.info(`job ${def.name}: slot ${ctx.slot.toISOString()}${attempt > 1 ? ` (attempt ${attempt})` : ''}`);
    }
    const finish = async (status: 'ok' | 'failed' | 'interrupted', summary: unknown, error: string | null) => {
      if (def.slotted && ctx.slot) await finishSlot(ctx.db, def.name, ctx.slot, { status, finishedAt: new Date(), durationMs: performance.now() - t0, summary, error });
    };
    try {
      const result = await def.run(ctxJob);
      await finish('ok', result.summary, null);
      return done(result.partial ? 'partial' : 'ok', { result });
    } catch (err) {
      const e = toError(err);
      log.error(`job ${def.name} failed: ${e.message}`);
      await finish(ctx.signal.aborted ? 'interrupted' : 'failed', null, e.message).catch((f) => log.error(`job ${def.name}: could not record the failure: ${toError(f).message}`));
      return done('failed', { reason: e.message });
    }
  };
  if (!def.singleton) return body();
  const locked = await withJobLock(ctx.db, opts.lockDb, ctx.backend, def.name, body);
  if (!locked.ran) {
    log.info(`job ${def.name}: another process is running it; skipped`);
    return done('skipped', { reason: 'running elsewhere' });
  }
  return locked.value;
}
