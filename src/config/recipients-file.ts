/**
 * config/recipients.yaml: who receives the weekly gap report (`covgap report --send` and the
 * Monday job) and in which language. SMTP credentials are not here: they come from the
 * environment only (SMTP_URL or COVGAP_SMTP_*; see `covgap config`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError } from './load.ts';
import { readYamlFile } from './yaml-file.ts';

export const REPORT_FORMATS = ['html', 'md', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const recipient = z.object({
  email: z.email('not an e-mail address'),
  name: z.string().nullish(),
  lang: z.enum(['en', 'ru']).default('en'),
}).strict();

export const recipientsSchema = z.object({
  from: z.string().min(3).default('covgap <covgap@localhost>'),
  subject: z.string().default('covgap weekly gap report, {week}'),
  recipients: z.array(recipient).default([]),
}).strict();

export interface Recipients {
  readonly from: string;
  /** `{week}` is replaced by the ISO week. */
  readonly subject: string;
  readonly recipients: ReadonlyArray<{ email: string; name: string | null; lang: 'en' | 'ru' }>;
}

/** Reads `<dir>/recipients.yaml` (nobody when absent); throws ConfigError naming the line. */
export function loadRecipients(dir: string): Recipients {
  const file = join(dir, 'recipients.yaml');
  const data = existsSync(file)
    ? (() => {
        const f = readYamlFile(file, recipientsSchema.nullable(), file);
        if (f.problems.length) throw new ConfigError(f.problems);
        return f.data ?? recipientsSchema.parse({});
      })()
    : recipientsSchema.parse({});
  return Object.freeze({
    from: data.from,
    subject: data.subject,
    recipients: data.recipients.map((r) => ({ email: r.email, name: r.name ?? null, lang: r.lang })),
  });
}
