import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';
import { parseExample, readExamples } from '../../src/research/examples.ts';
import { seedResearchData } from './seed.ts';

const examples = readExamples();

describe('example query files', () => {
  it('include the five questions the issue asks about', () => {
    expect(examples.map((e) => e.file)).toEqual(expect.arrayContaining([
      'coverage-of-a-project-by-year.sql', 'central-vs-regional-share-by-region.sql', 'projects-never-covered-by-kz-regional-press.sql',
      'items-per-outlet-per-week.sql', 'full-text-search-russian.sql',
    ]));
    for (const e of examples) expect(e.description, e.file).toMatch(/Parameters:/);
  });

  it('refuses a file without a Columns header', () => {
    expect(() => parseExample('x.sql', '-- What\nselect 1;')).toThrow(/no "-- Columns/);
  });
});

describe.each(TEST_BACKENDS)('example queries on %s', (backend) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(backend);
    await seedResearchData(t.db);
  });
  afterAll(async () => t.drop());

  it.each(examples.map((e) => [e.file, e] as const))('%s runs on seeded data and returns the columns its header promises', async (_file, e) => {
    // The shape as the server sees it: a temporary view over the query, read back from pg_attribute.
    const shape = await t.db.connection().execute(async (conn) => {
      await sql.raw(`create temporary view example_shape as ${e.sql}`).execute(conn);
      try {
        return (await sql<{ name: string; type: string }>`
          select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute
          where attrelid = 'example_shape'::regclass and attnum > 0 order by attnum`.execute(conn)).rows;
      } finally {
        await sql`drop view example_shape`.execute(conn);
      }
    });
    expect(shape).toEqual(e.columns.map((c) => ({ name: c.name, type: c.type })));
    const rows = (await sql.raw<Record<string, unknown>>(e.sql).execute(t.db)).rows;
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0]!)).toEqual(e.columns.map((c) => c.name));
  });
});
