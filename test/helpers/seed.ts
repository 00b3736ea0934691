/** Small realistic data for stage tests: outlets, items in chosen weeks, then the real matcher. */
import type { Kysely } from 'kysely';
import type { Catalog } from '../../src/catalog/model.ts';
import { syncCatalog } from '../../src/db/catalog.ts';
import { syncSources } from '../../src/db/sources.ts';
import type { Database } from '../../src/db/tables.ts';
import { memoryLogger } from '../../src/log.ts';
import { matchStored } from '../../src/match/run.ts';
import { outlet } from './config.ts';

export interface SeedItem {
  outlet: 'belta' | 'kazinform' | 'kstnews' | 'gp-by';
  at: string;
  title: string;
  body: string;
  dateline?: string | null;
}

export const SEED_OUTLETS = [
  outlet({ id: 'belta', name: 'BelTA', site: 'https://www.belta.by/', feeds: [{ id: 'belta-ru', url: 'https://www.belta.by/rss' }] }),
  outlet({ id: 'kazinform', name: 'Kazinform', country: 'KZ', timeZone: 'Asia/Almaty', site: 'https://www.inform.kz/', feeds: [{ id: 'kazinform-ru', url: 'https://www.inform.kz/rss/rus.xml' }] }),
  outlet({ id: 'kstnews', name: 'Костанайские новости', country: 'KZ', level: 'regional', region: 'kz-kostanay-oblast', timeZone: 'Asia/Almaty', feeds: [{ id: 'kst-ru', url: 'https://kstnews.kz/feed/' }] }),
  outlet({ id: 'gp-by', name: 'Гомельская праўда', level: 'regional', region: 'by-gomel-oblast', feeds: [{ id: 'gp-ru', url: 'https://gp.by/rss.xml' }] }),
];

export async function seed(db: Kysely<Database>, catalog: Catalog, items: readonly SeedItem[]): Promise<void> {
  await syncSources(db, SEED_OUTLETS);
  await syncCatalog(db, catalog);
  let n = 0;
  for (const it of items) {
    n++;
    await db.insertInto('items').values({
      outlet_id: it.outlet, feed_id: null, url: `https://example.test/${it.outlet}/${n}`, guid: null, article_id: null, lang: 'ru', rubric: null,
      title: it.title, title_key: `${n}`, lead: null, body: it.body, body_method: 'test', tags: '[]', dateline: it.dateline ?? null,
      published_at: new Date(it.at), published_source: 'feed', fetched_at: new Date(it.at), content_hash: null, page_status: 'ok',
      page_error_class: null, reprint_of: null,
    }).execute();
  }
  await matchStored({ db, catalog, log: memoryLogger(), threshold: 0.5 });
}

export const GOMSELMASH = (at: string, outletId: SeedItem['outlet'] = 'belta', dateline: string | null = 'МИНСК'): SeedItem => ({
  outlet: outletId, at, dateline,
  title: 'Гомсельмаш и «АгромашХолдинг KZ» собрали в Костанае новые комбайны',
  body: `${dateline ? `${dateline}, (БЕЛТА) – ` : ''}На совместном предприятии «Гомсельмаша» и «АгромашХолдинг KZ» в Костанае собрали партию комбайнов КЗС-1218 для аграриев Костанайской области.`,
});
export const WEATHER = (at: string, outletId: SeedItem['outlet'] = 'belta'): SeedItem => ({
  outlet: outletId, at, title: 'Синоптики обещают теплые выходные', body: 'В выходные ожидается до +12 градусов, сообщили синоптики.',
});
