/**
 * Singleton jobs across processes and hosts. Two guards, as in graphile-worker's cron:
 *  - a Postgres session advisory lock held for the whole run (`pg_try_advisory_lock`): a
 *    second daemon skips instead of waiting, and a crashed holder's lock dies with its session;
 *  - a `(job, slot)` row in job_runs, inserted `on conflict do nothing`-style: only the first
 *    claimant of a cron slot runs it, so a slot runs once even when the lock was free again by
 *    the time a slower daemon got there. Missed slots are found by `previousSlot` and backfilled.
 * PGlite is single-process, so there an in-process lock stands in for the advisory lock.
 */
import { sql, type Kysely } from 'kysely';
import { createTask } from 'node-cron';
import { JOB_NAMES, type JobName } from '../src/config/schedule-file.ts';
import type { Backend } from '../src/db/connect.ts';
import type { Database } from '../src/db/tables.ts';

/** Advisory lock ids: a block next to the migration lock (7 357 001, src/db/migrate.ts). */
export const JOB_LOCK_BASE = 7_357_100;

export function lockKey(job: JobName): number {
  return JOB_LOCK_BASE + JOB_NAMES.indexOf(job);
}

const held = new WeakMap<object, Set<string>>();

export type Locked<T> = { ran: true; value: T } | { ran: false };

/**
 * Runs `fn` while holding the job's lock, or returns `{ ran: false }` at once when another
 * process (or another daemon in this process) holds it. On pg the lock lives on a connection
 * of `lockDb`, which should not be the pool the job itself uses, so a job can never wait for a
 * connection that its own lock holds.
 */
export async function withJobLock<T>(db: Kysely<Database>, lockDb: Kysely<Database>, backend: Backend, job: JobName, fn: () => Promise<T>): Promise<Locked<T>> {
  const mine = held.get(db) ?? new Set<string>();
  held.set(db, mine);
  if (mine.has(job)) return { ran: false };
  mine.add(job);
  try {
    if (backend === 'pglite') return { ran: true, value: await fn() };
    return await lockDb.connection().execute(async (conn) => {
      const got = await sql<{ ok: boolean }>`select pg_try_advisory_lock(${lockKey(job)}::bigint) as ok`.execute(conn);
      if (!got.rows[0]?.ok) return { ran: false } as const;
      try {
        return { ran: true, value: await fn() } as const;
      } finally {
        await sql`select pg_advisory_unlock(${lockKey(job)}::bigint)`.execute(conn);
      }
    });
  } finally {
    mine.delete(job);
  }
}

/** Attempts before a failing slot is left alone until the next one. */
export const MAX_SLOT_ATTEMPTS = 3;

/**
 * Claims a slot: inserts its row, or takes over a row that is not `ok` (failed, interrupted,
 * or `running` with no lock holder left — callers hold the job lock) with attempts left.
 * Returns the attempt number, or null when the slot is done or out of attempts.
 */
export async function claimSlot(db: Kysely<Database>, job: JobName, slot: Date, owner: string, now: Date): Promise<number | null> {
  const r = await sql<{ attempts: number }>`
    insert into job_runs (job, slot, status, attempts, owner, started_at)
    values (${job}, ${slot}, 'running', 1, ${owner}, ${now})
    on conflict (job, slot) do update
      set status = 'running', attempts = job_runs.attempts + 1, owner = excluded.owner,
          started_at = excluded.started_at, finished_at = null, duration_ms = null, error = null
      where job_runs.status <> 'ok' and job_runs.attempts < ${MAX_SLOT_ATTEMPTS}
    returning attempts`.execute(db);
  return r.rows[0]?.attempts ?? null;
}

export async function finishSlot(
  db: Kysely<Database>, job: JobName, slot: Date,
  end: { status: 'ok' | 'failed' | 'interrupted'; finishedAt: Date; durationMs: number; summary?: unknown; error?: string | null },
): Promise<void> {
  await db.updateTable('job_runs').set({
    status: end.status, finished_at: end.finishedAt, duration_ms: Math.round(end.durationMs),
    summary: end.summary === undefined ? null : JSON.stringify(end.summary), error: end.error ?? null,
  }).where('job', '=', job).where('slot', '=', slot).execute();
}

/** Has this slot run to the end already? */
export async function slotDone(db: Kysely<Database>, job: JobName, slot: Date): Promise<boolean> {
  const row = await db.selectFrom('job_runs').select('status').where('job', '=', job).where('slot', '=', slot).executeTakeFirst();
  return row?.status === 'ok';
}

/** Most steps `previousSlot` walks: a week of minutes, or 5½ hours of seconds. */
const MAX_STEPS = 20_160;

/**
 * The latest instant at or before `now` that `cron` matches in `timeZone`, looking back at
 * most `windowMs`; null when none. Walks back minute by minute (second by second for
 * 6-field patterns) through node-cron's own matcher, so DST and zones agree with the timer.
 *
 * @example previousSlot('0 7 * * 1', 'Europe/Minsk', new Date('2026-03-03T10:00Z'), 7 * 86_400_000)
 *   // → 2026-03-02T04:00:00Z (Monday 07:00 in Minsk)
 */
export function previousSlot(cron: string, timeZone: string, now: Date, windowMs: number): Date | null {
  const seconds = cron.trim().split(/\s+/).length === 6;
  const step = seconds ? 1000 : 60_000;
  const task = createTask(cron, () => undefined, { timezone: timeZone });
  try {
    const start = Math.floor(now.getTime() / step) * step;
    const steps = Math.min(MAX_STEPS, Math.floor(windowMs / step));
    for (let i = 0; i <= steps; i++) {
      const t = new Date(start - i * step);
      if (task.match(t)) return t;
    }
    return null;
  } finally {
    void task.destroy();
  }
}
