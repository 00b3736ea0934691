/**
 * The gap analysis' input (plain rows that src/gaps/run.ts reads from SQL) and its output, the
 * GapReport. Definitions: docs/gaps.md. Everything in GapReport is JSON-safe (instants are ISO
 * strings, numbers are rounded), so a frozen report parses back to an equal value.
 */
import type { Catalog, Country, Lifecycle } from '../catalog/model.ts';
import type { WeekLabel } from './week.ts';

export type Side = 'BY' | 'KZ';
export type Level = 'central' | 'regional';

// ---- input ------------------------------------------------------------------------------------

export interface MatchedItemRow {
  itemId: number;
  projectId: string;
  outletId: string;
  side: Side;
  level: Level;
  publishedAt: Date;
  /** Oblast-level region ids of the item (dateline, mentions, regional outlet's region). */
  oblasts: string[];
  reprint: boolean;
  title: string;
  url: string;
  score: number;
}

export interface OutletVolumeRow {
  outletId: string;
  side: Side;
  level: Level;
  /** 'YYYY-Www' in the report zone. */
  week: string;
  items: number;
}

export interface CandidateRow {
  itemId: number;
  outletId: string;
  publishedAt: Date;
  title: string;
  url: string;
  relevanceScore: number;
}

export interface OutletInfo {
  id: string;
  name: string;
  country: Country;
  level: Level;
  region: string | null;
}

export interface ReportInput {
  week: string;
  timeZone: string;
  generatedAt: Date;
  catalog: Catalog;
  outlets: OutletInfo[];
  /** All matches from the start of {@link inputRange} to the end of the report week. */
  matches: MatchedItemRow[];
  /** Item counts per outlet × level × week over the same range. */
  volumes: OutletVolumeRow[];
  candidates: CandidateRow[];
  settings: GapSettings;
}

export interface GapSettings {
  /** silent: no original coverage in this many weeks, the report week included. */
  silentWeeks: number;
  /** The current window, in weeks ending with the report week (declining, one-sided, central-only, reprint-only). */
  windowWeeks: number;
  /** Baseline length: the weeks right before the window; also the sparkline length. */
  historyWeeks: number;
  /** declining: observed in the window below this fraction of expected. */
  decliningRatio: number;
  /** Prior: expected original items per week by catalog importance (1 minor … 3 flagship). */
  priorPerWeek: { 1: number; 2: number; 3: number };
  /** Weight of the prior in the blend, in weeks of history (credibility constant k). */
  priorWeightWeeks: number;
  /** Structural gaps: the share of its coverage a missing side or missing regional press should carry. */
  targetShare: number;
}

/** Defaults documented in docs/gaps.md §4; tuned so the demo snapshot shows its designed gaps. */
export const DEFAULT_GAP_SETTINGS: Readonly<GapSettings> = Object.freeze({
  silentWeeks: 4,
  windowWeeks: 4,
  historyWeeks: 26,
  decliningRatio: 0.25,
  priorPerWeek: Object.freeze({ 1: 0.1, 2: 0.25, 3: 0.5 }),
  priorWeightWeeks: 8,
  targetShare: 0.5,
});

// ---- output -----------------------------------------------------------------------------------

/** The five gap kinds, in the order they are listed when priorities tie. */
export const GAP_KINDS = ['silent', 'declining', 'one_sided', 'central_only', 'reprint_only'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

export interface Text {
  en: string;
  ru: string;
}

/** One cell of the weekly coverage cube (only non-empty cells are listed). */
export interface CoverageRow {
  projectId: string;
  week: WeekLabel;
  outletId: string;
  side: Side;
  level: Level;
  originals: number;
  reprints: number;
  /** originals per 1,000 items the outlet published that week (null when it published none). */
  sharePerMille: number | null;
}

export interface WeekPoint {
  week: WeekLabel;
  originals: number;
  reprints: number;
  /** originals per 1,000 items of all outlets that week; null for a week with no items at all. */
  sharePerMille: number | null;
}

export interface SideLevelCount {
  side: Side;
  level: Level;
  originals: number;
  reprints: number;
  /** originals per 1,000 items of that side's outlets in the window. */
  sharePerMille: number | null;
}

export interface ItemRef {
  itemId: number;
  /** Wall-clock date in the report zone, YYYY-MM-DD. */
  date: string;
  publishedAt: string;
  outletId: string;
  outletName: string;
  side: Side;
  level: Level;
  reprint: boolean;
  title: string;
  url: string;
}

export interface ProjectCoverage {
  projectId: string;
  name: Text;
  description: Text;
  lifecycle: Lifecycle;
  importance: 1 | 2 | 3;
  /** planned/active and not retired: only these can be flagged. */
  flaggable: boolean;
  ownOblasts: { BY: string[]; KZ: string[] };
  /** One point per sparkline week (historyWeeks ending with the report week). */
  weekly: WeekPoint[];
  window: {
    originals: number;
    reprints: number;
    sharePerMille: number | null;
    bySideLevel: SideLevelCount[];
    /** Regional-level items from the project's own oblasts (any regional item when it has none). */
    ownRegional: { originals: number; reprints: number };
    outlets: Array<{ outletId: string; originals: number; reprints: number }>;
  };
  baseline: { weeksWithData: number; originals: number; perWeek: number };
  expected: { priorPerWeek: number; perWeek: number; window: number; windowWeeksWithData: number };
  /** Weeks since the last original item (report week = 0); null when none in the input range. */
  weeksSinceOriginal: number | null;
  lastCoverage: ItemRef | null;
  lastOriginal: ItemRef | null;
  lastOwnRegional: ItemRef | null;
}

export interface GapLeads {
  lastCoverage: ItemRef | null;
  lastOwnRegional: ItemRef | null;
  /** Source-document line ranges, e.g. [[612, 620], [700, 700]]. */
  sourceLines: Array<[number, number]>;
  byOrgs: string[];
  kzOrgs: string[];
  /** Monitored outlets to pitch to, best first. */
  pitchTo: Array<{ outletId: string; outletName: string }>;
  suggestion: Text;
}

export interface Gap {
  rank: number;
  projectId: string;
  name: Text;
  kind: GapKind;
  importance: 1 | 2 | 3;
  lifecycle: Lifecycle;
  /** Missing original items over the window (docs/gaps.md §6). */
  shortfall: number;
  /** importance × shortfall: the ranking key. */
  priority: number;
  reason: Text;
  /** For one_sided: the side that wrote nothing. */
  missingSide: Side | null;
  leads: GapLeads;
}

export interface MatrixCell {
  by: string;
  kz: string;
  /** Non-retired projects tying the two oblasts. */
  projects: string[];
  /** Distinct original items about those projects over the sparkline weeks. */
  originals: number;
  /** …of which regional-level. */
  regional: number;
  /** Of the projects, those flagged with a gap this week. */
  flagged: string[];
}

export interface RegionMatrix {
  byRegions: Array<{ id: string; label: Text }>;
  kzRegions: Array<{ id: string; label: Text }>;
  cells: MatrixCell[];
}

export interface OutletTable {
  outletId: string;
  name: string;
  country: Side;
  level: Level;
  region: string | null;
  regionLabel: Text | null;
  itemsWeek: number;
  itemsWindow: number;
  originalsWindow: number;
  reprintsWindow: number;
  /** Matched originals per 1,000 of the outlet's items in the window. */
  sharePerMille: number | null;
  projects: Array<{ projectId: string; originals: number; reprints: number }>;
}

export interface Candidate {
  itemId: number;
  date: string;
  publishedAt: string;
  outletId: string;
  outletName: string;
  title: string;
  url: string;
  relevanceScore: number;
}

export interface GapReport {
  format: 'covgap-gap-report/1';
  week: WeekLabel;
  timeZone: string;
  /** Monday and Sunday of the report week (civil dates). */
  weekDates: { first: string; last: string };
  generatedAt: string;
  settings: GapSettings;
  /** The current window, oldest first; its last week is the report week. */
  windowWeeks: WeekLabel[];
  baselineWeeks: WeekLabel[];
  sparkWeeks: WeekLabel[];
  totals: {
    itemsWeek: number;
    itemsWindow: number;
    originalsWindow: number;
    reprintsWindow: number;
    projects: number;
    projectsCovered: number;
    projectsFlagged: number;
    gapsByKind: Record<GapKind, number>;
  };
  /** Every non-retired catalog project, by id. */
  projects: ProjectCoverage[];
  /** Ranked: priority desc, importance desc, kind order, project id. */
  gaps: Gap[];
  coverage: CoverageRow[];
  matrix: RegionMatrix;
  outlets: OutletTable[];
  candidates: Candidate[];
}
