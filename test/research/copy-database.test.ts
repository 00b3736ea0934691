import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sql } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import { connect, type DbHandle } from '../../src/db/connect.ts';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';
import { copyDatabase } from '../../src/research/copy-database.ts';
import { seedResearchData, SEED } from './seed.ts';

// The source is always an embedded database; the target is the backend under test (on the pg
// backend: a fresh database on the server, which is what `covgap db export --to` is for).
describe.each(TEST_BACKENDS)('db export into %s', (backend) => {
  let source: DbHandle;
  let target: TestDb;
  beforeAll(async () => {
    source = await connect({ pglite: new PGlite({ loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]) }) });
    await seedResearchData(source.db);
    // A forward self-reference: an earlier item marked as a reprint of a later one.
    await source.db.updateTable('items').set({ reprint_of: SEED.ids.sundayNightUtc }).where('id', '=', SEED.ids.undated).execute();
    target = await openTestDb(backend);
  });
  afterAll(async () => {
    await source.close();
    await target.drop();
  });

  const snapshot = async (db: DbHandle['db']) => ({
    items: (await sql`select * from research.items order by item_id`.execute(db)).rows,
    coverage: (await sql`select * from research.weekly_coverage order by 1, 2, 3, 4, 5`.execute(db)).rows,
    regions: (await sql`select * from research.item_regions order by 1, 2`.execute(db)).rows,
    gaps: (await sql`select * from research.gaps_weekly order by 1, 4`.execute(db)).rows,
  });

  it('copies every table so the research views answer the same on the target', async () => {
    const seen: string[] = [];
    const copies = await copyDatabase(source.db, target.db, { batchSize: 3, onTable: (c) => seen.push(c.table) });
    const count = (name: string) => copies.find((c) => c.table === name)?.rows;
    expect([count('items'), count('matches'), count('item_regions'), count('outlets'), count('projects')]).toEqual([7, 5, 8, 4, 3]);
    expect(seen.indexOf('outlets')).toBeLessThan(seen.indexOf('items'));
    expect(seen.indexOf('items')).toBeLessThan(seen.indexOf('matches'));
    expect(seen).not.toContain('schema_migrations');
    expect(await snapshot(target.db)).toEqual(await snapshot(source.db));
  });

  it('moves identity counters past the copied ids, so new rows do not collide', async () => {
    const row = await target.db.insertInto('items').values({
      outlet_id: 'belta', url: 'https://example.test/new', lang: 'ru', title: 'Новый', title_key: 'new', fetched_at: new Date(),
      tags: '[]', published_source: 'none', page_status: 'pending',
    }).returning('id').executeTakeFirstOrThrow();
    expect(row.id).toBe(8);
  });

  it('refuses a target that already holds items', async () => {
    await expect(copyDatabase(source.db, target.db)).rejects.toThrow(/already holds data \(.*items.*\).*new, empty database/);
  });
});
