/** `covgap demo`: the whole cycle against the bundled offline snapshot (demo/). */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { CommandContext } from '../cli.ts';
import { configDirFrom } from '../config/load.ts';
import { openApp } from '../context.ts';
import { readFeedStates } from '../db/status.ts';
import { startStaticServer } from '../demo/server.ts';
import { formatStatus, summarize } from '../monitor/status.ts';
import { matchStored } from '../match/run.ts';
import { runReport } from '../report/run.ts';
import { crawlExitCode, runCrawl } from './crawl.ts';

export const DEMO_DIR = fileURLToPath(new URL('../../demo/', import.meta.url));

export function registerDemoCommand(program: Command, ctx: CommandContext): void {
  program
    .command('demo')
    .description('Run the whole pipeline offline: serve the bundled snapshot locally, crawl it, match it')
    .option('--data <dir>', 'embedded database folder for the demo (emptied first)', './data/demo')
    .option('--reports <dir>', 'where the demo week\'s gap report is written', './reports/demo')
    .addHelpText('after', `
The snapshot (demo/http, described in demo/README.md) is served on 127.0.0.1 and crawled with
the real crawler; the demo's own database is emptied first, so every run gives the same result.
Look at the result afterwards with:
  COVGAP_DATA_DIR=data/demo covgap status
  COVGAP_DATA_DIR=data/demo covgap explain <item-id>`)
    .action(async (opts: { data: string; reports: string }) => {
      if (!existsSync(join(DEMO_DIR, 'sources.yaml'))) throw new Error(`demo: no snapshot in ${DEMO_DIR}`);
      const server = await startStaticServer(join(DEMO_DIR, 'http'));
      const configDir = mkdtempSync(join(tmpdir(), 'covgap-demo-'));
      const dataDir = resolve(opts.data);
      try {
        const shipped = configDirFrom(ctx.env, ctx.configDir());
        for (const f of ['projects.yaml', 'regions.yaml']) copyFileSync(join(shipped, f), join(configDir, f));
        writeFileSync(join(configDir, 'sources.yaml'), readFileSync(join(DEMO_DIR, 'sources.yaml'), 'utf8').replaceAll('{{BASE}}', server.url));
        // A local server: no politeness delay, every page in one run.
        writeFileSync(join(configDir, 'settings.yaml'), 'host_delay_ms: 0\nmax_pages_per_run: 100000\nfetch_timeout_sec: 10\n');
        rmSync(dataDir, { recursive: true, force: true });
        const env = { ...ctx.env, DATABASE_URL: '', COVGAP_DATA_DIR: dataDir, COVGAP_HOST_DELAY_MS: '', COVGAP_MAX_PAGES_PER_RUN: '' };
        const app = await openApp({ env, configDir });
        try {
          app.log.info(`demo: serving ${join(DEMO_DIR, 'http')} at ${server.url}; database ${dataDir}`);
          const crawled = await runCrawl(app, {}, ['127.0.0.1']);
          const matched = await matchStored({ db: app.handle.db, catalog: app.config.catalog, log: app.log, threshold: app.config.settings.match_threshold, workers: app.config.settings.match_workers });
          process.stdout.write(`match: ${matched.items} items, ${matched.matched} with a project (${matched.matches} matches), ${matched.relevant} relevant to Belarus–Kazakhstan cooperation\n`);
          const manifest = JSON.parse(readFileSync(join(DEMO_DIR, 'manifest.json'), 'utf8')) as { reportWeek: string };
          const report = await runReport(
            { db: app.handle.db, catalog: app.config.catalog, settings: app.config.settings, log: app.log, now: new Date() },
            { week: manifest.reportWeek, formats: ['html', 'md', 'csv', 'json'], langs: ['en', 'ru'], outDir: resolve(opts.reports) },
          );
          const html = report.files.find((f) => f.format === 'html' && f.lang === 'en');
          process.stdout.write(`report ${report.week}: ${report.report.gaps.length} gap(s); top 5:\n`);
          for (const g of report.report.gaps.slice(0, 5)) process.stdout.write(`  ${g.kind.padEnd(13)} ${g.projectId}: ${g.reason.en}\n`);
          process.stdout.write(`open ${html?.path ?? '(no html)'}\n\n`);
          const now = new Date();
          process.stdout.write(formatStatus(summarize(await readFeedStates(app.handle.db, now), now), now) + '\n\n');
          process.stdout.write(`Demo database: ${dataDir}\nLook again with: COVGAP_DATA_DIR=${opts.data} npx covgap status\n`);
          ctx.setExit(crawlExitCode(crawled));
        } finally {
          await app.close();
        }
      } finally {
        await server.close();
        rmSync(configDir, { recursive: true, force: true });
      }
    });
}
