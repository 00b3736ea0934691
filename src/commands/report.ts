/** `covgap report`: the weekly gap report — files, and e-mail with --send. */
import type { Command } from 'commander';
import type { CommandContext } from '../cli.ts';
import { loadRecipients, REPORT_FORMATS, type ReportFormat } from '../config/recipients-file.ts';
import { openApp } from '../context.ts';
import { recordSent } from '../db/reports.ts';
import { UserError } from '../errors.ts';
import { parseWeek } from '../gaps/week.ts';
import { smtpTransportFrom } from '../mail/send.ts';
import { sendReport } from '../report/deliver.ts';
import type { ReportLang } from '../report/labels.ts';
import { runReport } from '../report/run.ts';

export function registerReportCommand(program: Command, ctx: CommandContext): void {
  program
    .command('report')
    .description('Write the weekly gap report (HTML, Markdown, CSV, JSON) and e-mail it with --send')
    .option('--week <week>', 'ISO week, e.g. 2026-W47 (default: the last complete week in the report time zone)')
    .option('--format <list>', `formats, comma-separated: ${REPORT_FORMATS.join(',')}`, REPORT_FORMATS.join(','))
    .option('--out <dir>', 'output folder (default: the report_dir setting, ./reports); files go to <dir>/<week>/')
    .option('--lang <list>', 'labels: en, ru or both (en,ru)', 'en')
    .option('--recompute', 'compute the week again and replace its frozen snapshot')
    .option('--send', 'e-mail the report to config/recipients.yaml (SMTP settings from the environment)')
    .addHelpText('after', `
A week's report is frozen the first time it is produced after the week has ended: later runs
re-render the stored model, byte for byte, so numbers published on Monday never change under
an editor. --recompute replaces the snapshot (after a catalog fix, say). A week still in
progress is computed live and marked preliminary; nothing is stored.

Examples:
  covgap report                                  last week, all formats, English
  covgap report --week 2026-W47 --lang en,ru --out /srv/reports
  covgap report --send                           and e-mail it (HTML body, Markdown text, CSVs attached)`)
    .action(async (opts: { week?: string; format: string; out?: string; lang: string; recompute?: boolean; send?: boolean }) => {
      if (opts.week) {
        try {
          parseWeek(opts.week);
        } catch {
          throw new UserError(`report: --week '${opts.week}' is not an ISO week; write it like 2026-W47`);
        }
      }
      const formats = parseList(opts.format, REPORT_FORMATS, '--format') as ReportFormat[];
      const langs = parseList(opts.lang, ['en', 'ru'], '--lang') as ReportLang[];
      const app = await openApp({ env: ctx.env, configDir: ctx.configDir() });
      try {
        const recipients = opts.send ? loadRecipients(app.config.dir) : null;
        const transport = opts.send ? smtpTransportFrom(app.config.settings) : null;
        if (opts.send && !recipients?.recipients.length) throw new UserError(`report: --send, but ${app.config.dir}/recipients.yaml lists no recipients`);
        if (opts.send && !transport) throw new UserError('report: --send needs an SMTP server: set SMTP_URL (smtps://user:pass@host:465) or COVGAP_SMTP_HOST and friends');
        const needed = new Set<ReportLang>([...langs, ...(recipients?.recipients.map((r) => r.lang) ?? [])]);
        const needFormats = new Set<ReportFormat>([...formats, ...(opts.send ? (['html', 'md', 'csv'] as const) : [])]);
        const result = await runReport(
          { db: app.handle.db, catalog: app.config.catalog, settings: app.config.settings, log: app.log, now: new Date() },
          { week: opts.week, formats: [...needFormats], langs: [...needed], outDir: opts.out, recompute: opts.recompute },
        );
        const top = result.report.gaps.slice(0, 5);
        process.stdout.write(`report ${result.week} (${result.state}): ${result.report.gaps.length} gap(s); files in ${result.files[0]?.path.replace(/\/[^/]+$/, '') ?? '-'}\n`);
        for (const g of top) process.stdout.write(`  ${g.kind.padEnd(13)} ${g.projectId}: ${g.reason.en}\n`);
        if (opts.send && recipients && transport) {
          const sent = await sendReport(result.week, result.files, recipients, transport, app.log);
          if (sent.sent.length) await recordSent(app.handle.db, result.week, result.timeZone, sent.sent, new Date());
          process.stdout.write(`e-mail: sent to ${sent.sent.length}, failed ${sent.failed.length}\n`);
          for (const f of sent.failed) process.stdout.write(`  failed: ${f.to.join(', ')}: ${f.error}\n`);
          if (sent.failed.length) ctx.setExit(3);
        }
      } finally {
        await app.close();
      }
    });
}

function parseList(value: string, allowed: readonly string[], flag: string): string[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = items.filter((i) => !allowed.includes(i));
  if (bad.length || !items.length) throw new UserError(`report: ${flag} takes ${allowed.join(', ')} (comma-separated); got '${value}'`);
  return [...new Set(items)];
}
