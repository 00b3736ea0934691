/**
 * `covgap sql`: the embedded database over the PostgreSQL wire protocol on 127.0.0.1, so psql,
 * R (RPostgres), Python (psycopg), DBeaver… reach a user's local data. PGlite is one session:
 * every client shares it (a SET in one is seen by all) and statements run one at a time; an open
 * transaction holds the others back until it ends (pglite-socket's queue).
 *
 * Read-only by default: the shared session starts with default_transaction_read_only = on, so an
 * analysis script cannot change the data by accident (a client may still `set` it back: this is
 * a guard, not a permission — the embedded database has no roles to enforce one).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { connect, type DbHandle } from '../db/connect.ts';

export interface SqlServerOptions {
  /** The PGlite data directory (settings.data_dir), or an open instance (tests). */
  dataDir?: string;
  pglite?: PGlite;
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  port: number;
  maxConnections?: number;
  readOnly?: boolean;
  /** Migrates and syncs the database before serving (openApp's prepareDatabase). */
  prepare?: (handle: DbHandle) => Promise<void>;
}

export interface SqlServer {
  readonly port: number;
  /** postgres://postgres@127.0.0.1:PORT/postgres — what to give psql, R or Python. */
  readonly url: string;
  close(): Promise<void>;
}

/** Opens the embedded database and serves it on 127.0.0.1 until close(). */
export async function serveEmbedded(opts: SqlServerOptions): Promise<SqlServer> {
  const pglite = opts.pglite ?? (await openPglite(opts.dataDir ?? './data'));
  const handle = await connect({ pglite });
  let server: PGLiteSocketServer | null = null;
  try {
    if (opts.prepare) await opts.prepare(handle);
    if (opts.readOnly !== false) await pglite.exec('set default_transaction_read_only = on');
    server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: opts.port, maxConnections: opts.maxConnections ?? 8 });
    await server.start();
  } catch (err) {
    await handle.close();
    throw err;
  }
  const port = Number(server.getServerConn().split(':').pop());
  const running = server;
  return {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async close() {
      await running.stop();
      await handle.close();
    },
  };
}

async function openPglite(dataDir: string): Promise<PGlite> {
  const { PGlite } = await import('@electric-sql/pglite');
  const location = resolve(dataDir);
  mkdirSync(location, { recursive: true });
  const pglite = new PGlite(location);
  await pglite.waitReady;
  return pglite;
}
