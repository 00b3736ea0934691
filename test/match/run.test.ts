/**
 * The match stage against the database: stored items get matches with evidence, regions and a
 * level; re-running is a no-op; a catalog change re-matches and replaces the old matches.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/config/load.ts';
import type { Catalog } from '../../src/catalog/model.ts';
import { syncCatalog } from '../../src/db/catalog.ts';
import { syncSources } from '../../src/db/sources.ts';
import { memoryLogger } from '../../src/log.ts';
import { matchStored, versionOf } from '../../src/match/run.ts';
import { outlet } from '../helpers/config.ts';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';

const catalog = loadCatalog();

const ITEMS = [
  { url: 'https://www.belta.by/economics/view/1-700001-2026/', outlet_id: 'belta', title: 'Гомсельмаш расширит сборку комбайнов в Костанае', dateline: 'ГОМЕЛЬ',
    body: 'ГОМЕЛЬ, 2 октября (БЕЛТА) – Делегация Гомсельмаша обсудила в Костанае расширение сборки комбайнов на заводе «АгромашХолдинг KZ». В Костанайской области собрано более 300 машин.' },
  { url: 'https://www.belta.by/society/view/2-700002-2026/', outlet_id: 'belta', title: 'В Минске ожидается теплая погода', dateline: 'МИНСК',
    body: 'МИНСК, 2 октября (БЕЛТА) – В выходные в Беларуси сохранится теплая погода, сообщили синоптики.' },
  { url: 'https://kstnews.kz/news/3', outlet_id: 'kstnews', title: 'Белорусские и казахстанские школьники провели олимпиаду', dateline: null,
    body: 'Школьники Беларуси и Казахстана провели совместную олимпиаду по информатике. Белорусская и казахстанская стороны договорились продолжить обмен.' },
];

describe.each(TEST_BACKENDS)('match stage on %s', (backend) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(backend);
    await syncSources(t.db, [
      outlet({ id: 'belta', feeds: [{ id: 'belta-ru', url: 'https://www.belta.by/rss' }] }),
      outlet({ id: 'kstnews', country: 'KZ', level: 'regional', region: 'kz-kostanay-oblast', timeZone: 'Asia/Almaty', feeds: [{ id: 'kst-ru', url: 'https://kstnews.kz/feed/' }] }),
    ]);
    await syncCatalog(t.db, catalog);
    for (const it of ITEMS) {
      await t.db.insertInto('items').values({
        ...it, feed_id: null, guid: null, article_id: null, lang: 'ru', rubric: null, title_key: it.title.toLowerCase(), lead: null,
        body_method: 'test', tags: '[]', published_at: new Date('2026-10-02T08:00:00Z'), published_source: 'feed', fetched_at: new Date('2026-10-02T09:00:00Z'),
        content_hash: null, page_status: 'ok', page_error_class: null, reprint_of: null,
      }).execute();
    }
  });
  afterAll(async () => t.drop());

  const ctx = (c: Catalog) => ({ db: t.db, catalog: c, log: memoryLogger(), threshold: 0.5, now: () => new Date('2026-10-03T00:00:00Z') });

  it('stores matches with evidence, regions with their oblast, level and relevance', async () => {
    const s = await matchStored(ctx(catalog));
    expect(s).toMatchObject({ items: 3, matched: 1, version: versionOf(catalog) });
    const m = await t.db.selectFrom('matches').selectAll().execute();
    expect(m.map((r) => r.project_id)).toEqual(['gomselmash-agromashholding-kostanay']);
    const evidence = m[0]!.evidence as Array<{ matched: string; snippet: string }>;
    expect(evidence.some((e) => /Гомсельмаш/.test(e.matched))).toBe(true);
    expect(m[0]!.matcher_version).toBe(versionOf(catalog));

    const items = await t.db.selectFrom('items as i').innerJoin('item_match_state as s', 's.item_id', 'i.id')
      .select(['i.id', 's.level', 's.relevant', 's.matcher_version', 's.projects']).orderBy('i.id').execute();
    // A BelTA item datelined Gomel is regional; one datelined Minsk is central; a regional outlet is regional.
    expect(items.map((i) => i.level)).toEqual(['regional', 'central', 'regional']);
    expect(items.map((i) => i.relevant)).toEqual([true, false, true]);
    expect(items.map((i) => i.projects)).toEqual([1, 0, 0]);
    const regions = await t.db.selectFrom('item_regions').select(['region_id', 'oblast_id', 'via']).where('item_id', '=', items[0]!.id).execute();
    expect(regions).toEqual(expect.arrayContaining([
      { region_id: 'by-gomel', oblast_id: 'by-gomel-oblast', via: 'dateline' },
      expect.objectContaining({ oblast_id: 'kz-kostanay-oblast', via: 'mention' }),
    ]));
    const outletRegion = await t.db.selectFrom('item_regions').select(['region_id', 'via']).where('item_id', '=', items[2]!.id).execute();
    expect(outletRegion).toContainEqual({ region_id: 'kz-kostanay-oblast', via: 'outlet' });
  });

  it('does nothing on a second run with the same catalog', async () => {
    expect((await matchStored(ctx(catalog))).items).toBe(0);
  });

  it('re-matches everything after a catalog change and replaces the old matches', async () => {
    const without = {
      ...catalog,
      version: 'test-edit',
      projects: catalog.projects.filter((p) => p.id !== 'gomselmash-agromashholding-kostanay'),
    };
    const s = await matchStored(ctx(without));
    expect(s).toMatchObject({ items: 3, matched: 0 });
    expect(await t.db.selectFrom('matches').selectAll().execute()).toEqual([]);
    const versions = await t.db.selectFrom('item_match_state').select('matcher_version').distinct().execute();
    expect(versions).toEqual([{ matcher_version: versionOf(without) }]);
  });
});
