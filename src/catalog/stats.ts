/** Coverage statistics of the catalog for `covgap catalog check`. Pure. */
import type { Catalog } from './model.ts';

export interface CatalogStats {
  projects: number;
  retired: number;
  byKind: Record<string, number>;
  byLifecycle: Record<string, number>;
  byImportance: Record<string, number>;
  /** Projects per region id they name (both sides). */
  byRegion: Record<string, number>;
  aliasesByLang: Record<string, number>;
  rules: number;
  withoutRegions: string[];
  places: Record<string, number>;
  outlets: { total: number; byCountryLevel: Record<string, number>; feeds: number; enabledFeeds: number };
}

function bump(rec: Record<string, number>, key: string, by = 1): void {
  rec[key] = (rec[key] ?? 0) + by;
}

export function catalogStats(
  catalog: Catalog,
  outlets: ReadonlyArray<{ country: string; level: string; feeds: ReadonlyArray<{ enabled: boolean }> }>,
): CatalogStats {
  const s: CatalogStats = {
    projects: catalog.projects.length, retired: 0, byKind: {}, byLifecycle: {}, byImportance: {}, byRegion: {},
    aliasesByLang: {}, rules: 0, withoutRegions: [], places: {},
    outlets: { total: outlets.length, byCountryLevel: {}, feeds: 0, enabledFeeds: 0 },
  };
  for (const p of catalog.projects) {
    if (p.retired) s.retired++;
    bump(s.byKind, p.kind);
    bump(s.byLifecycle, p.lifecycle);
    bump(s.byImportance, String(p.importance));
    for (const r of [...p.byRegions, ...p.kzRegions]) bump(s.byRegion, r);
    for (const [lang, list] of Object.entries(p.match.aliases)) bump(s.aliasesByLang, lang, list?.length ?? 0);
    s.rules += p.match.rules.length;
    if (!p.byRegions.length && !p.kzRegions.length) s.withoutRegions.push(p.id);
  }
  for (const r of catalog.regions) bump(s.places, `${r.country} ${r.kind}`);
  for (const o of outlets) {
    bump(s.outlets.byCountryLevel, `${o.country} ${o.level}`);
    s.outlets.feeds += o.feeds.length;
    s.outlets.enabledFeeds += o.feeds.filter((f) => f.enabled).length;
  }
  return s;
}

export function formatCatalogStats(s: CatalogStats): string {
  const rec = (r: Record<string, number>) =>
    Object.entries(r).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(', ');
  const topRegions = Object.entries(s.byRegion).sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${v}`).join(', ');
  return [
    `projects: ${s.projects} (${s.retired} retired), ${s.rules} context rules`,
    `  by kind: ${rec(s.byKind)}`,
    `  by lifecycle: ${rec(s.byLifecycle)}`,
    `  by importance: ${rec(s.byImportance)}`,
    `  most named regions: ${topRegions}`,
    `  national scope (no region): ${s.withoutRegions.length}`,
    `aliases per language: ${rec(s.aliasesByLang)}`,
    `gazetteer: ${rec(s.places)}`,
    `sources: ${s.outlets.total} outlets (${rec(s.outlets.byCountryLevel)}), ${s.outlets.feeds} feeds, ${s.outlets.enabledFeeds} enabled`,
  ].join('\n');
}
