/** Per-outlet tables (docs/gaps.md §9): volume, matched coverage and share in the window. */
import { cmp, type DatedMatch, type Volumes } from './coverage.ts';
import type { OutletInfo, OutletTable, Text } from './model.ts';
import type { RegionIndex } from './own-regions.ts';
import { perMille } from './per-mille.ts';
import type { WeekLabel } from './week.ts';

/** Every configured outlet plus any outlet seen only in the data, ordered country, level, id. */
export function outletTables(
  outlets: readonly OutletInfo[],
  windowMatches: readonly DatedMatch[],
  volumes: Volumes,
  reportWeek: WeekLabel,
  windowWeeks: readonly WeekLabel[],
  regions: RegionIndex,
): OutletTable[] {
  const known = new Map(outlets.map((o) => [o.id, o]));
  for (const m of windowMatches) {
    if (!known.has(m.row.outletId)) {
      known.set(m.row.outletId, { id: m.row.outletId, name: m.row.outletId, country: m.row.side, level: 'central', region: null });
    }
  }
  const label = (id: string | null): Text | null => {
    const r = id ? regions.get(id) : undefined;
    return r ? { en: r.label.en, ru: r.label.ru } : null;
  };
  const rows = [...known.values()].map((o): OutletTable => {
    const ms = windowMatches.filter((m) => m.row.outletId === o.id);
    const perProject = new Map<string, { originals: number; reprints: number }>();
    for (const m of ms) {
      const c = perProject.get(m.row.projectId) ?? { originals: 0, reprints: 0 };
      if (m.row.reprint) c.reprints++;
      else c.originals++;
      perProject.set(m.row.projectId, c);
    }
    const originals = ms.filter((m) => !m.row.reprint).length;
    const itemsWindow = volumes.sum(windowWeeks, { outletId: o.id });
    return {
      outletId: o.id,
      name: o.name,
      country: o.country,
      level: o.level,
      region: o.region,
      regionLabel: label(o.region),
      itemsWeek: volumes.outletWeek(o.id, reportWeek) ?? 0,
      itemsWindow,
      originalsWindow: originals,
      reprintsWindow: ms.length - originals,
      sharePerMille: perMille(originals, itemsWindow),
      projects: [...perProject.entries()]
        .map(([projectId, c]) => ({ projectId, ...c }))
        .sort((a, b) => b.originals + b.reprints - (a.originals + a.reprints) || cmp(a.projectId, b.projectId)),
    };
  });
  const order = (o: OutletTable): string => `${o.country}|${o.level === 'central' ? 0 : 1}|${o.outletId}`;
  return rows.sort((a, b) => cmp(order(a), order(b)) || cmp(a.outletId, b.outletId));
}
