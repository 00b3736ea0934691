/** The BY-oblast × KZ-oblast matrix (docs/gaps.md §8). */
import { cmp, type DatedMatch } from './coverage.ts';
import type { MatrixCell, ProjectCoverage, RegionMatrix, Text } from './model.ts';
import type { RegionIndex } from './own-regions.ts';

/**
 * A cell ties a Belarusian and a Kazakh oblast through the projects that name both. It counts
 * the distinct original items about those projects over the sparkline weeks (an item about two
 * projects of the same cell counts once) and how many of them are regional-level. Rows and
 * columns are the oblasts that appear in at least one cell.
 */
export function regionMatrix(
  projects: readonly ProjectCoverage[],
  matches: readonly DatedMatch[],
  sparkWeeks: ReadonlySet<string>,
  flagged: ReadonlySet<string>,
  regions: RegionIndex,
): RegionMatrix {
  const cells = new Map<string, { cell: MatrixCell; items: Set<number>; regional: Set<number> }>();
  const byProject = new Map<string, DatedMatch[]>();
  for (const m of matches) {
    if (m.row.reprint || !sparkWeeks.has(m.week)) continue;
    const list = byProject.get(m.row.projectId) ?? [];
    list.push(m);
    byProject.set(m.row.projectId, list);
  }
  for (const p of projects) {
    for (const by of p.ownOblasts.BY) {
      for (const kz of p.ownOblasts.KZ) {
        const key = `${by}|${kz}`;
        let c = cells.get(key);
        if (!c) {
          c = { cell: { by, kz, projects: [], originals: 0, regional: 0, flagged: [] }, items: new Set(), regional: new Set() };
          cells.set(key, c);
        }
        c.cell.projects.push(p.projectId);
        if (flagged.has(p.projectId)) c.cell.flagged.push(p.projectId);
        for (const m of byProject.get(p.projectId) ?? []) {
          c.items.add(m.row.itemId);
          if (m.row.level === 'regional') c.regional.add(m.row.itemId);
        }
      }
    }
  }
  const out = [...cells.values()].map(({ cell, items, regional }) => ({
    ...cell,
    projects: [...cell.projects].sort(cmp),
    flagged: [...cell.flagged].sort(cmp),
    originals: items.size,
    regional: regional.size,
  }));
  out.sort((a, b) => cmp(a.by, b.by) || cmp(a.kz, b.kz));
  const label = (id: string): Text => {
    const r = regions.get(id);
    return r ? { en: r.label.en, ru: r.label.ru } : { en: id, ru: id };
  };
  const axis = (ids: string[]) => [...new Set(ids)].sort(cmp).map((id) => ({ id, label: label(id) }));
  return { byRegions: axis(out.map((c) => c.by)), kzRegions: axis(out.map((c) => c.kz)), cells: out };
}
