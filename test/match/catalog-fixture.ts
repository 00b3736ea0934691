/**
 * A small catalog for matcher tests: three projects (an alias project, a context-rule project
 * with a window and an exclusion, a region partnership) over a gazetteer of a few places.
 */
import type { Catalog, MatchRule, Project, Region } from '../../src/catalog/model.ts';

const region = (r: Partial<Region> & Pick<Region, 'id' | 'kind' | 'country' | 'parent'>): Region => ({
  label: { en: r.id, ru: r.id }, names: {}, adjectives: {}, historical: [], dateline: [], ...r,
});

export const regions: Region[] = [
  region({ id: 'by', kind: 'country', country: 'BY', parent: null, names: { ru: ['Беларусь'], en: ['Belarus'] }, adjectives: { ru: ['белорусский'], en: ['Belarusian'] } }),
  region({ id: 'kz', kind: 'country', country: 'KZ', parent: null, names: { ru: ['Казахстан'], en: ['Kazakhstan'] }, adjectives: { ru: ['казахстанский'], en: ['Kazakh'] } }),
  region({ id: 'by-minsk', kind: 'city', country: 'BY', parent: 'by', names: { ru: ['Минск'], en: ['Minsk'] }, dateline: ['МИНСК'] }),
  region({ id: 'by-gomel-oblast', kind: 'oblast', country: 'BY', parent: 'by', names: { ru: ['Гомельская область'], en: ['Gomel Region'] }, adjectives: { ru: ['гомельский'] } }),
  region({ id: 'by-gomel', kind: 'city', country: 'BY', parent: 'by-gomel-oblast', names: { ru: ['Гомель'], en: ['Gomel', 'Homel'] } }),
  region({ id: 'by-mozyr', kind: 'city', country: 'BY', parent: 'by-gomel-oblast', names: { ru: ['Мозырь'], en: ['Mozyr'] } }),
  region({ id: 'kz-astana', kind: 'city', country: 'KZ', parent: 'kz', names: { ru: ['Астана'], en: ['Astana'] }, historical: [{ name: 'Nur-Sultan', until: 2022 }] }),
  region({ id: 'kz-kostanay-oblast', kind: 'oblast', country: 'KZ', parent: 'kz', names: { ru: ['Костанайская область'], en: ['Kostanay Region'], kk: ['Қостанай облысы'] }, adjectives: { ru: ['костанайский'] } }),
  region({ id: 'kz-kostanay', kind: 'city', country: 'KZ', parent: 'kz-kostanay-oblast', names: { ru: ['Костанай'], en: ['Kostanay'] } }),
  region({ id: 'kz-karaganda-oblast', kind: 'oblast', country: 'KZ', parent: 'kz', names: { ru: ['Карагандинская область'], en: ['Karaganda Region'] } }),
];

const project = (id: string, match: { aliases?: Project['match']['aliases']; rules?: MatchRule[]; exclude?: string[] }, extra: Partial<Project> = {}): Project => ({
  id, kind: 'joint-venture', sector: 'machinery', lifecycle: 'active', importance: 2, years: [2020],
  name: { en: id, ru: id }, description: { en: '', ru: '' }, byOrgs: [], kzOrgs: [], byRegions: [], kzRegions: [],
  seedLines: [], citedUrls: [], retired: false,
  match: { aliases: match.aliases ?? {}, rules: match.rules ?? [], exclude: match.exclude ?? [] },
  ...extra,
});

export const projects: Project[] = [
  project('gomselmash-kostanay', {
    aliases: { ru: ['АгромашХолдинг'], en: ['AgromashHolding'] },
    rules: [{ name: 'gomselmash-in-kostanay', all: [['Гомсельмаш', 'Gomselmash'], ['@kz-kostanay', '@kz-kostanay-oblast']], window: 30 }],
  }, { description: { en: 'Gomselmash combine harvesters assembled at AgromashHolding in Kostanay', ru: 'Сборка комбайнов Гомсельмаш в Костанае' }, byOrgs: ['OJSC Gomselmash'] }),
  project('mtz-kostanay', {
    rules: [{ name: 'mtz-in-kostanay', all: [['МТЗ', 'MTZ', 'Минский тракторный завод'], ['@kz-kostanay-oblast+']], window: 20 }],
    exclude: ['МТЗ-Узбекистан'],
  }, { description: { en: 'Belarus tractors assembled by MTZ in Kostanay', ru: 'Сборка тракторов МТЗ в Костанае' } }),
  project('gomel-karaganda', {
    aliases: { ru: ['Гомельская и Карагандинская области'] },
    rules: [{ name: 'regions-together', all: [['@by-gomel-oblast+'], ['@kz-karaganda-oblast']], window: 15 }],
  }),
];

export const catalog: Catalog = { version: 'test-1', projects, regions };
