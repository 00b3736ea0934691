/**
 * The weekly report job (Monday 07:00 in the report time zone by default): a singleton that
 * runs once per slot across daemons and hosts, and is run late (within a week) when the daemon
 * was down at the slot. It does what `covgap report --send` does for the last complete week:
 * freeze the week (or load it, frozen), write every format, and mail config/recipients.yaml
 * when an SMTP server is configured.
 */
import { loadRecipients, REPORT_FORMATS } from '../src/config/recipients-file.ts';
import { recordSent } from '../src/db/reports.ts';
import { smtpTransportFrom } from '../src/mail/send.ts';
import { sendReport } from '../src/report/deliver.ts';
import type { ReportLang } from '../src/report/labels.ts';
import { runReport } from '../src/report/run.ts';
import type { JobDef } from './job.ts';

const DAY = 86_400_000;

export const reportJob: JobDef = {
  name: 'report',
  singleton: true,
  slotted: true,
  backfillMs: 7 * DAY,
  async run(ctx) {
    const s = ctx.config.settings;
    const recipients = loadRecipients(ctx.config.dir);
    const transport = smtpTransportFrom(s);
    const langs = new Set<ReportLang>(['en', ...recipients.recipients.map((r) => r.lang)]);
    const result = await runReport({ db: ctx.db, catalog: ctx.config.catalog, settings: s, log: ctx.log, now: ctx.now() }, { formats: [...REPORT_FORMATS], langs: [...langs] });
    let mail = 'no recipients (config/recipients.yaml)';
    let partial = false;
    if (recipients.recipients.length && !transport) {
      mail = 'recipients listed but no SMTP server (SMTP_URL or COVGAP_SMTP_HOST): not sent';
      partial = true;
    } else if (recipients.recipients.length && transport) {
      const sent = await sendReport(result.week, result.files, recipients, transport, ctx.log);
      if (sent.sent.length) await recordSent(ctx.db, result.week, result.timeZone, sent.sent, new Date());
      mail = `mailed to ${sent.sent.length}, failed ${sent.failed.length}`;
      partial = sent.failed.length > 0;
    }
    return {
      summary: { week: result.week, state: result.state, gaps: result.report.gaps.length, files: result.files.map((f) => f.name), mail },
      text: `report ${result.week} (${result.state}): ${result.report.gaps.length} gap(s), ${result.files.length} file(s); ${mail}`,
      partial,
    };
  },
};
