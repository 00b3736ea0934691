import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/config/load.ts';
import { syncCatalog } from '../../src/db/catalog.ts';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';

const catalog = loadCatalog();

describe.each(TEST_BACKENDS)('catalog sync on %s', (backend) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(backend);
  });
  afterAll(async () => t.drop());

  it('writes every project and place, with the oblast of each place', async () => {
    const s = await syncCatalog(t.db, catalog);
    expect(s).toMatchObject({ projects: catalog.projects.length, regions: catalog.regions.length, retiredProjects: [] });
    const kostanay = await t.db.selectFrom('regions').select(['oblast_id', 'country']).where('id', '=', 'kz-kostanay').executeTakeFirstOrThrow();
    expect(kostanay).toEqual({ oblast_id: 'kz-kostanay-oblast', country: 'KZ' });
    const astana = await t.db.selectFrom('regions').select('oblast_id').where('id', '=', 'kz-astana').executeTakeFirstOrThrow();
    expect(astana.oblast_id).toBe('kz-astana');
    const p = await t.db.selectFrom('projects').select(['name_en', 'catalog_version', 'kz_regions']).where('id', '=', 'kazbelaz-karaganda').executeTakeFirstOrThrow();
    expect(p.catalog_version).toBe(catalog.version);
    expect(p.kz_regions).toContain('kz-karaganda-oblast');
  });

  it('updates an edited project and retires a removed one without deleting it', async () => {
    const [first, ...rest] = catalog.projects;
    const edited = { ...catalog, version: 'edited', projects: rest.map((p, i) => (i === 0 ? { ...p, name: { ...p.name, en: 'Renamed project' } } : p)) };
    const s = await syncCatalog(t.db, edited);
    expect(s.retiredProjects).toEqual([first!.id]);
    const gone = await t.db.selectFrom('projects').select(['retired']).where('id', '=', first!.id).executeTakeFirstOrThrow();
    expect(gone.retired).toBe(true);
    const renamed = await t.db.selectFrom('projects').select(['name_en', 'catalog_version']).where('id', '=', rest[0]!.id).executeTakeFirstOrThrow();
    expect(renamed).toEqual({ name_en: 'Renamed project', catalog_version: 'edited' });
    // Back in the catalog: un-retired.
    await syncCatalog(t.db, catalog);
    expect((await t.db.selectFrom('projects').select('retired').where('id', '=', first!.id).executeTakeFirstOrThrow()).retired).toBe(false);
  });
});
