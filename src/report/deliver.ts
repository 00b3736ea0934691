/** E-mails a rendered report: the HTML as the body, the Markdown as its text part, CSVs attached. */
import type { Recipients } from '../config/recipients-file.ts';
import type { Logger } from '../log.ts';
import { sendMail, type SmtpOptions } from '../mail/send.ts';
import type { ReportLang } from './labels.ts';
import type { RenderedFile } from './run.ts';

export interface SendOutcome {
  readonly sent: string[];
  readonly failed: Array<{ to: string[]; error: string }>;
}

/** One message per language, to the recipients who read it. Never throws; reports failures. */
export async function sendReport(
  week: string,
  files: readonly RenderedFile[],
  recipients: Recipients,
  transport: string | SmtpOptions,
  log: Logger,
): Promise<SendOutcome> {
  const out: SendOutcome = { sent: [], failed: [] };
  const langs = [...new Set(recipients.recipients.map((r) => r.lang))].sort() as ReportLang[];
  for (const lang of langs) {
    const to = recipients.recipients.filter((r) => r.lang === lang).map((r) => (r.name ? `"${r.name.replace(/"/g, '')}" <${r.email}>` : r.email));
    const html = files.find((f) => f.lang === lang && f.format === 'html');
    const md = files.find((f) => f.lang === lang && f.format === 'md');
    if (!html || !md) {
      out.failed.push({ to, error: `report: no ${lang} HTML and Markdown rendered for ${week}` });
      continue;
    }
    try {
      await sendMail(transport, {
        from: recipients.from,
        to,
        subject: recipients.subject.replaceAll('{week}', week),
        text: md.content,
        html: html.content,
        attachments: files.filter((f) => f.lang === lang && f.format === 'csv').map((f) => ({ filename: f.name, content: f.content, contentType: 'text/csv; charset=utf-8' })),
      });
      out.sent.push(...to);
      log.info(`report ${week}: e-mailed (${lang}) to ${to.length} recipient(s)`);
    } catch (err) {
      const error = (err as Error).message;
      out.failed.push({ to, error });
      log.error(`report ${week}: e-mail (${lang}) failed: ${error}`);
    }
  }
  return out;
}
