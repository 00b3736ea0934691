/**
 * ReportInput → GapReport: the whole gap analysis for one report week, pure (docs/gaps.md).
 * Steps: place matches in report-zone weeks → coverage per project → expected → detect →
 * words and leads → rank → region matrix, outlet tables, candidates.
 */
import { cmp, coverageCube, dateMatches, indexVolumes } from './coverage.ts';
import { detectGaps } from './detect.ts';
import { lineRanges } from './line-ranges.ts';
import {
  GAP_KINDS,
  type Candidate,
  type Gap,
  type GapKind,
  type GapReport,
  type ReportInput,
  type Text,
} from './model.ts';
import { outletTables } from './outlet-tables.ts';
import { itemOblasts, projectOblasts, regionIndex } from './own-regions.ts';
import { pitchTo } from './pitch-to.ts';
import { projectCoverage, type ReportWeeks } from './project-coverage.ts';
import { rankGaps } from './rank.ts';
import { reasonText, suggestionText } from './reason.ts';
import { regionMatrix } from './region-matrix.ts';
import { addWeeks, localDate, parseWeek, weekDates, weekOf, weeksEndingAt } from './week.ts';

export function buildGapReport(input: ReportInput): GapReport {
  const { settings, timeZone, catalog } = input;
  parseWeek(input.week);
  checkSettings(input);
  const weeks: ReportWeeks = {
    report: input.week,
    window: weeksEndingAt(input.week, settings.windowWeeks),
    baseline: weeksEndingAt(addWeeks(input.week, -settings.windowWeeks), settings.historyWeeks),
    spark: weeksEndingAt(input.week, settings.historyWeeks),
  };
  const analysed = new Set([...weeks.baseline, ...weeks.window]);
  const inWindow = new Set(weeks.window);
  const regions = regionIndex(catalog);
  const outlets = new Map(input.outlets.map((o) => [o.id, o]));
  const volumes = indexVolumes(input.volumes.filter((v) => analysed.has(v.week)));
  const matches = dateMatches(input.matches, timeZone, analysed, (row) => itemOblasts(row, outlets.get(row.outletId), regions));
  const windowMatches = matches.filter((m) => inWindow.has(m.week));
  const weeksWithData = [...analysed].filter((w) => volumes.hasData(w)).length;

  const byProject = new Map<string, typeof matches>();
  for (const m of matches) {
    const list = byProject.get(m.row.projectId) ?? [];
    list.push(m);
    byProject.set(m.row.projectId, list);
  }
  const catalogProjects = catalog.projects.filter((p) => !p.retired).sort((a, b) => cmp(a.id, b.id));
  const ctx = { weeks, volumes, outlets, timeZone, settings };
  const projects = catalogProjects.map((p) => projectCoverage(p, projectOblasts(p, regions), byProject.get(p.id) ?? [], ctx));
  const projectById = new Map(catalogProjects.map((p) => [p.id, p]));

  const regionLabel = (id: string): Text => {
    const r = regions.get(id);
    return r ? { en: r.label.en, ru: r.label.ru } : { en: id, ru: id };
  };
  const detected = projects.flatMap((p) =>
    detectGaps(p, settings).map((g) => {
      const project = projectById.get(p.projectId)!;
      const pitch = pitchTo(g.kind, g.missingSide, p, input.outlets, regions);
      const words = { settings, weeksAnalysed: weeksWithData, regionLabel, pitchTo: pitch };
      return {
        ...g,
        name: p.name,
        importance: p.importance,
        lifecycle: p.lifecycle,
        reason: reasonText(g, p, words),
        leads: {
          lastCoverage: p.lastCoverage,
          lastOwnRegional: p.lastOwnRegional,
          sourceLines: lineRanges(project.seedLines),
          byOrgs: [...project.byOrgs],
          kzOrgs: [...project.kzOrgs],
          pitchTo: pitch.map((o) => ({ outletId: o.id, outletName: o.name })),
          suggestion: suggestionText(g, p, words),
        },
      };
    }),
  );
  const gaps: Gap[] = rankGaps(detected).map((g) => ({
    rank: g.rank,
    projectId: g.projectId,
    name: g.name,
    kind: g.kind,
    importance: g.importance,
    lifecycle: g.lifecycle,
    shortfall: g.shortfall,
    priority: g.priority,
    reason: g.reason,
    missingSide: g.missingSide,
    leads: g.leads,
  }));
  const flagged = new Set(gaps.map((g) => g.projectId));
  const gapsByKind = Object.fromEntries(GAP_KINDS.map((k) => [k, gaps.filter((g) => g.kind === k).length])) as Record<GapKind, number>;

  const candidates: Candidate[] = input.candidates
    .filter((c) => inWindow.has(weekOf(c.publishedAt, timeZone)))
    .sort((a, b) => b.relevanceScore - a.relevanceScore || b.publishedAt.getTime() - a.publishedAt.getTime() || a.itemId - b.itemId)
    .map((c) => ({
      itemId: c.itemId,
      date: localDate(c.publishedAt, timeZone),
      publishedAt: c.publishedAt.toISOString(),
      outletId: c.outletId,
      outletName: outlets.get(c.outletId)?.name ?? c.outletId,
      title: c.title,
      url: c.url,
      relevanceScore: c.relevanceScore,
    }));

  const windowItems = new Map<number, boolean>();
  for (const m of windowMatches) windowItems.set(m.row.itemId, m.row.reprint);
  const reprintsWindow = [...windowItems.values()].filter(Boolean).length;

  return {
    format: 'covgap-gap-report/1',
    week: input.week,
    timeZone,
    weekDates: weekDates(input.week),
    generatedAt: input.generatedAt.toISOString(),
    settings: { ...settings, priorPerWeek: { ...settings.priorPerWeek } },
    windowWeeks: [...weeks.window],
    baselineWeeks: [...weeks.baseline],
    sparkWeeks: [...weeks.spark],
    totals: {
      itemsWeek: volumes.week(input.week) ?? 0,
      itemsWindow: volumes.sum(weeks.window),
      originalsWindow: windowItems.size - reprintsWindow,
      reprintsWindow,
      projects: projects.length,
      projectsCovered: projects.filter((p) => p.window.originals + p.window.reprints > 0).length,
      projectsFlagged: flagged.size,
      gapsByKind,
    },
    projects,
    gaps,
    coverage: coverageCube(matches, volumes),
    matrix: regionMatrix(projects, matches, new Set(weeks.spark), flagged, regions),
    outlets: outletTables(input.outlets, windowMatches, volumes, input.week, weeks.window, regions),
    candidates,
  };
}

function checkSettings({ settings: s }: ReportInput): void {
  const positive = (name: string, v: number): void => {
    if (!Number.isInteger(v) || v < 1) throw new Error(`gaps: ${name} must be a whole number ≥ 1, got ${v}`);
  };
  positive('silentWeeks', s.silentWeeks);
  positive('windowWeeks', s.windowWeeks);
  positive('historyWeeks', s.historyWeeks);
  if (!(s.decliningRatio > 0 && s.decliningRatio <= 1)) throw new Error(`gaps: decliningRatio must be in (0, 1], got ${s.decliningRatio}`);
  if (!(s.priorWeightWeeks >= 0)) throw new Error(`gaps: priorWeightWeeks must be ≥ 0, got ${s.priorWeightWeeks}`);
}
