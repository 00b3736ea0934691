/** Researchers' access: `covgap sql`, `covgap export`, `covgap db grant-researcher`, `covgap db export`. */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { Option, type Command } from 'commander';
import type { CommandContext } from '../cli.ts';
import { loadConfig } from '../config/load.ts';
import { makeLogger, openApp, prepareDatabase } from '../context.ts';
import { connect } from '../db/connect.ts';
import { UserError } from '../errors.ts';
import { copyDatabase } from '../research/copy-database.ts';
import { EXPORT_KINDS, exportRows, type ExportKind } from '../research/export.ts';
import { grantResearcher } from '../research/grant-researcher.ts';
import type { ExportFormat } from '../research/row-format.ts';
import { serveEmbedded } from '../research/sql-server.ts';

export function registerResearchCommands(program: Command, ctx: CommandContext): void {
  // `db` may already exist (another module's subcommands): share it rather than add a second one.
  const db = program.commands.find((c) => c.name() === 'db') ?? program.command('db').description('Database administration: researcher roles, copying the embedded database to a server');

  program
    .command('sql')
    .description('Serve the embedded database over the PostgreSQL protocol on 127.0.0.1 for psql, R, Python, DBeaver')
    .option('--port <n>', 'TCP port on 127.0.0.1 (0 = any free port)', '5433')
    .option('--writable', 'allow writes (default: every transaction is read-only)')
    .option('--max-connections <n>', 'clients at once (they share one session)', '8')
    .addHelpText('after', `
Only for the embedded database (no DATABASE_URL): with a server, connect to it directly.
Stop with Ctrl-C. The clients share PGlite's single session, so statements run one at a time
and a SET in one client is seen by the others. See docs/research.md.

Examples:
  covgap sql                                   then: psql postgres://postgres@127.0.0.1:5433/postgres
  COVGAP_DATA_DIR=data/demo covgap sql --port 0`)
    .action(async (opts: { port: string; writable?: boolean; maxConnections: string }) => {
      const config = loadConfig({ env: ctx.env, dir: ctx.configDir() });
      if (config.settings.database_url) {
        throw new UserError('sql: DATABASE_URL points at a PostgreSQL server; connect to it directly (psql "$DATABASE_URL"). `covgap sql` serves the embedded database only.');
      }
      const log = makeLogger(config, ctx.env);
      const port = intOption('--port', opts.port, 0, 65535);
      let server;
      try {
        server = await serveEmbedded({
          dataDir: config.settings.data_dir, port, readOnly: !opts.writable, maxConnections: intOption('--max-connections', opts.maxConnections, 1, 100),
          prepare: async (handle) => void (await prepareDatabase(handle, config, log)),
        });
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        if (e.code === 'EADDRINUSE') throw new UserError(`sql: port ${port} on 127.0.0.1 is taken (a PostgreSQL server?); choose another with --port, or --port 0`);
        throw err;
      }
      process.stdout.write(
        `Serving ${config.settings.data_dir} (${opts.writable ? 'read-write' : 'read-only'}) at ${server.url}\n` +
          `  psql ${server.url}\n  R:      DBI::dbConnect(RPostgres::Postgres(), host = "127.0.0.1", port = ${server.port}, dbname = "postgres", user = "postgres")\n` +
          `  Python: psycopg.connect("${server.url}")\nViews: research.* (docs/research.md). Ctrl-C to stop.\n`,
      );
      await untilSignal();
      await server.close();
    });

  program
    .command('export')
    .description('Stream items, matches or weekly coverage as CSV or JSON lines (constant memory)')
    .argument('<what>', `one of ${EXPORT_KINDS.join(', ')}`)
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'jsonl']).default('csv'))
    .option('--since <day>', 'first day included, YYYY-MM-DD in the report time zone (coverage: weeks starting on or after it)')
    .option('--until <day>', 'first day excluded, YYYY-MM-DD')
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .addHelpText('after', `
items = research.items (without the search vector), matches = research.item_matches,
coverage = research.weekly_coverage. Timestamps are UTC ISO 8601; in CSV, lists and evidence
are JSON text. Weeks and days follow report_time_zone (COVGAP_REPORT_TZ, Europe/Minsk).

Examples:
  covgap export items --since 2026-01-01 > items.csv
  covgap export matches --format jsonl -o matches.jsonl
  covgap export coverage --since 2025-01-01 --until 2026-01-01`)
    .action(async (what: string, opts: { format: ExportFormat; since?: string; until?: string; out?: string }) => {
      if (!EXPORT_KINDS.includes(what as ExportKind)) throw new UserError(`export: unknown "${what}"; choose one of ${EXPORT_KINDS.join(', ')}`);
      const app = await openApp({ env: ctx.env, configDir: ctx.configDir() });
      const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
      try {
        const result = await exportRows(app.handle.db, {
          kind: what as ExportKind, format: opts.format, since: opts.since ?? null, until: opts.until ?? null, timeZone: app.config.settings.report_time_zone,
        }, (chunk) => writeTo(out, chunk));
        app.log.info(`export: ${result.rows} ${what} rows${opts.out ? ` to ${opts.out}` : ''}`);
      } catch (err) {
        if (err instanceof Error && err.message.startsWith('export:')) throw new UserError(err.message);
        throw err;
      } finally {
        if (opts.out) await new Promise<void>((res, rej) => out.end((e?: Error | null) => (e ? rej(e) : res())));
        await app.close();
      }
    });

  db.command('grant-researcher')
    .description('Create or update a login role that can read the research views (and tables with --tables) and nothing else')
    .argument('<name>', 'role name (lower-case letters, digits, _)')
    .option('--password-env <VAR>', 'set the password from this environment variable (kept out of shell history)')
    .option('--tables', 'also allow SELECT on the public tables (default: research views only)')
    .addHelpText('after', `
PostgreSQL servers only (DATABASE_URL); run it as the role that owns the schema. Re-running it
updates the role (new password, tables granted or revoked).

Examples:
  RESEARCHER_PW=… covgap db grant-researcher anna --password-env RESEARCHER_PW
  covgap db grant-researcher stats_team --tables`)
    .action(async (name: string, opts: { passwordEnv?: string; tables?: boolean }) => {
      const password = opts.passwordEnv ? ctx.env[opts.passwordEnv] : undefined;
      if (opts.passwordEnv && !password) throw new UserError(`db grant-researcher: environment variable ${opts.passwordEnv} is empty or unset`);
      const app = await openApp({ env: ctx.env, configDir: ctx.configDir() });
      try {
        const result = await grantResearcher(app.handle, { name, password: password ?? null, tables: !!opts.tables });
        process.stdout.write(`${result.created ? 'created' : 'updated'} role ${name} on ${app.handle.location}:\n${result.steps.map((s) => '  ' + s).join('\n')}\n`);
      } finally {
        await app.close();
      }
    });

  db.command('export')
    .description('Copy the embedded database (data_dir) into a PostgreSQL server database')
    .requiredOption('--to <url>', 'target database, postgres://user@host:5432/db (migrated first; must hold no items yet)')
    .addHelpText('after', `
Every table is copied in one transaction on the target, 500 rows at a time; the target is
migrated with the same sql/ files first. Then point DATABASE_URL at it and grant researchers.

Example:
  createdb covgap && covgap db export --to postgres://covgap@db.example.org:5432/covgap`)
    .action(async (opts: { to: string }) => {
      if (!/^postgres(ql)?:\/\//.test(opts.to)) throw new UserError(`db export: --to must be a postgres:// URL, got "${opts.to}"`);
      const source = await openApp({ env: { ...ctx.env, DATABASE_URL: '' }, configDir: ctx.configDir() });
      try {
        let target;
        try {
          target = await connect({ databaseUrl: opts.to, poolSize: 1 });
          await target.db.selectNoFrom((eb) => eb.val(1).as('x')).execute();
        } catch (err) {
          await target?.close();
          throw new UserError(`db export: cannot connect to the target: ${(err as Error).message}`);
        }
        try {
          const copies = await copyDatabase(source.handle.db, target.db, {
            onTable: (c) => source.log.info(`db export: ${c.table}: ${c.rows} rows`),
          });
          process.stdout.write(`copied ${source.handle.location} → ${target.location}\n${copies.map((c) => `  ${c.table}: ${c.rows}`).join('\n')}\n`);
        } finally {
          await target.close();
        }
      } finally {
        await source.close();
      }
    });
}

function intOption(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UserError(`${flag} must be a whole number from ${min} to ${max}, got "${value}"`);
  return n;
}

function writeTo(out: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = out.write(chunk, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else out.once('drain', resolve);
  });
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}
