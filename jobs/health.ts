/**
 * The health job (hourly): feed rules → alerts opened, updated, resolved → each change of
 * state delivered once (log, and mail/webhook when configured). See src/monitor/run.ts.
 */
import { runHealth } from '../src/monitor/run.ts';
import type { JobDef } from './job.ts';

const HOUR = 3_600_000;

export const healthJob: JobDef = {
  name: 'health',
  singleton: true,
  slotted: true,
  // A missed hourly check is made up once, not once per missed hour.
  backfillMs: 2 * HOUR,
  async run(ctx) {
    const h = await runHealth({ db: ctx.db, log: ctx.log, channels: ctx.channels, now: ctx.now() });
    return {
      summary: { ...h },
      text: `health: ${h.feeds} feeds, ${h.open} alert(s) open (${h.opened} opened, ${h.resolved} resolved); ${h.delivered} notification(s) sent${h.deliveryErrors ? `, ${h.deliveryErrors} failed (retried next check)` : ''}`,
      partial: h.deliveryErrors > 0,
    };
  },
};
