/**
 * Tells the operator about one change of an alert: always a log line; a JSON POST to the
 * webhook and a mail when configured. Never throws: returns what failed, so the caller leaves
 * the change undelivered and the next check tries again (at least once, never per check).
 */
import { hostname } from 'node:os';
import type { Settings } from '../config/settings.ts';
import { toError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { AlertChange, AlertRow } from './alerts.ts';
import { sendMail, smtpTransportFrom, type SmtpOptions } from '../mail/send.ts';

export interface AlertChannels {
  readonly webhook: { url: string; token: string | null } | null;
  readonly email: { transport: string | SmtpOptions; from: string; to: string[] } | null;
  /** Per delivery attempt. */
  readonly timeoutMs: number;
}

/** The JSON body of a webhook POST (stable: receivers parse it). */
export interface AlertPayload {
  readonly source: 'covgap';
  readonly change: AlertChange;
  readonly alert: {
    id: number; kind: string; subject: string; severity: string; message: string; details: unknown;
    opened_at: string; resolved_at: string | null; resolution: string | null;
  };
  readonly host: string;
  readonly text: string;
}

/** Channels from the settings; mail needs an SMTP server and recipients, the webhook a URL. */
export function alertChannelsFrom(s: Settings): AlertChannels {
  const to = (s.alert_email_to ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  const transport = smtpTransportFrom(s);
  return {
    webhook: s.alert_webhook_url ? { url: s.alert_webhook_url, token: s.alert_webhook_token } : null,
    email: transport && to.length ? { transport, from: s.mail_from ?? `covgap@${hostname()}`, to } : null,
    timeoutMs: 15_000,
  };
}

export function alertText(change: AlertChange, a: AlertRow): string {
  const verb = { opened: 'ALERT', escalated: 'CRITICAL NOW', eased: 'LESS SEVERE', resolved: 'RESOLVED' }[change];
  const head = `[covgap ${verb}] ${a.severity} ${a.kind} ${a.subject}`;
  if (change === 'resolved') return `${head}\n${a.resolution ?? 'resolved'} (open since ${a.openedAt.toISOString()}, resolved ${a.resolvedAt?.toISOString()})`;
  return `${head}\n${a.message}\n(open since ${a.openedAt.toISOString()})`;
}

export function alertPayload(change: AlertChange, a: AlertRow): AlertPayload {
  return {
    source: 'covgap',
    change,
    alert: {
      id: a.id, kind: a.kind, subject: a.subject, severity: a.severity, message: a.message, details: a.details,
      opened_at: a.openedAt.toISOString(), resolved_at: a.resolvedAt?.toISOString() ?? null, resolution: a.resolution,
    },
    host: hostname(),
    text: alertText(change, a),
  };
}

/** Delivers one change on every configured channel; `errors` lists what failed. */
export async function deliverAlert(change: AlertChange, a: AlertRow, channels: AlertChannels, log: Logger): Promise<{ errors: string[] }> {
  const text = alertText(change, a);
  const fields = { alert: a.id, kind: a.kind, subject: a.subject, change, severity: a.severity };
  if (change === 'resolved' || change === 'eased') log.info(text.replace('\n', ': '), fields);
  else if (a.severity === 'critical') log.error(text.replace('\n', ': '), fields);
  else log.warn(text.replace('\n', ': '), fields);

  const errors: string[] = [];
  if (channels.webhook) {
    try {
      const res = await fetch(channels.webhook.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(channels.webhook.token ? { authorization: `Bearer ${channels.webhook.token}` } : {}) },
        body: JSON.stringify(alertPayload(change, a)),
        signal: AbortSignal.timeout(channels.timeoutMs),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) errors.push(`alert: webhook answered HTTP ${res.status}`);
    } catch (err) {
      errors.push(`alert: webhook ${new URL(channels.webhook.url).host} failed: ${toError(err).message}`);
    }
  }
  if (channels.email) {
    try {
      await sendMail(channels.email.transport, { from: channels.email.from, to: channels.email.to, subject: text.split('\n')[0]!, text }, channels.timeoutMs);
    } catch (err) {
      errors.push(`alert: mail to ${channels.email.to.join(', ')} failed: ${toError(err).message}`);
    }
  }
  for (const e of errors) log.error(e, { alert: a.id, change });
  return { errors };
}

