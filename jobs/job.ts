/**
 * What every job gets and returns. A job is a plain async function over a context; the daemon
 * (jobs/daemon.ts) calls it on its cron schedule and `covgap run <job>` calls the same one.
 */
import type { Kysely } from 'kysely';
import type { Config } from '../src/config/load.ts';
import type { JobName } from '../src/config/schedule-file.ts';
import type { Fetcher } from '../src/crawl/fetch.ts';
import type { Backend } from '../src/db/connect.ts';
import type { Database } from '../src/db/tables.ts';
import type { Logger } from '../src/log.ts';
import type { AlertChannels } from '../src/monitor/deliver-alert.ts';
import type { Metrics } from '../src/monitor/metrics.ts';

export interface JobContext {
  readonly db: Kysely<Database>;
  readonly backend: Backend;
  readonly config: Config;
  readonly log: Logger;
  /** The clock: real time in production, a fake one in tests. */
  readonly now: () => Date;
  /** Aborted on SIGTERM/SIGINT: finish the item in hand, start nothing new. */
  readonly signal: AbortSignal;
  readonly fetcher: Pick<Fetcher, 'fetch'>;
  readonly channels: AlertChannels;
  /** The cron instant this run stands for (slotted jobs), else null. */
  readonly slot: Date | null;
  readonly metrics?: Metrics;
}

export interface JobResult {
  /** What happened, for the log, job_runs.summary and `covgap run <job>`'s output. */
  readonly summary: Record<string, unknown>;
  /** One line for people. */
  readonly text: string;
  /** Items or pages stored: the daemon runs match after a crawl that stored something. */
  readonly stored?: number;
  /** Some sources failed but the rest was done (exit code 3 from the CLI). */
  readonly partial?: boolean;
}

export interface JobDef {
  readonly name: JobName;
  /** One run at a time across processes and hosts (Postgres advisory lock). */
  readonly singleton: boolean;
  /** Runs once per cron slot (a job_runs row); missed slots within `backfillMs` are run late. */
  readonly slotted: boolean;
  readonly backfillMs: number;
  /** A reason when the job cannot run in this installation (then no slot is claimed). */
  unavailable?(): Promise<string | null>;
  run(ctx: JobContext): Promise<JobResult>;
}
