/**
 * A small structured logger: JSON lines by default (for journald, files and machines), a short
 * human format on a TTY. Passed in as an argument, never a global.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line (e.g. `{ feed: 'belta-ru-all' }`). */
  child(fields: LogFields): Logger;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface LoggerOptions {
  level?: LogLevel;
  /** `json` (default when not a TTY) or `pretty`. */
  format?: 'json' | 'pretty';
  /** Where lines go; stderr by default so stdout stays for command output. */
  write?: (line: string) => void;
  /** Strings that must never appear in a log line (passwords, tokens): replaced by `***`. */
  secrets?: readonly string[];
  now?: () => Date;
}

export function createLogger(options: LoggerOptions = {}, bound: LogFields = {}): Logger {
  const level = ORDER[options.level ?? 'info'];
  const format = options.format ?? (process.stderr.isTTY ? 'pretty' : 'json');
  const write = options.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 4);
  const now = options.now ?? (() => new Date());

  const redact = (line: string): string =>
    secrets.reduce((acc, s) => acc.split(s).join('***'), line);

  const emit = (lvl: LogLevel, msg: string, fields?: LogFields): void => {
    if (ORDER[lvl] < level) return;
    const all = { ...bound, ...fields };
    if (format === 'json') {
      write(redact(JSON.stringify({ time: now().toISOString(), level: lvl, msg, ...all }, jsonSafe)));
    } else {
      const extra = Object.entries(all)
        .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v, jsonSafe)}`)
        .join(' ');
      const tag = lvl === 'info' ? '' : `${lvl.toUpperCase()} `;
      write(redact(`${tag}${msg}${extra ? '  ' + extra : ''}`));
    }
  };

  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (fields) => createLogger(options, { ...bound, ...fields }),
  };
}

/** A logger that collects lines in memory; for tests and for summaries. */
export function memoryLogger(level: LogLevel = 'debug'): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log = createLogger({ level, format: 'json', write: (l) => lines.push(l) });
  return Object.assign(log, { lines });
}

function jsonSafe(_key: string, value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (typeof value === 'bigint') return value.toString();
  return value;
}
