/**
 * `covgap <command>`: argv → command → exit code. A thin layer: each action opens what it
 * needs, calls the stage's run function and turns the outcome into text and an exit code.
 *
 * Exit codes: 0 success · 1 error (configuration, usage, unexpected) · 2 database unavailable
 * (crawl/run) or critical health (status) · 3 partial: some sources failed, the rest was stored
 * (crawl/run); for `status`: 1 = warnings, 2 = critical.
 */
import { Command, CommanderError, Option } from 'commander';
import { UserError, toError } from './errors.ts';
import { isConnectionLost } from './db/pg-errors.ts';
import { registerBackfillCommand } from './commands/backfill.ts';
import { registerCatalogCommands } from './commands/catalog.ts';
import { registerCrawlCommands } from './commands/crawl.ts';
import { registerDbCommands } from './commands/db.ts';
import { registerDemoCommand } from './commands/demo.ts';
import { registerMatchCommands } from './commands/match.ts';
import { registerReportCommand } from './commands/report.ts';
import { registerResearchCommands } from './commands/research.ts';
import { registerSourcesCommands } from './commands/sources.ts';
import { registerScheduleCommands } from './commands/schedule.ts';

export const EXIT = { ok: 0, error: 1, database: 2, partial: 3 } as const;

export function buildProgram(env: Record<string, string | undefined>, setExit: (code: number) => void): Command {
  const program = new Command('covgap')
    .description(
      'Measure how the press of Belarus and Kazakhstan covers their cooperation projects.\n\n' +
        'covgap crawls BelTA, Kazinform and regional outlets, matches every item against a catalog of ' +
        'cooperation projects (config/projects.yaml) and regions (config/regions.yaml), stores it all ' +
        'in PostgreSQL and reports the gaps. Without DATABASE_URL it uses an embedded database in ./data/.',
    )
    .version('0.1.0')
    .addOption(new Option('--config <dir>', 'configuration folder (default: the config/ shipped with covgap)').env('COVGAP_CONFIG_DIR'))
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  program.addHelpText(
    'after',
    `
Typical use:
  covgap run                 one full cycle (migrate, crawl what is due, match) — what \`npm start\` does
  covgap crawl               fetch every enabled feed now, then the missing article pages
  covgap status              per-feed health; exit 0 OK, 1 warnings, 2 critical
  covgap catalog check       validate config/*.yaml and show catalog statistics
  covgap demo                the whole cycle against a bundled offline snapshot

Environment:
  DATABASE_URL               postgres://user@host:5432/db (unset: embedded PGlite in ./data/)
  COVGAP_CONFIG_DIR          configuration folder; COVGAP_* variables override settings (covgap config)

Exit codes: 0 ok · 1 error · 2 database unavailable · 3 some sources failed, the rest was stored.`,
  );
  const ctx = { env, setExit, configDir: () => program.opts<{ config?: string }>().config };
  registerDbCommands(program, ctx);
  registerCrawlCommands(program, ctx);
  registerCatalogCommands(program, ctx);
  registerMatchCommands(program, ctx);
  registerReportCommand(program, ctx);
  registerResearchCommands(program, ctx);
  registerDemoCommand(program, ctx);
  registerSourcesCommands(program, ctx);
  registerScheduleCommands(program, ctx);
  registerBackfillCommand(program, ctx);
  return program;
}

export interface CommandContext {
  readonly env: Record<string, string | undefined>;
  readonly setExit: (code: number) => void;
  readonly configDir: () => string | undefined;
}

/** Runs the CLI and returns the exit code (the bin sets process.exitCode). */
export async function main(argv: string[], env: Record<string, string | undefined> = process.env): Promise<number> {
  let code = 0;
  const program = buildProgram(env, (c) => (code = Math.max(code, c)));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : EXIT.error;
    if (err instanceof UserError) {
      process.stderr.write(`covgap: ${err.message}\n`);
      return EXIT.error;
    }
    const e = toError(err);
    // A server that is down when a command opens it (migrate/sync run first) is the documented
    // exit 2, not a crash with a stack (found by test/reliability/hostile-input.test.ts).
    if (isConnectionLost(err)) {
      process.stderr.write(`covgap: database unavailable: ${e.message}. Is the server running? Unset DATABASE_URL to use the embedded database.\n`);
      return EXIT.database;
    }
    process.stderr.write(`covgap: unexpected error: ${e.stack ?? e.message}\n`);
    return EXIT.error;
  }
}
