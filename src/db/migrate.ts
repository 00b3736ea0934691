/**
 * Applies sql/NNN_name.sql in order, each in its own transaction whose first statement records
 * the migration — so a second migrator running at the same moment hits the unique key, rolls
 * back and reports "applied elsewhere" (graphile-worker's rule). A session advisory lock makes
 * the usual case simply wait. Never throws for one file: returns a status per file.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { Database } from './tables.ts';
import { isPgError, SQLSTATE } from './pg-errors.ts';
import { toError } from '../errors.ts';

export const SQL_DIR = fileURLToPath(new URL('../../sql/', import.meta.url));
const MIGRATION_LOCK = 7_357_001;

export interface MigrationFile {
  version: number;
  name: string;
  path: string;
  sql: string;
  checksum: string;
}

export type MigrationStatus = 'applied' | 'already_applied' | 'applied_elsewhere' | 'changed_after_apply' | 'failed' | 'not_run';

export interface MigrationResult {
  version: number;
  name: string;
  status: MigrationStatus;
  error?: Error;
}

/** Reads the migration files, sorted by number. Fails on a gap or a duplicate number. */
export function readMigrations(dir = SQL_DIR): MigrationFile[] {
  const files = readdirSync(dir).filter((f) => /^\d{3}_[\w-]+\.sql$/.test(f)).sort();
  return files.map((file, i) => {
    const version = Number(file.slice(0, 3));
    if (version !== i + 1) {
      throw new Error(`migrate: ${join(dir, file)} is number ${version}, expected ${i + 1}: migrations must be numbered 001, 002, … without gaps`);
    }
    const text = readFileSync(join(dir, file), 'utf8');
    return {
      version,
      name: file.slice(4, -4),
      path: join(dir, file),
      sql: text,
      checksum: createHash('sha256').update(text).digest('hex').slice(0, 16),
    };
  });
}

export async function migrate(db: Kysely<Database>, files = readMigrations()): Promise<MigrationResult[]> {
  return db.connection().execute(async (conn) => {
    await sql`create table if not exists schema_migrations (
      version integer primary key, name text not null, checksum text not null,
      applied_at timestamptz not null default now())`.execute(conn);
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(conn);
    try {
      const done = new Map(
        (await conn.selectFrom('schema_migrations').select(['version', 'checksum']).execute()).map((r) => [r.version, r.checksum]),
      );
      const results: MigrationResult[] = [];
      let failed = false;
      for (const file of files) {
        const base = { version: file.version, name: file.name };
        if (failed) {
          results.push({ ...base, status: 'not_run' });
        } else if (done.has(file.version)) {
          results.push({ ...base, status: done.get(file.version) === file.checksum ? 'already_applied' : 'changed_after_apply' });
        } else {
          const outcome = await applyOne(conn, file);
          results.push({ ...base, ...outcome });
          failed = outcome.status === 'failed';
        }
      }
      return results;
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(conn);
    }
  });
}

async function applyOne(conn: Kysely<Database>, file: MigrationFile): Promise<Pick<MigrationResult, 'status' | 'error'>> {
  try {
    await conn.transaction().execute(async (trx) => {
      // Must come first, so a concurrent migrator fails here rather than half-way through.
      await trx.insertInto('schema_migrations').values({ version: file.version, name: file.name, checksum: file.checksum, applied_at: new Date() }).execute();
      await sql.raw(file.sql).execute(trx);
    });
    return { status: 'applied' };
  } catch (err) {
    if (isPgError(err, SQLSTATE.uniqueViolation) && /schema_migrations/.test(String((err as Error).message) + String((err as { constraint?: string }).constraint))) {
      return { status: 'applied_elsewhere' };
    }
    const e = toError(err);
    return { status: 'failed', error: new Error(`migrate: ${file.path} failed: ${e.message}`, { cause: e }) };
  }
}
