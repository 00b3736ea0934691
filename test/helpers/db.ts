/**
 * Test databases on both backends (Kysely's dialect loop): every DB test file runs its
 * assertions on embedded PGlite and, when COVGAP_TEST_PG_URL is set (CI sets it), on the real
 * PostgreSQL server — each file in its own database cloned from a migrated template
 * (graphile-worker's habit), so a test starts from an empty, fully migrated schema.
 *
 * COVGAP_TEST_DB=pglite or =pg narrows the loop.
 */
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { connect, type Backend, type DbHandle } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';
import type { Database } from '../../src/db/tables.ts';

export const PG_URL = process.env.COVGAP_TEST_PG_URL ?? '';
/** Per test run, so two runs at once (CI and a developer, or parallel sessions) never collide. */
export function templateName(): string {
  return inject('pgTemplate');
}

export const TEST_BACKENDS: Backend[] = (() => {
  const wanted = (process.env.COVGAP_TEST_DB ?? 'pglite,pg').split(',').map((s) => s.trim());
  const out: Backend[] = [];
  if (wanted.includes('pglite')) out.push('pglite');
  if (wanted.includes('pg') && PG_URL) out.push('pg');
  if (!out.length) throw new Error('COVGAP_TEST_DB selects no backend: pg needs COVGAP_TEST_PG_URL (postgres://postgres@127.0.0.1:5432/test)');
  return out;
})();

export interface TestDb extends DbHandle {
  /** Connection URL for child processes (pg only). */
  readonly url: string | null;
  /** Empties every table (keeps the schema). */
  reset(): Promise<void>;
  /** Closes and, on pg, drops the database. */
  drop(): Promise<void>;
}

export async function openTestDb(backend: Backend): Promise<TestDb> {
  if (backend === 'pglite') {
    const { PGlite } = await import('@electric-sql/pglite');
    // Written by global-setup: a tarball of a migrated PGlite data dir, loaded in well under a second.
    const template = inject('pgliteTemplate');
    const handle = template ? await connectFromDump(PGlite, template) : await connect({ dataDir: 'memory://' });
    if (!template) await migrate(handle.db);
    return { ...handle, url: null, reset: () => truncateAll(handle.db), drop: () => handle.close() };
  }
  const name = `covgap_t_${process.pid}_${randomBytes(3).toString('hex')}`;
  await adminQuery(`create database ${name} template ${templateName()}`);
  const url = withDatabase(PG_URL, name);
  const handle = await connect({ databaseUrl: url });
  return {
    ...handle,
    url,
    reset: () => truncateAll(handle.db),
    drop: async () => {
      await handle.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

/**
 * Writes a migrated PGlite database into `dataDir` for a child process (the CLI) to open:
 * initdb + migrations in a fresh folder take 5–40 s on a busy 2-core machine, which is not what
 * the tests that spawn covgap measure.
 */
export async function seedPgliteDataDir(dataDir: string): Promise<void> {
  const { PGlite } = await import('@electric-sql/pglite');
  const seeded = new PGlite(dataDir, { loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]) });
  await seeded.waitReady;
  await seeded.close();
}

/**
 * A database for a covgap child process: the test database's URL on pg, or a migrated PGlite
 * folder under `dir` (seeded from the template) — plus `inspect`, which opens it from the test
 * (PGlite is one process's database, so the test opens the folder only between CLI runs).
 */
export async function databaseForCli(backend: Backend, t: TestDb, dir: string): Promise<{
  env: Record<string, string>;
  inspect<T>(fn: (h: DbHandle) => Promise<T>): Promise<T>;
}> {
  if (backend === 'pg') return { env: { DATABASE_URL: t.url! }, inspect: (fn) => fn(t) };
  const dataDir = join(dir, 'data');
  await seedPgliteDataDir(dataDir);
  return {
    env: { COVGAP_DATA_DIR: dataDir },
    async inspect(fn) {
      const h = await connect({ dataDir });
      try {
        return await fn(h);
      } finally {
        await h.close();
      }
    },
  };
}

async function connectFromDump(PGlite: typeof import('@electric-sql/pglite').PGlite, path: string): Promise<DbHandle> {
  const blob = new Blob([readFileSync(path)]);
  const pglite = new PGlite({ loadDataDir: blob });
  await pglite.waitReady;
  return connect({ pglite });
}

export async function truncateAll(db: Kysely<Database>): Promise<void> {
  const rows = await sql<{ tablename: string }>`select tablename from pg_tables where schemaname = 'public' and tablename <> 'schema_migrations'`.execute(db);
  if (rows.rows.length) await sql.raw(`truncate ${rows.rows.map((r) => `"${r.tablename}"`).join(', ')} restart identity cascade`).execute(db);
}

export async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = '/' + name;
  return u.toString();
}

/** Used by global-setup: a migrated template on the server. */
export async function buildPgTemplate(name: string): Promise<void> {
  await adminQuery(`drop database if exists ${name} with (force)`);
  await adminQuery(`create database ${name}`);
  const pool = new pg.Pool({ connectionString: withDatabase(PG_URL, name), max: 1 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    const results = await migrate(db);
    const failed = results.find((r) => r.status === 'failed');
    if (failed) throw failed.error;
  } finally {
    await db.destroy();
  }
}
