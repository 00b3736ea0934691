/**
 * The match job: items the current matcher and catalog have not seen → matches. Runs after
 * each crawl that stored something. A singleton, so two daemons never match the same batch.
 */
import { matchStored } from '../src/match/run.ts';
import type { JobDef } from './job.ts';

export const matchJob: JobDef = {
  name: 'match',
  singleton: true,
  slotted: false,
  backfillMs: 0,
  async run(ctx) {
    const m = await matchStored({ db: ctx.db, catalog: ctx.config.catalog, log: ctx.log, threshold: ctx.config.settings.match_threshold, workers: ctx.config.settings.match_workers, now: ctx.now });
    return {
      summary: { ...m },
      text: `match: ${m.items} items, ${m.matched} with a project (${m.matches} matches), ${m.relevant} relevant`,
    };
  },
};
