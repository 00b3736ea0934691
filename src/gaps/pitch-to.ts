/** Which monitored outlets a gap's suggestion names (docs/gaps.md §7). */
import { cmp } from './coverage.ts';
import type { GapKind, OutletInfo, ProjectCoverage, Side } from './model.ts';
import { oblastOf, type RegionIndex } from './own-regions.ts';

const MAX_PITCH = 5;

/**
 * Regional outlets of the project's own oblasts come first (what the source document asks
 * for); one_sided keeps only the missing side; silent and declining add the agencies; without
 * own regions central_only/reprint_only offer every regional outlet. At most five, by id.
 */
export function pitchTo(kind: GapKind, missingSide: Side | null, p: ProjectCoverage, outlets: readonly OutletInfo[], regions: RegionIndex): OutletInfo[] {
  const own = new Set([...p.ownOblasts.BY, ...p.ownOblasts.KZ]);
  const byId = (a: OutletInfo, b: OutletInfo): number => cmp(a.id, b.id);
  const regional = outlets.filter((o) => o.level === 'regional').sort(byId);
  const local = regional.filter((o) => {
    const ob = o.region ? oblastOf(o.region, regions) : null;
    return ob !== null && own.has(ob);
  });
  const central = outlets.filter((o) => o.level === 'central').sort(byId);
  let list: OutletInfo[];
  switch (kind) {
    case 'one_sided':
      list = [...local, ...central].filter((o) => o.country === missingSide);
      break;
    case 'central_only':
    case 'reprint_only':
      list = own.size > 0 ? local : regional;
      break;
    case 'silent':
    case 'declining':
      list = [...local, ...central];
      break;
  }
  return list.slice(0, MAX_PITCH);
}
