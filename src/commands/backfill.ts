/** `covgap backfill`: walk an outlet's archive into the items table (src/backfill/run.ts). */
import type { Command } from 'commander';
import { EXIT, type CommandContext } from '../cli.ts';
import type { Config } from '../config/load.ts';
import { makeFetcher, openApp } from '../context.ts';
import type { Fetcher } from '../crawl/fetch.ts';
import { backfill, type BackfillSummary } from '../backfill/run.ts';
import { progressSink } from '../backfill/progress.ts';
import { UserError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { matchStored } from '../match/run.ts';

interface BackfillFlags {
  source: string[];
  from: string;
  to?: string;
  maxPages?: string;
  pages: boolean;
  dryRun?: boolean;
  json?: boolean;
}

export function registerBackfillCommand(program: Command, ctx: CommandContext): void {
  program
    .command('backfill')
    .description("Walk an outlet's archive (day lists, news-list pages, sitemaps) and store the past items, resumably")
    .requiredOption('--source <id...>', 'archive id, or an outlet id for all its enabled archives (config/sources.yaml archive:)')
    .requiredOption('--from <day>', 'first day, YYYY-MM-DD (in the outlet\'s time zone)')
    .option('--to <day>', 'last day, YYYY-MM-DD (default: yesterday)')
    .option('--max-pages <n>', 'listing pages fetched per archive in this run at most (default: no limit)')
    .option('--no-pages', 'store the listed items only; their article pages wait for the crawl\'s page step')
    .option('--dry-run', 'show what is done and which listing comes next; fetch nothing')
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', `
Listings come from the archive's URL template: BelTA's day list
(/all_news/page/{page}/?day={dd}&month={mm}&year={yy}/), Kazinform's lenta (/ru/lenta/?page={page}),
a sitemap. Found articles go through the crawl's dedup, page fetch and extraction, then matching;
items keep the time the listing printed (the page's own time wins when it has one).

Progress is stored per listing page (table backfill_units): run the same command again after
an interruption (Ctrl-C, kill, reboot) and it continues where it stopped without fetching done
pages again. A listing that lists nothing where items were expected stops that archive with
"markup changed" (exit 3) instead of walking empty pages.

The backfill has its own fetcher (backfill_host_delay_ms, default 5 s between requests to a host;
robots.txt obeyed) and never takes the crawl's feeds or page queue; see docs/operations.md.

Exit: 0 done (or stopped by --max-pages) · 3 an archive failed (markup changed, fetch failure) · 2 database lost.

Examples:
  covgap backfill --source belta-ru-all-news --from 2024-01-01 --to 2024-12-31
  covgap backfill --source kazinform --from 2025-06-01 --max-pages 200
  covgap backfill --source belta-ru-all-news --from 2024-01-01 --dry-run`)
    .action(async (flags: BackfillFlags) => {
      const to = flags.to ?? new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      const maxPages = flags.maxPages === undefined ? undefined : Number(flags.maxPages);
      if (maxPages !== undefined && (!Number.isInteger(maxPages) || maxPages < 0)) throw new UserError(`backfill: --max-pages takes a whole number (got ${flags.maxPages})`);
      const app = await openApp({ env: ctx.env, configDir: ctx.configDir() });
      const stop = new AbortController();
      const onSignal = () => {
        app.log.info('backfill: stopping after the listing page in hand; run the same command again to continue');
        stop.abort();
      };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      const sink = progressSink({ tty: !flags.json && !!process.stderr.isTTY, write: (s) => process.stderr.write(s) });
      try {
        const summary = await backfill(
          { db: app.handle.db, config: app.config, fetcher: backfillFetcher(app.config, app.log), log: app.log, backend: app.handle.backend, progress: flags.dryRun ? undefined : (s) => sink.update(s) },
          { sources: flags.source, from: flags.from, to, maxPages, dryRun: flags.dryRun, pages: flags.pages, signal: stop.signal },
        );
        sink.done();
        let match = null;
        if (!summary.fatal && !flags.dryRun && summary.sources.some((s) => s.itemsNew > 0 || s.pagesFetched > 0)) {
          match = await matchStored({ db: app.handle.db, catalog: app.config.catalog, log: app.log, threshold: app.config.settings.match_threshold, workers: app.config.settings.match_workers });
        }
        process.stdout.write(flags.json ? JSON.stringify({ ...summary, fatal: summary.fatal?.message ?? null, match }, null, 2) + '\n' : formatBackfillSummary(summary, flags.dryRun ?? false) + (match ? `\nmatch: ${match.items} items, ${match.matched} with a project (${match.matches} matches)` : '') + '\n');
        ctx.setExit(backfillExitCode(summary));
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await app.close();
      }
    });
}

/** The crawl's fetcher settings with the backfill's slower per-host delay: a separate budget. */
export function backfillFetcher(config: Config, log: Logger): Fetcher {
  return makeFetcher({ ...config, settings: { ...config.settings, host_delay_ms: config.settings.backfill_host_delay_ms } }, log.child({ stage: 'backfill' }));
}

export function backfillExitCode(s: BackfillSummary): number {
  if (s.fatal) return EXIT.database;
  return s.sources.some((o) => o.outcome === 'failed') ? EXIT.partial : EXIT.ok;
}

export function formatBackfillSummary(s: BackfillSummary, dryRun: boolean): string {
  const lines: string[] = [];
  for (const o of s.sources) {
    const days = o.daysTotal !== null ? `${o.daysDone}/${o.daysTotal} days` : `${Math.round(o.fraction * 100)}%`;
    if (dryRun) {
      lines.push(`backfill ${o.source} (${o.mode}): ${days} walked${o.next ? `; next: ${o.next}` : '; nothing left to fetch'}`);
      continue;
    }
    lines.push(`backfill ${o.source}: ${o.outcome} — ${days}, ${o.listings} listing page(s), ${o.itemsFound} items (${o.itemsNew} new), pages ${o.pagesFetched} fetched, ${o.pagesFailed} failed`);
    if (o.message) lines.push(`  ${o.failure}: ${o.message}`);
    if (o.outcome === 'stopped' && o.next) lines.push(`  continues with ${o.next} (run the same command again)`);
  }
  if (s.reprints?.reprints) lines.push(`reprints: ${s.reprints.reprints} regional item(s) found to reprint agency copy`);
  if (s.fatal) lines.push(`stopped: ${s.fatal.message}`);
  return lines.join('\n');
}
