/**
 * Opens the database: a PostgreSQL server through `pg` when a URL is given, otherwise an
 * embedded PGlite persisted in a data directory. This is the only file that knows which.
 *
 * Both sit behind Kysely's own PostgresDialect. PGlite has a single connection, so the pool
 * adapter below hands it out to one Kysely connection at a time (a transaction keeps it until
 * commit/rollback) — measured to handle nested use, transactions and rollback.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient, type PostgresQueryResult } from 'kysely';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import type { Database } from './tables.ts';

export type Backend = 'pg' | 'pglite';

export interface DbHandle {
  readonly db: Kysely<Database>;
  readonly backend: Backend;
  /** Where the data lives: a redacted URL or the PGlite directory. */
  readonly location: string;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** postgres://… — when absent, PGlite is used. */
  databaseUrl?: string | null;
  /** PGlite data directory (created when missing); `memory://` for a throw-away database. */
  dataDir?: string;
  /** Maximum pg pool size (default 4). */
  poolSize?: number;
  /** An already open PGlite instance to use (tests load one from a dump). */
  pglite?: PGlite;
}

// int8 (count(*), bigint ids) and numeric arrive as strings from pg by default; we want numbers
// on both backends. Ids stay far below 2^53.
const INT8 = 20;
const NUMERIC = 1700;

export async function connect(options: ConnectOptions): Promise<DbHandle> {
  if (options.databaseUrl) return connectServer(options.databaseUrl, options.poolSize ?? 4);
  if (options.pglite) return wrapPglite(options.pglite, 'memory://');
  return connectEmbedded(options.dataDir ?? './data');
}

async function connectServer(url: string, poolSize: number): Promise<DbHandle> {
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
      return pg.types.getTypeParser(oid, format);
    },
  };
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types, connectionTimeoutMillis: 10_000 });
  // An idle client that loses its server (restart) emits 'error'; without a listener it would
  // crash the process. The next checkout gets a fresh connection.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, backend: 'pg', location: redactUrl(url), close: () => db.destroy() };
}

async function connectEmbedded(dataDir: string): Promise<DbHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const inMemory = dataDir.startsWith('memory://');
  const location = inMemory ? dataDir : resolve(dataDir);
  if (!inMemory) mkdirSync(location, { recursive: true });
  const pglite = new PGlite(location, {
    parsers: { [INT8]: (v: string) => Number(v), [NUMERIC]: (v: string) => Number(v) },
  });
  return wrapPglite(pglite, location);
}

async function wrapPglite(pglite: PGlite, location: string): Promise<DbHandle> {
  await pglite.waitReady;
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pgliteAsPool(pglite) }) });
  return { db, backend: 'pglite', location, close: () => db.destroy() };
}

/** The subset of pg.Pool that Kysely's PostgresDriver uses, over one PGlite instance. */
function pgliteAsPool(pglite: PGlite): PostgresPool {
  let queue: Promise<void> = Promise.resolve();
  const client = {
    async query<R>(sqlText: string, params: readonly unknown[]): Promise<PostgresQueryResult<R>> {
      // Parameterless text may hold several statements (migrations); the simple protocol
      // (`exec`) runs them all and we return the last result.
      if (params.length === 0) {
        const results = await pglite.exec(sqlText);
        const last = results[results.length - 1];
        return { command: commandOf(sqlText), rowCount: last?.affectedRows ?? 0, rows: (last?.rows ?? []) as R[] };
      }
      const result = await pglite.query<R>(sqlText, [...params]);
      return { command: commandOf(sqlText), rowCount: result.affectedRows ?? 0, rows: result.rows };
    },
    release: () => {},
  };
  return {
    async connect() {
      // Serialise Kysely connections: the next one waits until this one is released.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      const previous = queue;
      queue = previous.then(() => held);
      await previous;
      // Cursor streaming (the second overload of query) is not offered over PGlite.
      return { ...client, release: () => release() } as unknown as PostgresPoolClient;
    },
    async end() {
      await queue;
      await pglite.close();
    },
  };
}

/** The statement's first keyword, as pg reports `command` (Kysely counts affected rows by it). */
function commandOf(sqlText: string): PostgresQueryResult<unknown>['command'] {
  const m = /^\s*(?:--[^\n]*\n\s*)*(\w+)/.exec(sqlText);
  return (m?.[1] ?? '').toUpperCase() as PostgresQueryResult<unknown>['command'];
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable url)';
  }
}
