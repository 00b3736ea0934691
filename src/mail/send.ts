/**
 * One place that knows how covgap reaches an SMTP server: SMTP_URL as given, else the
 * COVGAP_SMTP_* parts (environment only — credentials never sit in config files or logs).
 */
import nodemailer from 'nodemailer';
import type { Settings } from '../config/settings.ts';

export interface SmtpOptions {
  host: string;
  port: number;
  secure: boolean;
  auth?: { user: string; pass: string };
}

export type SmtpSettings = Pick<Settings, 'smtp_url' | 'smtp_host' | 'smtp_port' | 'smtp_user' | 'smtp_password'>;

/** SMTP_URL as is, else host/port/user/password; null when no server is configured. */
export function smtpTransportFrom(s: SmtpSettings): string | SmtpOptions | null {
  if (s.smtp_url) return s.smtp_url;
  if (!s.smtp_host) return null;
  return {
    host: s.smtp_host,
    port: s.smtp_port,
    secure: s.smtp_port === 465,
    ...(s.smtp_user ? { auth: { user: s.smtp_user, pass: s.smtp_password ?? '' } } : {}),
  };
}

export interface MailMessage {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html?: string;
  attachments?: Array<{ filename: string; content: string | Buffer; contentType?: string }>;
}

/** Sends one message; rejects with the server's error, or after `timeoutMs` without an answer. */
export async function sendMail(transport: string | SmtpOptions, message: MailMessage, timeoutMs = 30_000): Promise<{ messageId: string }> {
  const t = nodemailer.createTransport(transport as Parameters<typeof nodemailer.createTransport>[0]);
  let timer: NodeJS.Timeout | undefined;
  try {
    const info = await Promise.race([
      t.sendMail(message),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`mail: no answer from the SMTP server within ${timeoutMs} ms`)), timeoutMs))),
    ]);
    return { messageId: String((info as { messageId?: string }).messageId ?? '') };
  } finally {
    clearTimeout(timer);
    t.close();
  }
}
