/** Small hand-built catalog, outlets and weekly data for the gap tests (Europe/Minsk, UTC+3 all year). */
import type { Catalog, Project, Region } from '../../src/catalog/model.ts';
import { DEFAULT_GAP_SETTINGS, type MatchedItemRow, type OutletInfo, type OutletVolumeRow, type ReportInput } from '../../src/gaps/model.ts';
import { weekBounds, weekRange } from '../../src/gaps/week.ts';

const region = (id: string, kind: Region['kind'], parent: string | null, en: string, ru: string): Region => ({
  id, kind, country: id.startsWith('kz') ? 'KZ' : 'BY', parent, label: { en, ru }, names: {}, adjectives: {}, historical: [], dateline: [],
});

export const regions: Region[] = [
  region('by', 'country', null, 'Belarus', 'Беларусь'),
  region('kz', 'country', null, 'Kazakhstan', 'Казахстан'),
  region('by-minsk', 'city', 'by', 'Minsk', 'Минск'),
  region('by-gomel-oblast', 'oblast', 'by', 'Gomel Oblast', 'Гомельская область'),
  region('by-gomel', 'city', 'by-gomel-oblast', 'Gomel', 'Гомель'),
  region('kz-astana', 'city', 'kz', 'Astana', 'Астана'),
  region('kz-kostanay-oblast', 'oblast', 'kz', 'Kostanay Region', 'Костанайская область'),
  region('kz-kostanay', 'city', 'kz-kostanay-oblast', 'Kostanay', 'Костанай'),
];

export function project(id: string, over: Partial<Project> = {}): Project {
  return {
    id, kind: 'enterprise', sector: 'machinery', lifecycle: 'active', importance: 3, years: [2026],
    name: { en: `Project ${id}`, ru: `Проект ${id}` }, description: { en: 'd', ru: 'о' },
    byOrgs: ['Gomselmash'], kzOrgs: ['AgromashHolding'], byRegions: ['by-gomel'], kzRegions: ['kz-kostanay'],
    seedLines: [612, 614, 616, 620, 700], citedUrls: [], match: { aliases: {}, rules: [], exclude: [] }, retired: false,
    ...over,
  };
}

export const outlets: OutletInfo[] = [
  { id: 'belta', name: 'BelTA', country: 'BY', level: 'central', region: null },
  { id: 'kazinform', name: 'Kazinform', country: 'KZ', level: 'central', region: null },
  { id: 'gp-by', name: 'Gomelskaya Pravda', country: 'BY', level: 'regional', region: 'by-gomel-oblast' },
  { id: 'kstnews', name: 'Kostanay News', country: 'KZ', level: 'regional', region: 'kz-kostanay-oblast' },
];
const outletById = new Map(outlets.map((o) => [o.id, o]));

let nextId = 1;
/** A match published at Wednesday noon (Minsk) of `week`, unless `at` is given. */
export function item(projectId: string, outletId: string, week: string, over: Partial<MatchedItemRow> = {}): MatchedItemRow {
  const o = outletById.get(outletId)!;
  const wednesdayNoon = new Date(weekBounds(week, 'Europe/Minsk').start.getTime() + (2 * 24 + 12) * 3600_000);
  const id = nextId++;
  return {
    itemId: id, projectId, outletId, side: o.country, level: o.level, publishedAt: wednesdayNoon,
    oblasts: o.region ? [o.region] : [], reprint: false, title: `Item ${id}`, url: `https://example.org/${id}`, score: 1,
    ...over,
  };
}

/** 100 items per outlet in every week from `first` to `last` (so every week "has data"). */
export function volumes(first: string, last: string, perOutlet = 100): OutletVolumeRow[] {
  return weekRange(first, last).flatMap((week) => outlets.map((o) => ({ outletId: o.id, side: o.country, level: o.level, week, items: perOutlet })));
}

export function input(over: Partial<ReportInput> & { projects?: Project[] }): ReportInput {
  const catalog: Catalog = { version: 't', projects: over.projects ?? [], regions };
  const { projects: _p, ...rest } = over;
  return {
    week: '2026-W47', timeZone: 'Europe/Minsk', generatedAt: new Date('2026-11-23T06:00:00Z'), catalog, outlets,
    matches: [], volumes: volumes('2026-W18', '2026-W47'), candidates: [], settings: { ...DEFAULT_GAP_SETTINGS },
    ...rest,
  };
}
