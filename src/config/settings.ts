/**
 * The settings table: every tunable with its default, environment variable and a doc line
 * (Miniflux's options.go, Crawlee's configuration.ts). Precedence: environment >
 * config/settings.yaml > default. `covgap config` prints the table with the values in force.
 */
import { availableParallelism } from 'node:os';
import { z } from 'zod';

export interface SettingDef<T, K extends string = string> {
  readonly key: K;
  readonly env: string;
  readonly schema: z.ZodType<T>;
  readonly default: T;
  readonly doc: string;
  /** Hide the value in `covgap config` and logs (passwords, tokens). */
  readonly secret?: boolean;
}

const bool = z.preprocess((v) => (typeof v === 'string' ? /^(1|true|yes|on)$/i.test(v) : v), z.boolean());
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

function def<K extends string, T>(key: K, env: string, schema: z.ZodType<T>, dflt: NoInfer<T>, doc: string, secret = false): SettingDef<T, K> {
  return { key, env, schema, default: dflt, doc, secret };
}

/**
 * One match worker per core, at most 4: the main thread still reads and writes every batch
 * (~30 ms per 500 items on PostgreSQL 15, against ~25 ms to match them on one core), so beyond
 * a few workers the database, not the matching, sets the pace.
 */
const DEFAULT_MATCH_WORKERS = Math.min(4, availableParallelism());

export const SETTINGS = [
  def('database_url', 'DATABASE_URL', z.string().nullable(), null, 'PostgreSQL server URL (postgres://user@host:5432/db). Unset: embedded PGlite in data_dir.', true),
  def('data_dir', 'COVGAP_DATA_DIR', z.string(), './data', 'Directory of the embedded PGlite database (used when DATABASE_URL is unset).'),
  def('log_level', 'COVGAP_LOG_LEVEL', z.enum(['debug', 'info', 'warn', 'error']), 'info', 'Least severe log level printed.'),
  def('log_format', 'COVGAP_LOG_FORMAT', z.enum(['auto', 'json', 'pretty']), 'auto', 'Log format: JSON lines, human lines, or auto (human on a terminal).'),
  def('user_agent', 'COVGAP_USER_AGENT', z.string().min(1), 'covgap/0.1 (+https://github.com/covgap/covgap; media coverage research)', 'User-Agent sent with every request.'),
  def('fetch_timeout_sec', 'COVGAP_FETCH_TIMEOUT_SEC', int(1, 300), 20, 'Overall time limit of one HTTP request, body included.'),
  def('fetch_max_mib', 'COVGAP_FETCH_MAX_MIB', int(1, 200), 5, 'Largest response body accepted (after decompression), in MiB.'),
  def('host_delay_ms', 'COVGAP_HOST_DELAY_MS', int(0, 120_000), 2000, 'Minimum time between two requests to the same host.'),
  def('max_redirects', 'COVGAP_MAX_REDIRECTS', int(0, 20), 5, 'Redirects followed per request (only to hosts of configured sources).'),
  def('respect_robots', 'COVGAP_RESPECT_ROBOTS', bool, true, 'Obey robots.txt of each host.'),
  def('backfill_host_delay_ms', 'COVGAP_BACKFILL_HOST_DELAY_MS', int(0, 120_000), 5000, 'Minimum time between two backfill requests to the same host (the backfill has its own fetcher, slower than the crawl).'),
  def('max_pages_per_run', 'COVGAP_MAX_PAGES_PER_RUN', int(0, 100_000), 300, 'Article pages fetched per crawl run at most (the rest wait for the next run).'),
  def('page_attempts', 'COVGAP_PAGE_ATTEMPTS', int(1, 20), 3, 'Attempts to fetch an article page before keeping the feed lead only.'),
  def('title_dedup_days', 'COVGAP_TITLE_DEDUP_DAYS', int(0, 60), 7, 'Same normalised title in the same outlet within this many days is one item.'),
  def('crawl_due_only', 'COVGAP_CRAWL_DUE_ONLY', bool, false, 'covgap crawl fetches only feeds whose poll time has come (the daemon always does).'),
  def('report_time_zone', 'COVGAP_REPORT_TZ', z.string(), 'Europe/Minsk', 'Time zone of report weeks (ISO weeks).'),
  def('gap_silent_weeks', 'COVGAP_GAP_SILENT_WEEKS', int(1, 52), 4, 'A project with no original coverage for this many weeks (report week included) is silent.'),
  def('gap_window_weeks', 'COVGAP_GAP_WINDOW_WEEKS', int(1, 26), 4, 'The current window of the one-sided, central-only, reprint-only and declining rules, in weeks.'),
  def('gap_history_weeks', 'COVGAP_GAP_HISTORY_WEEKS', int(4, 104), 26, 'Baseline weeks before the window (expected coverage) and sparkline length.'),
  def('gap_declining_ratio', 'COVGAP_GAP_DECLINING_RATIO', z.coerce.number().min(0).max(1), 0.25, 'Declining: observed in the window below this fraction of expected.'),
  def('report_dir', 'COVGAP_REPORT_DIR', z.string(), './reports', 'Where covgap report writes its files (one folder per week).'),
  def('match_threshold', 'COVGAP_MATCH_THRESHOLD', z.coerce.number().min(0).max(1), 0.5, 'Lowest score (0–1) that keeps a project match.'),
  def('match_workers', 'COVGAP_MATCH_WORKERS', int(0, 64), DEFAULT_MATCH_WORKERS, 'Worker threads that match a run of 50,000 items or more (a re-match after a catalog change); 0 or 1 = match in the main thread. Default: the cores, at most 4.'),
  // Mail and alert delivery (docs/operations.md). SMTP credentials belong in the environment
  // (a systemd EnvironmentFile), not in settings.yaml: see SMTP_ENV_ONLY below.
  def('smtp_url', 'SMTP_URL', z.string().nullable(), null, 'SMTP server as one URL (smtps://user:pass@host:465). Environment only. Wins over the COVGAP_SMTP_* parts.', true),
  def('smtp_host', 'COVGAP_SMTP_HOST', z.string().nullable(), null, 'SMTP server host (when SMTP_URL is unset). Environment only.'),
  def('smtp_port', 'COVGAP_SMTP_PORT', int(1, 65_535), 587, 'SMTP server port (465 = implicit TLS, else STARTTLS when offered). Environment only.'),
  def('smtp_user', 'COVGAP_SMTP_USER', z.string().nullable(), null, 'SMTP user name. Environment only.'),
  def('smtp_password', 'COVGAP_SMTP_PASSWORD', z.string().nullable(), null, 'SMTP password; never logged. Environment only.', true),
  def('mail_from', 'COVGAP_MAIL_FROM', z.string().nullable(), null, 'Sender address of covgap mail (alerts, reports); default covgap@<hostname>.'),
  def('alert_email_to', 'COVGAP_ALERT_EMAIL_TO', z.string().nullable(), null, 'Comma-separated addresses that get one mail per alert change (opened, escalated, resolved). Unset: no mail.'),
  def('alert_webhook_url', 'COVGAP_ALERT_WEBHOOK_URL', z.string().url().nullable(), null, 'URL that gets one JSON POST per alert change. Unset: no webhook.'),
  def('alert_webhook_token', 'COVGAP_WEBHOOK_TOKEN', z.string().nullable(), null, 'Sent as "Authorization: Bearer <token>" with each webhook POST; never logged. Environment only.', true),
  def('metrics_port', 'COVGAP_METRICS_PORT', int(0, 65_535), 9464, 'Port of the daemon\'s /healthz and /metrics (Prometheus text); 0 = off.'),
  def('metrics_host', 'COVGAP_METRICS_HOST', z.string().min(1), '127.0.0.1', 'Address /healthz and /metrics listen on (local only by default).'),
  def('shutdown_grace_sec', 'COVGAP_SHUTDOWN_GRACE_SEC', int(1, 600), 30, 'On SIGTERM/SIGINT the daemon finishes the feed or page in hand for at most this long, then exits anyway (code 1).'),
  def('fetch_log_days', 'COVGAP_FETCH_LOG_DAYS', int(35, 3650), 90, 'Housekeeping deletes fetch-log rows older than this (health rules read 35 days).'),
] as const;

/** Mail and webhook credentials: the environment only, never settings.yaml (issue 6). */
export const SMTP_ENV_ONLY: ReadonlySet<string> = new Set(['smtp_url', 'smtp_host', 'smtp_port', 'smtp_user', 'smtp_password', 'alert_webhook_token']);

type Defs = typeof SETTINGS;
type ValueOf<D> = D extends SettingDef<infer T, string> ? T : never;
export type Settings = { readonly [D in Defs[number] as D['key']]: ValueOf<D> };

/** Resolves every setting: env var, then the settings file, then the default. */
export function resolveSettings(
  fileValues: Record<string, unknown>,
  env: Record<string, string | undefined>,
  where = 'config/settings.yaml',
): Settings {
  const known = new Set<string>(SETTINGS.map((s) => s.key));
  for (const key of Object.keys(fileValues)) {
    if (!known.has(key)) throw new Error(`config: ${where}: unknown setting '${key}' (known: ${[...known].join(', ')})`);
    if (SMTP_ENV_ONLY.has(key)) throw new Error(`config: ${where}: '${key}' is read from the environment only (${SETTINGS.find((s) => s.key === key)!.env}), so credentials stay out of config files`);
  }
  const out: Record<string, unknown> = {};
  for (const s of SETTINGS) {
    const fromEnv = env[s.env];
    const raw = fromEnv !== undefined && fromEnv !== '' ? fromEnv : s.key in fileValues ? fileValues[s.key] : s.default;
    const parsed = (s.schema as z.ZodType).safeParse(raw);
    if (!parsed.success) {
      const origin = fromEnv !== undefined && fromEnv !== '' ? `environment variable ${s.env}` : `${where}: ${s.key}`;
      throw new Error(`config: ${origin}: ${parsed.error.issues[0]?.message ?? 'invalid'} (${s.doc})`);
    }
    out[s.key] = parsed.data;
  }
  return Object.freeze(out) as Settings;
}
