/** Which oblast-level units a project "owns" and which an item comes from (docs/gaps.md §5). */
import type { Catalog, Project, Region } from '../catalog/model.ts';
import type { MatchedItemRow, OutletInfo } from './model.ts';

export type RegionIndex = ReadonlyMap<string, Region>;

export function regionIndex(catalog: Catalog): RegionIndex {
  return new Map(catalog.regions.map((r) => [r.id, r]));
}

/**
 * The oblast-level unit of a place: itself for an oblast or a republican city (Minsk, Astana,
 * Almaty, Shymkent), else the nearest oblast above; null for a country or an unknown id. The
 * same rule as item_regions.oblast_id (src/db/catalog.ts), so both sides compare like with like.
 */
export function oblastOf(id: string, regions: RegionIndex): string | null {
  for (let cur = regions.get(id); cur; cur = cur.parent ? regions.get(cur.parent) : undefined) {
    if (cur.kind === 'oblast') return cur.id;
    if (cur.kind === 'city' && cur.parent && regions.get(cur.parent)?.kind === 'country') return cur.id;
    if (cur.kind === 'country') return null;
  }
  return null;
}

/** The project's own oblasts per side, from its by_regions and kz_regions, sorted. */
export function projectOblasts(project: Project, regions: RegionIndex): { BY: string[]; KZ: string[] } {
  const map = (ids: readonly string[]): string[] =>
    [...new Set(ids.map((id) => oblastOf(id, regions)).filter((x): x is string => x !== null))].sort();
  return { BY: map(project.byRegions), KZ: map(project.kzRegions) };
}

/** The oblasts an item comes from or is about: its own oblast list plus a regional outlet's oblast. */
export function itemOblasts(row: MatchedItemRow, outlet: OutletInfo | undefined, regions: RegionIndex): Set<string> {
  const out = new Set(row.oblasts);
  if (outlet && outlet.level === 'regional' && outlet.region) {
    const o = oblastOf(outlet.region, regions);
    if (o) out.add(o);
  }
  return out;
}

/**
 * A regional-level item counts for the project's own regions when one of its oblasts is one of
 * the project's; a project with no regions of its own (an intergovernmental commission) is
 * served by any regional-level item.
 */
export function isOwnRegional(row: MatchedItemRow, own: { BY: string[]; KZ: string[] }, oblasts: ReadonlySet<string>): boolean {
  if (row.level !== 'regional') return false;
  const mine = [...own.BY, ...own.KZ];
  return mine.length === 0 || mine.some((o) => oblasts.has(o));
}

