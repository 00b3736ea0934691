import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/config/load.ts';
import { compileCatalog } from '../../src/match/alias-index.ts';
import { formatExplanation } from '../../src/match/explain.ts';
import { matchItem } from '../../src/match/match-item.ts';
import { related } from '../../src/match/related.ts';

const catalog = loadCatalog();
const index = compileCatalog(catalog);

describe('covgap explain', () => {
  it('tells an editor which project matched, by which rule, with the words highlighted in context', () => {
    const item = { title: 'КазБелАЗ отметил 20-летие', text: 'КАРАГАНДА. KAZINFORM – Совместное предприятие КазБелАЗ в Караганде собрало тысячный самосвал БелАЗ для угольщиков региона.' };
    const m = matchItem(index, item);
    const text = formatExplanation({ id: 7, title: item.title, url: null, outlet: 'kazinform', publishedAt: null, level: 'regional' }, m, catalog, related(index, item.text, 2));
    expect(text).toMatch(/^Item 7: КазБелАЗ отметил 20-летие\n {2}kazinform · no date · regional level/);
    expect(text).toMatch(/Project kazbelaz-karaganda — KazBelAZ/);
    expect(text).toMatch(/by an alias \(a name enough on its own\)/);
    expect(text).toMatch(/»КазБелАЗ«/);
    expect(text).toMatch(/Places: Karaganda \(dateline\)/);
    expect(text).toMatch(/Belarus–Kazakhstan relevance: yes/);
  });

  it('names a relevant item without a project as a candidate for the catalog', () => {
    const item = { title: 'Беларусь и Казахстан откроют совместную школу программирования', text: 'Белорусские и казахстанские IT-компании договорились открыть в Минске совместную школу программирования для студентов обеих стран.' };
    const text = formatExplanation({ id: 8, title: item.title, url: null, outlet: 'belta', publishedAt: new Date('2026-11-20T09:00:00Z'), level: 'central' }, matchItem(index, item), catalog, []);
    expect(text).toMatch(/Projects: none above the threshold/);
    expect(text).toMatch(/a candidate for the catalog/);
    expect(text).toMatch(/2026-11-20 09:00 UTC/);
  });
});
