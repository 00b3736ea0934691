/**
 * GapReport → ReportModel: the plain data editors see, every label resolved in one language.
 * Renderers (html.ts, markdown.ts, csv.ts, json.ts) only lay this out; they compute nothing.
 * Untrusted feed text (titles, URLs) stays raw here and is escaped by each renderer.
 */
import { GAP_KINDS, type GapKind, type GapReport, type ItemRef, type Side } from '../gaps/model.ts';
import { localDateTime } from '../gaps/week.ts';
import { LABELS, type Labels, type ReportLang } from './labels.ts';

export interface LinkRef {
  date: string;
  outlet: string;
  title: string;
  url: string;
  reprint: boolean;
}

export interface GapRow {
  rank: number;
  projectId: string;
  project: string;
  kind: GapKind;
  kindLabel: string;
  importance: number;
  lifecycle: string;
  priority: number;
  shortfall: number;
  reason: string;
  suggestion: string;
  lastCoverage: LinkRef | null;
  lastRegional: LinkRef | null;
  /** "lines 612–620, 700" */
  sourceLines: string;
  byOrgs: string[];
  kzOrgs: string[];
  pitchTo: string[];
  /** Originals per sparkline week, oldest first. */
  trend: number[];
}

export interface ProjectRow {
  projectId: string;
  project: string;
  lifecycle: string;
  importance: number;
  originals: number;
  reprints: number;
  expected: number;
  sharePerMille: number | null;
  /** Originals + reprints in the window per side × level, keyed `BY central` … as labelled columns. */
  cells: Array<{ label: string; count: number }>;
  gaps: string[];
  trend: number[];
}

export interface MatrixModel {
  rows: Array<{ id: string; label: string }>;
  cols: Array<{ id: string; label: string }>;
  cells: Array<{ by: string; kz: string; originals: number; regional: number; projects: number; flagged: number }>;
  max: number;
}

export interface OutletRow {
  outletId: string;
  name: string;
  country: Side;
  level: string;
  region: string;
  itemsWeek: number;
  itemsWindow: number;
  originals: number;
  reprints: number;
  sharePerMille: number | null;
  projects: string;
}

export interface CandidateModelRow {
  date: string;
  outlet: string;
  title: string;
  url: string;
  score: number;
}

export interface ReportModel {
  format: 'covgap-report-model/1';
  lang: ReportLang;
  labels: Labels;
  title: string;
  week: string;
  /** "2026-W47 · 2026-11-16 – 2026-11-22 · Europe/Minsk" */
  period: string;
  generated: string;
  windowWeeks: string[];
  sparkWeeks: string[];
  summary: Array<{ label: string; value: number }>;
  gaps: GapRow[];
  projects: ProjectRow[];
  matrix: MatrixModel;
  outlets: OutletRow[];
  candidates: CandidateModelRow[];
  /** Candidates left out beyond maxCandidates. */
  moreCandidates: number;
}

export interface ModelOptions {
  lang: ReportLang;
  /** Default 50. */
  maxCandidates?: number;
}

export function buildReportModel(report: GapReport, options: ModelOptions): ReportModel {
  const lang = options.lang;
  const L = LABELS[lang];
  const maxCandidates = options.maxCandidates ?? 50;
  const projectsById = new Map(report.projects.map((p) => [p.projectId, p]));
  const trendOf = (id: string): number[] => projectsById.get(id)?.weekly.map((w) => w.originals) ?? report.sparkWeeks.map(() => 0);
  const link = (r: ItemRef | null): LinkRef | null =>
    r ? { date: r.date, outlet: r.outletName, title: r.title, url: r.url, reprint: r.reprint } : null;
  const gapKinds = new Map<string, string[]>();
  for (const g of report.gaps) gapKinds.set(g.projectId, [...(gapKinds.get(g.projectId) ?? []), L.kinds[g.kind]]);

  const gaps: GapRow[] = report.gaps.map((g) => ({
    rank: g.rank,
    projectId: g.projectId,
    project: g.name[lang],
    kind: g.kind,
    kindLabel: L.kinds[g.kind],
    importance: g.importance,
    lifecycle: L.lifecycles[g.lifecycle],
    priority: g.priority,
    shortfall: g.shortfall,
    reason: g.reason[lang],
    suggestion: g.leads.suggestion[lang],
    lastCoverage: link(g.leads.lastCoverage),
    lastRegional: link(g.leads.lastOwnRegional),
    sourceLines: formatLines(g.leads.sourceLines, lang),
    byOrgs: [...g.leads.byOrgs],
    kzOrgs: [...g.leads.kzOrgs],
    pitchTo: g.leads.pitchTo.map((o) => o.outletName),
    trend: trendOf(g.projectId),
  }));

  const projects: ProjectRow[] = report.projects
    .filter((p) => p.window.originals + p.window.reprints > 0 || (gapKinds.has(p.projectId) && p.weekly.some((w) => w.originals + w.reprints > 0)))
    .map((p) => ({
      projectId: p.projectId,
      project: p.name[lang],
      lifecycle: L.lifecycles[p.lifecycle],
      importance: p.importance,
      originals: p.window.originals,
      reprints: p.window.reprints,
      expected: p.expected.window,
      sharePerMille: p.window.sharePerMille,
      cells: p.window.bySideLevel.map((c) => ({ label: `${c.side} ${L.levels[c.level]}`, count: c.originals + c.reprints })),
      gaps: gapKinds.get(p.projectId) ?? [],
      trend: p.weekly.map((w) => w.originals),
    }));

  const m = report.matrix;
  const matrix: MatrixModel = {
    rows: m.byRegions.map((r) => ({ id: r.id, label: r.label[lang] })),
    cols: m.kzRegions.map((r) => ({ id: r.id, label: r.label[lang] })),
    cells: m.cells.map((c) => ({ by: c.by, kz: c.kz, originals: c.originals, regional: c.regional, projects: c.projects.length, flagged: c.flagged.length })),
    max: Math.max(0, ...m.cells.map((c) => c.originals)),
  };

  const outlets: OutletRow[] = report.outlets.map((o) => ({
    outletId: o.outletId,
    name: o.name,
    country: o.country,
    level: L.levels[o.level],
    region: o.regionLabel ? o.regionLabel[lang] : L.none,
    itemsWeek: o.itemsWeek,
    itemsWindow: o.itemsWindow,
    originals: o.originalsWindow,
    reprints: o.reprintsWindow,
    sharePerMille: o.sharePerMille,
    projects: o.projects.map((p) => `${p.projectId} (${p.originals + p.reprints})`).join(', '),
  }));

  const t = report.totals;
  return {
    format: 'covgap-report-model/1',
    lang,
    labels: L,
    title: L.title,
    week: report.week,
    period: `${report.week} · ${report.weekDates.first} – ${report.weekDates.last} · ${L.timeZone} ${report.timeZone}`,
    generated: `${localDateTime(new Date(report.generatedAt), report.timeZone)} (${report.timeZone})`,
    windowWeeks: [...report.windowWeeks],
    sparkWeeks: [...report.sparkWeeks],
    summary: [
      { label: L.itemsWeek, value: t.itemsWeek },
      { label: L.itemsWindow, value: t.itemsWindow },
      { label: L.originalsWindow, value: t.originalsWindow },
      { label: L.reprintsWindow, value: t.reprintsWindow },
      { label: L.projectsCovered, value: t.projectsCovered },
      { label: L.projectsFlagged, value: t.projectsFlagged },
      // GAP_KINDS, not Object.keys: a frozen report comes back from JSON with its keys sorted.
      ...GAP_KINDS.map((k) => ({ label: `${L.kind}: ${L.kinds[k]}`, value: t.gapsByKind[k] ?? 0 })),
    ],
    gaps,
    projects,
    matrix,
    outlets,
    candidates: report.candidates.slice(0, maxCandidates).map((c) => ({ date: c.date, outlet: c.outletName, title: c.title, url: c.url, score: c.relevanceScore })),
    moreCandidates: Math.max(0, report.candidates.length - maxCandidates),
  };
}

/** Line ranges as "lines 612–620, 700"; more than six ranges end with "… (+N)". */
export function formatLines(ranges: ReadonlyArray<readonly [number, number]>, lang: ReportLang): string {
  if (ranges.length === 0) return '';
  const shown = ranges.slice(0, 6).map(([a, b]) => (a === b ? String(a) : `${a}–${b}`));
  const more = ranges.length > 6 ? ` … (+${ranges.length - 6})` : '';
  return `${lang === 'ru' ? 'строки' : 'lines'} ${shown.join(', ')}${more}`;
}
