import { describe, expect, it } from 'vitest';
import { compileCatalog } from '../../src/match/alias-index.ts';
import { matchItem, type MatchableItem } from '../../src/match/match-item.ts';
import { DEFAULT_THRESHOLD } from '../../src/match/score.ts';
import { catalog } from './catalog-fixture.ts';

const index = compileCatalog(catalog);
const ids = (item: MatchableItem): string[] => matchItem(index, item).projects.map((p) => p.projectId);
const filler = (n: number): string => Array.from({ length: n }, (_, i) => `слово${i}`).join(' ');

describe('matchItem projects', () => {
  const cases: Array<[string, MatchableItem, string[]]> = [
    ['finds an alias in any inflection', { title: null, text: 'Комбайны собирают на заводе «АгромашХолдинга».' }, ['gomselmash-kostanay']],
    ['does not match MTZ alone to the Kostanay assembly project', { title: null, text: 'МТЗ увеличил выпуск тракторов.' }, []],
    ['matches MTZ with Kostanay close by', { title: null, text: 'Сборочное производство МТЗ в Костанае расширится.' }, ['mtz-kostanay']],
    ['matches a place inside the referenced oblast (@id+)', { title: null, text: 'МТЗ открыл дилерский центр в Костанайской области.' }, ['mtz-kostanay']],
    ['enforces the window between rule groups', { title: null, text: `МТЗ выпустил трактор. ${filler(40)} В Костанае прошла ярмарка.` }, []],
    ['lets an exclusion veto the project', { title: null, text: 'МТЗ в Костанае и МТЗ-Узбекистан подписали договор.' }, []],
    ['matches a context rule written in Latin against Cyrillic text', { title: null, text: 'Гомсельмашем отгружены комбайны в Костанай.' }, ['gomselmash-kostanay']],
    ['matches a Kazakh-language mention of the place', { title: null, text: 'Gomselmash комбайндары Қостанай облысында жиналады.' }, ['gomselmash-kostanay']],
    ['matches a region partnership through a city of the oblast', { title: null, text: 'Делегация из Мозыря посетила Карагандинскую область.' }, ['gomel-karaganda']],
  ];
  for (const [name, item, expected] of cases) it(name, () => expect(ids(item)).toEqual(expected));

  it('keeps evidence with the text as written, offsets and a snippet', () => {
    const m = matchItem(index, { title: null, text: 'Вчера МТЗ в Костанае открыл цех.' });
    const evidence = m.projects[0]?.evidence ?? [];
    expect(m.projects[0]?.rule).toBe('mtz-in-kostanay');
    expect(evidence.map((e) => [e.term, e.matched, e.field])).toEqual([['МТЗ', 'МТЗ', 'text'], ['@kz-kostanay-oblast+', 'Костанае', 'text']]);
    const first = evidence[0];
    expect(first && 'Вчера МТЗ в Костанае открыл цех.'.slice(first.start, first.end)).toBe('МТЗ');
    expect(first?.snippet).toContain('МТЗ в Костанае');
  });

  it('scores a title alias above a body alias above a rule', () => {
    const score = (item: MatchableItem): number => matchItem(index, item).projects[0]?.score ?? 0;
    const title = score({ title: 'АгромашХолдинг наращивает выпуск', text: 'Завод работает.' });
    const body = score({ title: 'Завод наращивает выпуск', text: 'АгромашХолдинг работает.' });
    const rule = score({ title: null, text: 'Гомсельмаш в Костанае.' });
    expect(title).toBeGreaterThan(body);
    expect(body).toBeGreaterThan(rule);
    expect(rule).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it('raises the score with more hits', () => {
    const once = matchItem(index, { title: null, text: 'АгромашХолдинг работает.' }).projects[0]?.score ?? 0;
    const twice = matchItem(index, { title: null, text: 'АгромашХолдинг работает. АгромашХолдинг растёт.' }).projects[0]?.score ?? 0;
    expect(twice).toBeGreaterThan(once);
  });

  it('drops matches under a configurable threshold', () => {
    const item = { title: null, text: 'Гомсельмаш в Костанае.' };
    expect(matchItem(index, item, { threshold: 0.99 }).projects).toEqual([]);
  });

  it('is not fooled by a headline that licenses a rule term deep in the body', () => {
    expect(ids({ title: 'Гомсельмаш и Костанай', text: 'Ничего по теме.' })).toEqual(['gomselmash-kostanay']);
    expect(ids({ title: 'МТЗ расширяет экспорт', text: `${filler(40)} Костанай принимает гостей.` })).toEqual([]);
  });
});

describe('matchItem regions', () => {
  it('places an item by its dateline and maps mentions to their oblast', () => {
    const m = matchItem(index, { title: null, text: 'МИНСК, 5 ноября (БЕЛТА) – Делегация Мозыря посетила Костанай.' });
    expect(m.regions.map((r) => [r.regionId, r.oblastId, r.via])).toEqual([
      ['by-minsk', 'by-minsk', 'dateline'],
      ['by-mozyr', 'by-gomel-oblast', 'mention'],
      ['kz-kostanay', 'kz-kostanay-oblast', 'mention'],
    ]);
  });
  it('reads a historical name in a Kazinform dateline', () => {
    const m = matchItem(index, { title: null, text: 'date 2021-06-25 NUR-SULTAN. KAZINFORM - Weather.' });
    expect(m.regions[0]).toMatchObject({ regionId: 'kz-astana', via: 'dateline', country: 'KZ' });
  });
  it('prefers the longer place name over the city inside it', () => {
    const m = matchItem(index, { title: null, text: 'Kostanay Region harvest.' });
    expect(m.regions.map((r) => r.regionId)).toEqual(['kz-kostanay-oblast']);
  });
  it('uses an explicit dateline when given', () => {
    const m = matchItem(index, { title: null, text: 'Текст без даты.', dateline: 'ГОМЕЛЬ' });
    expect(m.regions[0]).toMatchObject({ regionId: 'by-gomel', oblastId: 'by-gomel-oblast', via: 'dateline' });
  });
});

describe('matchItem relevance', () => {
  const cases: Array<[string, MatchableItem, boolean]> = [
    ['flags a bilateral phrase', { title: null, text: 'Белорусско-казахстанские переговоры прошли в Минске.' }, true],
    ['flags both countries mentioned substantively', { title: 'Belarus, Kazakhstan discuss trade', text: 'Belarus and Kazakhstan officials met. Kazakh side proposed projects; Belarusian side agreed.' }, true],
    ['ignores an item about one country', { title: 'Kazakhstan weather', text: 'Snow in Kazakhstan. Kostanay Region expects wind. Kazakh forecasters warn.' }, false],
    ['ignores two countries listed among others', { title: null, text: 'Days of Belarusian Culture will be held in Oman, Kazakhstan, Russia and Ukraine. Russia and Ukraine welcomed the plan. Belarus said so.' }, false],
    ['flags an item matching a project even with one country named', { title: null, text: 'МТЗ в Костанае расширил сборку.' }, true],
  ];
  for (const [name, item, expected] of cases) it(name, () => expect(matchItem(index, item).relevant).toBe(expected));

  it('explains its decision', () => {
    const m = matchItem(index, { title: null, text: 'Белорусско-казахстанские переговоры.' });
    expect(m.relevance.reasons.join(' ')).toMatch(/bilateral/);
    expect(m.relevance.by).toBeGreaterThan(0);
    expect(m.relevance.kz).toBeGreaterThan(0);
  });
});
