/**
 * A small, hand-checked data set for the research views and example queries: four outlets (BY
 * and KZ, central and regional), three projects, seven items over two years including a reprint,
 * an item without a publication date and one published on a Sunday night UTC that is already
 * Monday in Minsk.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/tables.ts';

export const SEED = {
  project: 'gomselmash-agromashholding-kostanay',
  /** Items by role, as inserted (ids are 1…7 in a fresh database; read back from here). */
  ids: {} as Record<'agencyTractors' | 'regionalReprint' | 'regionalOriginal' | 'kazinformBelaz' | 'gomelOriginal' | 'undated' | 'sundayNightUtc', number>,
};

export async function seedResearchData(db: Kysely<Database>): Promise<typeof SEED> {
  await db.insertInto('regions').values([
    region('by', 'country', 'BY', null, null, 'Belarus', 'Беларусь'),
    region('kz', 'country', 'KZ', null, null, 'Kazakhstan', 'Казахстан'),
    region('by-minsk', 'city', 'BY', 'by', 'by-minsk', 'Minsk', 'Минск'),
    region('by-gomel-oblast', 'oblast', 'BY', 'by', 'by-gomel-oblast', 'Gomel Oblast', 'Гомельская область'),
    region('by-gomel', 'city', 'BY', 'by-gomel-oblast', 'by-gomel-oblast', 'Gomel', 'Гомель'),
    region('kz-kostanay-oblast', 'oblast', 'KZ', 'kz', 'kz-kostanay-oblast', 'Kostanay Region', 'Костанайская область'),
    region('kz-kostanay', 'city', 'KZ', 'kz-kostanay-oblast', 'kz-kostanay-oblast', 'Kostanay', 'Костанай'),
    region('kz-karaganda-oblast', 'oblast', 'KZ', 'kz', 'kz-karaganda-oblast', 'Karaganda Region', 'Карагандинская область'),
  ]).execute();
  await db.insertInto('outlets').values([
    { id: 'belta', name: 'BelTA', country: 'BY', level: 'central', region_id: null, site: 'https://www.belta.by', time_zone: 'Europe/Minsk' },
    { id: 'kazinform', name: 'Kazinform', country: 'KZ', level: 'central', region_id: null, site: 'https://www.inform.kz', time_zone: 'Asia/Almaty' },
    { id: 'kostanay-news', name: 'Костанайские новости', country: 'KZ', level: 'regional', region_id: 'kz-kostanay', site: null, time_zone: 'Asia/Almaty' },
    { id: 'gomel-pravda', name: 'Гомельская правда', country: 'BY', level: 'regional', region_id: 'by-gomel', site: null, time_zone: 'Europe/Minsk' },
  ]).execute();
  await db.insertInto('projects').values([
    project(SEED.project, 'Gomselmash combine assembly in Kostanay', 'Сборка комбайнов Гомсельмаш в Костанае', 'active', 3, ['by-gomel-oblast'], ['kz-kostanay-oblast']),
    project('kazbelaz', 'KazBelAZ in Karaganda', 'КазБелАЗ в Караганде', 'planned', 2, [], ['kz-karaganda-oblast']),
    project('treaty-1996', 'The 1996 treaty', 'Договор 1996 года', 'historical', 1, [], []),
  ]).execute();

  const add = async (v: ItemSpec): Promise<number> => {
    const row = await db.insertInto('items').values({
      outlet_id: v.outlet, url: `https://example.test/${v.outlet}/${v.key}`, lang: 'ru', title: v.title, title_key: v.key,
      lead: v.lead ?? null, body: v.body ?? null, published_at: v.published, fetched_at: v.fetched ?? v.published ?? '2026-01-10T00:00:00Z',
      reprint_of: v.reprintOf ?? null, dateline: v.dateline ?? null,
      tags: '[]', published_source: v.published ? 'feed' : 'none', page_status: 'ok',
    }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('item_match_state').values({
      item_id: row.id, matcher_version: 'test-1', matched_at: '2026-01-10T00:00:00Z', relevant: v.projects.length > 0,
      relevance_score: v.projects.length ? 0.9 : 0.1, level: v.level, projects: v.projects.length,
    }).execute();
    for (const p of v.projects) {
      await db.insertInto('matches').values({ item_id: row.id, project_id: p, score: 0.8, rule: 'alias', evidence: JSON.stringify({ terms: ['гомсельмаш'] }), matcher_version: 'test-1', matched_at: '2026-01-10T00:00:00Z' }).execute();
    }
    for (const [region, via] of v.regions ?? []) {
      const oblast = (await db.selectFrom('regions').select('oblast_id').where('id', '=', region).executeTakeFirstOrThrow()).oblast_id;
      await db.insertInto('item_regions').values({ item_id: row.id, region_id: region, oblast_id: oblast, via, mentions: via === 'outlet' ? 0 : 1 }).execute();
    }
    return row.id;
  };

  const ids = SEED.ids;
  ids.agencyTractors = await add({
    outlet: 'belta', key: 'a1', published: '2025-03-10T09:00:00Z', level: 'central', projects: [SEED.project],
    title: 'В Костанае начнется сборка тракторов и комбайнов Гомсельмаш',
    lead: 'Сборочное производство откроется весной.', regions: [['kz-kostanay', 'mention']],
  });
  ids.regionalReprint = await add({
    outlet: 'kostanay-news', key: 'a2', published: '2025-03-11T06:00:00Z', level: 'regional', projects: [SEED.project], reprintOf: ids.agencyTractors,
    title: 'В Костанае начнется сборка тракторов и комбайнов Гомсельмаш', regions: [['kz-kostanay', 'outlet']],
  });
  ids.regionalOriginal = await add({
    outlet: 'kostanay-news', key: 'a3', published: '2026-01-06T05:00:00Z', level: 'regional', projects: [SEED.project], dateline: 'КОСТАНАЙ',
    title: 'Тракторный завод в Костанае собрал сотый комбайн', body: 'Собранные трактора уходят аграриям области.',
    regions: [['kz-kostanay', 'outlet'], ['kz-kostanay-oblast', 'mention']],
  });
  ids.kazinformBelaz = await add({
    outlet: 'kazinform', key: 'a4', published: '2026-01-07T08:00:00Z', level: 'central', projects: ['kazbelaz'],
    title: 'Казахстан и Беларусь обсудили проект КазБелАЗ', regions: [['kz-karaganda-oblast', 'mention']],
  });
  ids.gomelOriginal = await add({
    outlet: 'gomel-pravda', key: 'a5', published: '2026-01-08T10:00:00Z', level: 'regional', projects: [SEED.project],
    title: 'Гомельские комбайны едут в Казахстан', regions: [['by-gomel', 'outlet'], ['kz-kostanay', 'mention']],
  });
  ids.undated = await add({
    outlet: 'belta', key: 'a6', published: null, fetched: '2026-01-09T12:00:00Z', level: 'central', projects: [],
    title: 'Погода в Минске: до минус десяти', regions: [['by-minsk', 'mention']],
  });
  // Sunday 2026-01-11 22:30 UTC is Monday 2026-01-12 01:30 in Minsk: ISO week 2026-W03 there.
  ids.sundayNightUtc = await add({
    outlet: 'belta', key: 'a7', published: '2026-01-11T22:30:00Z', level: 'central', projects: [],
    title: 'Новости ночи',
  });
  return SEED;
}

interface ItemSpec {
  outlet: string;
  key: string;
  published: string | null;
  fetched?: string;
  level: 'central' | 'regional';
  projects: string[];
  title: string;
  lead?: string;
  body?: string;
  dateline?: string;
  reprintOf?: number;
  regions?: [string, 'dateline' | 'mention' | 'outlet'][];
}

function region(id: string, kind: 'country' | 'oblast' | 'city', country: 'BY' | 'KZ', parent: string | null, oblast: string | null, en: string, ru: string) {
  return { id, kind, country, parent_id: parent, oblast_id: oblast, label_en: en, label_ru: ru, data: JSON.stringify({ names: { ru: [ru] } }) };
}

function project(id: string, en: string, ru: string, lifecycle: 'planned' | 'active' | 'historical', importance: number, by: string[], kz: string[]) {
  return {
    id, name_en: en, name_ru: ru, kind: 'assembly', sector: 'machinery', lifecycle, importance,
    by_regions: JSON.stringify(by), kz_regions: JSON.stringify(kz), data: JSON.stringify({ aliases: [] }), catalog_version: 'test',
  };
}
