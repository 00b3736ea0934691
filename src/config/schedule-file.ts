/**
 * config/schedule.yaml: job → cron expression, time zone, enabled. Validated with zod like the
 * other config files; a missing file means the defaults below (the shipped file says the same).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { validate as validCron } from 'node-cron';
import { z } from 'zod';
import { ConfigError } from './load.ts';
import { readYamlFile } from './yaml-file.ts';
import { timeZoneSchema } from './schema.ts';

export const JOB_NAMES = ['crawl', 'match', 'health', 'report', 'housekeeping'] as const;
export type JobName = (typeof JOB_NAMES)[number];

export interface JobSchedule {
  readonly job: JobName;
  /** null: no timer of its own (match runs after each crawl). */
  readonly cron: string | null;
  readonly timeZone: string;
  readonly enabled: boolean;
}

export type Schedule = Readonly<Record<JobName, JobSchedule>>;

/** What covgap does without a schedule.yaml. */
export const DEFAULT_CRON: Readonly<Record<JobName, string | null>> = {
  crawl: '* * * * *',
  match: null,
  health: '7 * * * *',
  report: '0 7 * * 1',
  housekeeping: '30 3 * * *',
};
export const DEFAULT_SCHEDULE_TZ = 'Europe/Minsk';

const timeZone = timeZoneSchema;
const cron = z.string().refine((s) => validCron(s), 'not a cron expression (5 fields, or 6 with seconds first: "0 7 * * 1")');
const jobSchema = z.object({ cron: cron.nullish(), time_zone: timeZone.optional(), enabled: z.boolean().default(true) }).strict();

export const scheduleSchema = z.object({
  time_zone: timeZone.default(DEFAULT_SCHEDULE_TZ),
  jobs: z.partialRecord(z.enum(JOB_NAMES), jobSchema).default({}),
}).strict();

/** Reads `<dir>/schedule.yaml` (defaults when absent); throws ConfigError naming the line. */
export function loadSchedule(dir: string): Schedule {
  const file = join(dir, 'schedule.yaml');
  if (!existsSync(file)) return scheduleFrom(scheduleSchema.parse({}));
  const f = readYamlFile(file, scheduleSchema.nullable(), file);
  if (f.problems.length) throw new ConfigError(f.problems);
  return scheduleFrom(f.data ?? scheduleSchema.parse({}));
}

export function scheduleFrom(data: z.infer<typeof scheduleSchema>): Schedule {
  const out = {} as Record<JobName, JobSchedule>;
  for (const job of JOB_NAMES) {
    const j = data.jobs[job];
    out[job] = Object.freeze({
      job,
      cron: j && j.cron !== undefined ? (j.cron ?? null) : DEFAULT_CRON[job],
      timeZone: j?.time_zone ?? data.time_zone,
      enabled: j?.enabled ?? true,
    });
  }
  return Object.freeze(out);
}

