/**
 * Observed coverage (docs/gaps.md §2): matched items placed in report-zone ISO weeks, the sparse
 * weekly cube project × week × outlet × side × level, and the volumes that shares divide by.
 */
import type { CoverageRow, ItemRef, MatchedItemRow, OutletInfo, OutletVolumeRow, Side } from './model.ts';
import { perMille } from './per-mille.ts';
import { localDate, weekOf, type WeekLabel } from './week.ts';

/** A match placed in its week, with the oblasts it comes from (outlet region included). */
export interface DatedMatch {
  row: MatchedItemRow;
  week: WeekLabel;
  oblasts: ReadonlySet<string>;
}

/** Item counts per outlet, side and all outlets, per week. */
export interface Volumes {
  outletWeek(outletId: string, week: WeekLabel): number | undefined;
  sideWeek(side: Side, week: WeekLabel): number | undefined;
  week(week: WeekLabel): number | undefined;
  /** Sum over weeks for one outlet, one side or everything. */
  sum(weeks: readonly WeekLabel[], filter?: { outletId?: string; side?: Side }): number;
  /** A week "has data" when any outlet published anything in it. */
  hasData(week: WeekLabel): boolean;
}

export function indexVolumes(rows: readonly OutletVolumeRow[]): Volumes {
  const byOutlet = new Map<string, number>();
  const bySide = new Map<string, number>();
  const byWeek = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, n: number): void => void m.set(k, (m.get(k) ?? 0) + n);
  for (const r of rows) {
    add(byOutlet, `${r.outletId}|${r.week}`, r.items);
    add(bySide, `${r.side}|${r.week}`, r.items);
    add(byWeek, r.week, r.items);
  }
  return {
    outletWeek: (o, w) => byOutlet.get(`${o}|${w}`),
    sideWeek: (s, w) => bySide.get(`${s}|${w}`),
    week: (w) => byWeek.get(w),
    sum(weeks, filter) {
      let total = 0;
      for (const w of weeks) {
        if (filter?.outletId !== undefined) total += byOutlet.get(`${filter.outletId}|${w}`) ?? 0;
        else if (filter?.side !== undefined) total += bySide.get(`${filter.side}|${w}`) ?? 0;
        else total += byWeek.get(w) ?? 0;
      }
      return total;
    },
    hasData: (w) => (byWeek.get(w) ?? 0) > 0,
  };
}

/**
 * Matches placed in weeks, keeping those inside `weeks`, one per (item, project), ordered by
 * publication time then item id so every later step is deterministic.
 */
export function dateMatches(
  matches: readonly MatchedItemRow[],
  timeZone: string,
  weeks: ReadonlySet<WeekLabel>,
  oblastsOf: (row: MatchedItemRow) => ReadonlySet<string>,
): DatedMatch[] {
  const seen = new Set<string>();
  const out: DatedMatch[] = [];
  for (const row of matches) {
    const key = `${row.itemId}|${row.projectId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const week = weekOf(row.publishedAt, timeZone);
    if (weeks.has(week)) out.push({ row, week, oblasts: oblastsOf(row) });
  }
  return out.sort(byTimeThenId);
}

export function byTimeThenId(a: DatedMatch, b: DatedMatch): number {
  return a.row.publishedAt.getTime() - b.row.publishedAt.getTime() || a.row.itemId - b.row.itemId || cmp(a.row.projectId, b.row.projectId);
}

/** The non-empty cells of the cube, ordered by project, week, outlet, level. */
export function coverageCube(matches: readonly DatedMatch[], volumes: Volumes): CoverageRow[] {
  const cells = new Map<string, CoverageRow>();
  for (const { row, week } of matches) {
    const key = `${row.projectId}|${week}|${row.outletId}|${row.side}|${row.level}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { projectId: row.projectId, week, outletId: row.outletId, side: row.side, level: row.level, originals: 0, reprints: 0, sharePerMille: null };
      cells.set(key, cell);
    }
    if (row.reprint) cell.reprints++;
    else cell.originals++;
  }
  const out = [...cells.values()];
  for (const c of out) c.sharePerMille = perMille(c.originals, volumes.outletWeek(c.outletId, c.week));
  return out.sort(
    (a, b) => cmp(a.projectId, b.projectId) || cmp(a.week, b.week) || cmp(a.outletId, b.outletId) || cmp(a.side, b.side) || cmp(a.level, b.level),
  );
}

/** A match as the report shows it: date in the report zone, outlet name. */
export function itemRef(m: DatedMatch, outlets: ReadonlyMap<string, OutletInfo>, timeZone: string): ItemRef {
  const r = m.row;
  return {
    itemId: r.itemId,
    date: localDate(r.publishedAt, timeZone),
    publishedAt: r.publishedAt.toISOString(),
    outletId: r.outletId,
    outletName: outlets.get(r.outletId)?.name ?? r.outletId,
    side: r.side,
    level: r.level,
    reprint: r.reprint,
    title: r.title,
    url: r.url,
  };
}

/** Code-point order, independent of the process locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
