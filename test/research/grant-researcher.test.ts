import { sql } from 'kysely';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';
import { dropResearcher, grantResearcher } from '../../src/research/grant-researcher.ts';
import { UserError } from '../../src/errors.ts';
import { seedResearchData } from './seed.ts';

describe.each(TEST_BACKENDS)('db grant-researcher on %s', (backend) => {
  let t: TestDb;
  const role = `researcher_${randomBytes(3).toString('hex')}`;
  beforeAll(async () => {
    t = await openTestDb(backend);
    await seedResearchData(t.db);
  });
  afterAll(async () => {
    if (backend === 'pg') await dropResearcher(t.db, role);
    await t.drop();
  });

  /** Runs one statement as the researcher; returns 'ok' or the SQLSTATE of the refusal. */
  const asResearcher = async (text: string): Promise<string> => {
    const u = new URL(t.url!);
    u.username = role;
    u.password = 'pw-1';
    const client = new pg.Client({ connectionString: u.toString() });
    await client.connect();
    try {
      await client.query(text);
      return 'ok';
    } catch (err) {
      return (err as { code?: string }).code ?? String(err);
    } finally {
      await client.end();
    }
  };

  if (backend === 'pglite') {
    it('refuses on the embedded database and says what to do instead', async () => {
      const refusal = grantResearcher(t, { name: role });
      await expect(refusal).rejects.toBeInstanceOf(UserError);
      await expect(refusal).rejects.toThrow(/embedded database \(PGlite\).*no roles.*covgap sql.*covgap db export --to/);
    });
    return;
  }

  it('refuses a name that is not a plain role name', async () => {
    await expect(grantResearcher(t, { name: 'Robert"; drop table items; --' })).rejects.toThrow(/not a plain role name/);
  });

  it('creates a login role that reads the research views and nothing else', async () => {
    const result = await grantResearcher(t, { name: role, password: 'pw-1' });
    expect(result.created).toBe(true);
    expect(result.steps.join('\n')).not.toContain('pw-1');
    expect(await asResearcher('select count(*) from research.items')).toBe('ok');
    expect(await asResearcher('select * from research.weekly_coverage')).toBe('ok');
    // Every view, including those that read kept tables through a function (outlet_volumes).
    const views = (await sql<{ v: string }>`select table_name as v from information_schema.views where table_schema = 'research' order by 1`.execute(t.db)).rows.map((r) => r.v);
    expect(views).toContain('outlet_volumes');
    for (const v of views) expect(await asResearcher(`select count(*) from research.${v}`), v).toBe('ok');
    expect(await asResearcher('select count(*) from public.items')).toBe('42501');
    expect(await asResearcher('select count(*) from public.outlet_weeks')).toBe('42501');
  });

  // 42501 = insufficient_privilege; 55000 = a view that cannot be written at all (joins).
  it.each([
    ['insert into a table', `insert into outlets (id, name, country, level, time_zone) values ('x', 'x', 'BY', 'central', 'UTC')`, '42501'],
    ['update a table', `update items set title = 'x'`, '42501'],
    ['delete from a table', `delete from matches`, '42501'],
    ['truncate a table', `truncate item_regions`, '42501'],
    ['write through an updatable view', `update research.regions set label_en = 'x'`, '42501'],
    ['delete through a view over joins', `delete from research.outlets`, '55000'],
    ['create a table in public', `create table public.mine (x int)`, '42501'],
    ['create a view in research', `create view research.mine as select 1 as x`, '42501'],
    ['create a schema', `create schema mine`, '42501'],
    ['drop a view', `drop view research.items`, '42501'],
    ['grant itself more', `grant insert on items to current_user`, '42501'],
  ])('cannot %s', async (_what, statement, code) => {
    expect(await asResearcher(statement)).toBe(code);
  });

  it('updates the role: --tables adds SELECT on the tables, still without writes, and can be taken back', async () => {
    expect((await grantResearcher(t, { name: role, tables: true })).created).toBe(false);
    expect(await asResearcher('select count(*) from public.items')).toBe('ok');
    expect(await asResearcher(`update items set title = 'x'`)).toBe('42501');
    await grantResearcher(t, { name: role });
    expect(await asResearcher('select count(*) from public.items')).toBe('42501');
  });

  it('refuses to turn an administrative role into a researcher', async () => {
    await expect(grantResearcher(t, { name: 'postgres' })).rejects.toThrow(/administrative rights/);
  });
});
