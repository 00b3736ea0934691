/** `covgap crawl`, `covgap run`. */
import type { Command } from 'commander';
import { EXIT, type CommandContext } from '../cli.ts';
import { makeFetcher, openApp, type AppContext } from '../context.ts';
import { crawl, type CrawlOptions, type CrawlSummary } from '../crawl/run.ts';
import { matchStored } from '../match/run.ts';
import { runJobCommand } from './schedule.ts';

export function registerCrawlCommands(program: Command, ctx: CommandContext): void {
  program
    .command('crawl')
    .description('Fetch feeds and store new items, then fetch the article pages still missing')
    .option('--feed <id...>', 'only these feeds (ids from config/sources.yaml; disabled ones too)')
    .option('--due', 'only feeds whose poll time has come (what the scheduler does)')
    .option('--no-pages', 'skip article pages (feeds only)')
    .addHelpText('after', `
Each feed is fetched with ETag/Last-Modified; an unchanged answer is logged as such. A failing
feed is logged with its error class (timeout, dns, forbidden, unparseable, …) and backs off;
the others go on. Exit: 0 all fetched, 3 some feeds failed (the rest stored), 2 database lost.

Examples:
  covgap crawl                         every enabled feed now
  covgap crawl --feed belta-ru-main    one feed
  covgap crawl --due --no-pages        like the scheduler, feeds only`)
    .action(async (opts: { feed?: string[]; due?: boolean; pages: boolean }) => {
      const app = await openApp({ env: ctx.env, configDir: ctx.configDir() });
      try {
        const summary = await runCrawl(app, { feedIds: opts.feed, dueOnly: opts.due ?? false, pages: opts.pages });
        ctx.setExit(crawlExitCode(summary));
      } finally {
        await app.close();
      }
    });

  program
    .command('run')
    .description('One full cycle on the configured database: migrate, sync catalog, crawl what is due, fetch pages, match; or one job (covgap run <job>)')
    .argument('[job]', 'run only this job, as the daemon would: crawl, match, health, report, housekeeping')
    .option('--all', 'crawl every enabled feed, not only the due ones')
    .option('--force', 'with a job: run even if its current slot (config/schedule.yaml) already ran')
    .addHelpText('after', '\nThis is what `npm start` runs. Cron-only users call it every 15 minutes; `covgap schedule` is the daemon.\n`covgap run health` (hourly) and `covgap run report` (weekly) from crontab run each slot once (docs/operations.md).')
    .action(async (job: string | undefined, opts: { all?: boolean; force?: boolean }) => {
      if (job) return runJobCommand(ctx, job, opts);
      const app = await openApp({ env: ctx.env, configDir: ctx.configDir() });
      try {
        app.log.info(`run: database ${app.handle.backend} at ${app.handle.location}; catalog ${app.config.catalog.version}`);
        const summary = await runCrawl(app, { dueOnly: !opts.all });
        if (!summary.fatal) {
          const m = await matchStored({ db: app.handle.db, catalog: app.config.catalog, log: app.log, threshold: app.config.settings.match_threshold, workers: app.config.settings.match_workers });
          process.stdout.write(`match: ${m.items} items, ${m.matched} with a project (${m.matches} matches), ${m.relevant} relevant\n`);
        }
        ctx.setExit(crawlExitCode(summary));
      } finally {
        await app.close();
      }
    });
}

export async function runCrawl(app: AppContext, opts: CrawlOptions, extraHosts: readonly string[] = []): Promise<CrawlSummary> {
  const fetcher = makeFetcher(app.config, app.log, extraHosts);
  const summary = await crawl({ db: app.handle.db, config: app.config, fetcher, log: app.log }, opts);
  process.stdout.write(formatCrawlSummary(summary) + '\n');
  return summary;
}

export function crawlExitCode(s: CrawlSummary): number {
  if (s.fatal) return EXIT.database;
  return s.feeds.some((f) => f.outcome === 'failed') ? EXIT.partial : EXIT.ok;
}

export function formatCrawlSummary(s: CrawlSummary): string {
  const n = (k: string) => s.feeds.filter((f) => f.outcome === k).length;
  const fresh = s.feeds.reduce((a, f) => a + f.itemsNew, 0);
  const lines = [
    `crawl: ${s.feeds.length} feed(s) — ${n('ok')} fetched (${fresh} new items), ${n('not_modified') + n('unchanged')} unchanged, ${n('failed')} failed`,
  ];
  const failed = s.feeds.filter((f) => f.outcome === 'failed');
  const w = Math.max(0, ...failed.map((f) => f.feedId.length));
  for (const f of failed) lines.push(`  failed  ${f.feedId.padEnd(w)}  ${(f.failure ?? '').padEnd(14)}  ${f.message ?? ''}`);
  if (s.pages.fetched || s.pages.failed) lines.push(`pages: ${s.pages.fetched} fetched, ${s.pages.failed} failed`);
  if (s.reprints?.reprints) lines.push(`reprints: ${s.reprints.reprints} regional item(s) found to reprint agency copy`);
  if (s.fatal) lines.push(`stopped: ${s.fatal.message}`);
  return lines.join('\n');
}
