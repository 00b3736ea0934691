/**
 * Everything a command or a job needs, built once from the environment: the validated
 * configuration, a logger, the database (migrated, sources and catalog synced) and a fetcher.
 */
import { connect, type DbHandle } from './db/connect.ts';
import { keepOutletWeeks } from './db/outlet-weeks.ts';
import { syncCatalog } from './db/catalog.ts';
import { migrate, type MigrationResult } from './db/migrate.ts';
import { syncSources } from './db/sources.ts';
import { loadConfig, type Config } from './config/load.ts';
import { Fetcher } from './crawl/fetch.ts';
import { createLogger, type Logger } from './log.ts';
import { UserError } from './errors.ts';

export interface AppContext {
  readonly config: Config;
  readonly log: Logger;
  readonly handle: DbHandle;
  close(): Promise<void>;
}

export interface OpenOptions {
  env: Record<string, string | undefined>;
  configDir?: string;
  /** Apply migrations and sync sources + catalog (default true). */
  prepare?: boolean;
  log?: Logger;
}

export function makeLogger(config: Config | null, env: Record<string, string | undefined>): Logger {
  const level = (config?.settings.log_level ?? env.COVGAP_LOG_LEVEL ?? 'info') as 'debug' | 'info' | 'warn' | 'error';
  const fmt = config?.settings.log_format ?? 'auto';
  const secrets = [env.SMTP_PASSWORD, env.COVGAP_SMTP_PASSWORD, env.COVGAP_WEBHOOK_TOKEN, passwordOf(env.DATABASE_URL), passwordOf(env.SMTP_URL)].filter((s): s is string => !!s);
  return createLogger({ level, format: fmt === 'auto' ? undefined : fmt, secrets });
}

export async function openApp(opts: OpenOptions): Promise<AppContext> {
  const config = loadConfig({ env: opts.env, dir: opts.configDir });
  const log = opts.log ?? makeLogger(config, opts.env);
  for (const w of config.warnings) log.debug(w);
  const handle = await openDatabase(config, log);
  try {
    if (opts.prepare !== false) await prepareDatabase(handle, config, log);
  } catch (err) {
    await handle.close();
    throw err;
  }
  return { config, log, handle, close: () => handle.close() };
}

export async function openDatabase(config: Config, log: Logger): Promise<DbHandle> {
  const url = config.settings.database_url;
  try {
    const handle = await connect({ databaseUrl: url, dataDir: config.settings.data_dir });
    log.debug(`database: ${handle.backend} at ${handle.location}`);
    return handle;
  } catch (err) {
    throw new UserError(
      url
        ? `database: cannot connect to ${redact(url)}: ${(err as Error).message}. Is the server running? Unset DATABASE_URL to use the embedded database in ${config.settings.data_dir}.`
        : `database: cannot open the embedded database in ${config.settings.data_dir}: ${(err as Error).message}. Is another covgap process using it? Embedded mode allows one process at a time.`,
    );
  }
}

/** Migrations, then sources and catalog into their tables. */
export async function prepareDatabase(handle: DbHandle, config: Config, log: Logger): Promise<MigrationResult[]> {
  const results = await migrate(handle.db);
  const failed = results.find((r) => r.status === 'failed');
  if (failed) throw failed.error ?? new Error(`migrate: ${failed.name} failed`);
  for (const r of results.filter((r) => r.status === 'applied')) log.info(`migrate: applied ${String(r.version).padStart(3, '0')}_${r.name}`);
  for (const r of results.filter((r) => r.status === 'changed_after_apply')) {
    log.warn(`migrate: sql/${String(r.version).padStart(3, '0')}_${r.name}.sql changed after it was applied; add a new migration instead of editing an applied one`);
  }
  await syncSources(handle.db, config.outlets);
  const sync = await syncCatalog(handle.db, config.catalog);
  await keepOutletWeeks(handle.db, config.settings.report_time_zone);
  if (sync.retiredProjects.length) log.info(`catalog: retired ${sync.retiredProjects.join(', ')} (kept with their history)`);
  return results;
}

export function makeFetcher(config: Config, log: Logger, extraHosts: readonly string[] = []): Fetcher {
  const s = config.settings;
  return new Fetcher(
    {
      userAgent: s.user_agent,
      timeoutMs: s.fetch_timeout_sec * 1000,
      maxBytes: s.fetch_max_mib * 1024 * 1024,
      maxRedirects: s.max_redirects,
      hostDelayMs: s.host_delay_ms,
      respectRobots: s.respect_robots,
      allowedHosts: [...allowedHostsOf(config), ...extraHosts],
    },
    log,
  );
}

/** Redirect targets we accept: every configured host and its site's subdomains (`*.belta.by`). */
export function allowedHostsOf(config: Pick<Config, 'outlets'>): string[] {
  const hosts = new Set<string>();
  for (const o of config.outlets) {
    for (const u of [o.site, ...o.feeds.map((f) => f.url)]) {
      if (!u) continue;
      const host = new URL(u).hostname.toLowerCase();
      hosts.add(host);
      const labels = host.split('.');
      if (labels.length >= 2 && !/^\d+$/.test(labels[labels.length - 1]!)) hosts.add('*.' + labels.slice(-2).join('.'));
    }
  }
  return [...hosts].sort();
}

function passwordOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}

function redact(url: string): string {
  const pw = passwordOf(url);
  return pw ? url.split(pw).join('***') : url;
}
