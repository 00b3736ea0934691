/** `covgap migrate`, `covgap status`, `covgap config`. */
import type { Command } from 'commander';
import type { CommandContext } from '../cli.ts';
import { loadConfig } from '../config/load.ts';
import { SETTINGS } from '../config/settings.ts';
import { openApp, openDatabase, makeLogger } from '../context.ts';
import { readFeedStates, readOpenAlerts } from '../db/status.ts';
import { formatStatus, summarize } from '../monitor/status.ts';
import { migrate } from '../db/migrate.ts';
import { keepOutletWeeks } from '../db/outlet-weeks.ts';
import { syncCatalog } from '../db/catalog.ts';
import { syncSources } from '../db/sources.ts';

export function registerDbCommands(program: Command, ctx: CommandContext): void {
  program
    .command('migrate')
    .description('Create or upgrade the database schema (sql/*.sql), then sync sources and catalog into it')
    .addHelpText('after', '\nSafe to run any time: applied migrations are skipped; two migrators at once wait for each other.')
    .action(async () => {
      const config = loadConfig({ env: ctx.env, dir: ctx.configDir() });
      const log = makeLogger(config, ctx.env);
      const handle = await openDatabase(config, log);
      try {
        const results = await migrate(handle.db);
        for (const r of results) {
          const line = `${String(r.version).padStart(3, '0')}_${r.name}: ${r.status.replace(/_/g, ' ')}`;
          process.stdout.write(line + (r.error ? `\n  ${r.error.message}` : '') + '\n');
        }
        if (results.some((r) => r.status === 'failed')) return ctx.setExit(1);
        await syncSources(handle.db, config.outlets);
        const sync = await syncCatalog(handle.db, config.catalog);
        await keepOutletWeeks(handle.db, config.settings.report_time_zone);
        process.stdout.write(
          `catalog ${config.catalog.version}: ${sync.projects} projects, ${sync.regions} places synced` +
            (sync.retiredProjects.length ? `; retired: ${sync.retiredProjects.join(', ')}` : '') +
            `\ndatabase: ${handle.backend} at ${handle.location}\n`,
        );
      } finally {
        await handle.close();
      }
    });

  program
    .command('status')
    .description('Per-feed health: last success, last new item, failures, items; exit 0 OK, 1 warnings, 2 critical')
    .option('--json', 'print one JSON object (for scripts and monitoring)')
    .addHelpText('after', '\nStatus words: ok, new (never fetched), failing (last fetch failed), down (3+ failures in a row),\nsilent (answers but nothing new for 8 poll intervals, at least a day), disabled, retired.')
    .action(async (opts: { json?: boolean }) => {
      const app = await openApp({ env: ctx.env, configDir: ctx.configDir() });
      try {
        const now = new Date();
        const summary = summarize(await readFeedStates(app.handle.db, now), now, await readOpenAlerts(app.handle.db));
        if (opts.json) {
          process.stdout.write(JSON.stringify({ database: { backend: app.handle.backend, location: app.handle.location }, ...summary }, null, 2) + '\n');
        } else {
          process.stdout.write(formatStatus(summary, now) + '\n');
        }
        ctx.setExit(summary.exitCode);
      } finally {
        await app.close();
      }
    });

  program
    .command('config')
    .description('Print every setting with its value in force, its environment variable and what it does')
    .action(() => {
      const config = loadConfig({ env: ctx.env, dir: ctx.configDir() });
      process.stdout.write(`config folder: ${config.dir}\n\n`);
      for (const s of SETTINGS) {
        const v = (config.settings as Record<string, unknown>)[s.key];
        const shown = s.secret && v ? '*** (set)' : JSON.stringify(v);
        process.stdout.write(`${s.key} = ${shown}\n    env ${s.env}; ${s.doc}\n`);
      }
      for (const w of config.warnings) process.stdout.write(`\n${w}`);
      if (config.warnings.length) process.stdout.write('\n');
    });
}
