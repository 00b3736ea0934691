import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { migrate, readMigrations } from '../../src/db/migrate.ts';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';

describe.each(TEST_BACKENDS)('migrations on %s', (backend) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(backend);
  });
  afterAll(async () => t.drop());

  it('reports every shipped migration as already applied on a migrated database', async () => {
    const results = await migrate(t.db);
    expect(results.map((r) => r.status)).toEqual(readMigrations().map(() => 'already_applied'));
  });

  it('applies a new file in a transaction and records it once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'covgap-mig-'));
    for (const f of readMigrations()) writeFileSync(join(dir, `${String(f.version).padStart(3, '0')}_${f.name}.sql`), f.sql);
    const n = readMigrations().length + 1;
    writeFileSync(join(dir, `${String(n).padStart(3, '0')}_extra.sql`), 'create table extra_a (x int);\ncreate table extra_b (y int);');
    const first = await migrate(t.db, readMigrations(dir));
    expect(first.at(-1)).toMatchObject({ name: 'extra', status: 'applied' });
    const again = await migrate(t.db, readMigrations(dir));
    expect(again.at(-1)?.status).toBe('already_applied');
    await sql`select count(*) from extra_b`.execute(t.db);
  });

  it('rolls a failing migration back whole and runs nothing after it', async () => {
    await sql`delete from schema_migrations where version > ${readMigrations().length}`.execute(t.db);
    const dir = mkdtempSync(join(tmpdir(), 'covgap-mig-'));
    const files = readMigrations();
    for (const f of files) writeFileSync(join(dir, `${String(f.version).padStart(3, '0')}_${f.name}.sql`), f.sql);
    const n = files.length + 1;
    writeFileSync(join(dir, `${String(n).padStart(3, '0')}_half.sql`), 'create table half_done (x int);\nselect no_such_function();');
    writeFileSync(join(dir, `${String(n + 1).padStart(3, '0')}_after.sql`), 'create table after_half (x int);');
    const results = await migrate(t.db, readMigrations(dir));
    expect(results.at(-2)).toMatchObject({ name: 'half', status: 'failed' });
    expect(results.at(-2)?.error?.message).toMatch(/_half\.sql failed/);
    expect(results.at(-1)?.status).toBe('not_run');
    const tables = await sql<{ n: number }>`select count(*)::int as n from pg_tables where tablename in ('half_done', 'after_half')`.execute(t.db);
    expect(tables.rows[0]?.n).toBe(0);
  });

  it('stores times as UTC instants (timestamptz)', async () => {
    const cols = await sql<{ data_type: string }>`select distinct data_type from information_schema.columns
      where table_schema = 'public' and (column_name like '%\\_at' escape '\\')`.execute(t.db);
    expect(cols.rows.map((r) => r.data_type)).toEqual(['timestamp with time zone']);
  });
});

describe('migration files', () => {
  it('are numbered without gaps', () => {
    const files = readMigrations();
    expect(files.map((f) => f.version)).toEqual(files.map((_, i) => i + 1));
  });
});
