/** One project's observed and expected coverage for the report week (docs/gaps.md §2–3). */
import type { Project } from '../catalog/model.ts';
import { cmp, itemRef, type DatedMatch, type Volumes } from './coverage.ts';
import { expectedCoverage } from './expected.ts';
import type { GapSettings, Level, OutletInfo, ProjectCoverage, Side, SideLevelCount, WeekPoint } from './model.ts';
import { isOwnRegional } from './own-regions.ts';
import { perMille } from './per-mille.ts';
import { compareWeeks, type WeekLabel } from './week.ts';

export interface ReportWeeks {
  report: WeekLabel;
  window: readonly WeekLabel[];
  baseline: readonly WeekLabel[];
  spark: readonly WeekLabel[];
}

export interface CoverageContext {
  weeks: ReportWeeks;
  volumes: Volumes;
  outlets: ReadonlyMap<string, OutletInfo>;
  timeZone: string;
  settings: GapSettings;
}

const SIDES: readonly Side[] = ['BY', 'KZ'];
const LEVELS: readonly Level[] = ['central', 'regional'];

/** `matches` are this project's, in time order (dateMatches). */
export function projectCoverage(
  project: Project,
  own: { BY: string[]; KZ: string[] },
  matches: readonly DatedMatch[],
  ctx: CoverageContext,
): ProjectCoverage {
  const { weeks, volumes } = ctx;
  const inWindow = new Set(weeks.window);
  const inBaseline = new Set(weeks.baseline);
  const win = matches.filter((m) => inWindow.has(m.week));
  const originals = (ms: readonly DatedMatch[]): number => ms.filter((m) => !m.row.reprint).length;

  const weekly: WeekPoint[] = weeks.spark.map((week) => {
    const ms = matches.filter((m) => m.week === week);
    const o = originals(ms);
    return { week, originals: o, reprints: ms.length - o, sharePerMille: perMille(o, volumes.week(week)) };
  });

  const bySideLevel: SideLevelCount[] = [];
  for (const side of SIDES) {
    for (const level of LEVELS) {
      const ms = win.filter((m) => m.row.side === side && m.row.level === level);
      const o = originals(ms);
      bySideLevel.push({ side, level, originals: o, reprints: ms.length - o, sharePerMille: perMille(o, volumes.sum(weeks.window, { side })) });
    }
  }

  const perOutlet = new Map<string, { originals: number; reprints: number }>();
  for (const m of win) {
    const c = perOutlet.get(m.row.outletId) ?? { originals: 0, reprints: 0 };
    if (m.row.reprint) c.reprints++;
    else c.originals++;
    perOutlet.set(m.row.outletId, c);
  }
  const ownRegionalWin = win.filter((m) => isOwnRegional(m.row, own, m.oblasts));
  const ownRegionalAll = matches.filter((m) => isOwnRegional(m.row, own, m.oblasts));

  const baselineOriginals = originals(matches.filter((m) => inBaseline.has(m.week)));
  const baselineWeeksWithData = weeks.baseline.filter((w) => volumes.hasData(w)).length;
  const windowWeeksWithData = weeks.window.filter((w) => volumes.hasData(w)).length;
  const expected = expectedCoverage(
    { originals: baselineOriginals, weeksWithData: baselineWeeksWithData },
    project.importance,
    windowWeeksWithData,
    ctx.settings,
  );

  const lastOf = (ms: readonly DatedMatch[]): DatedMatch | undefined => ms[ms.length - 1];
  const lastOriginal = lastOf(matches.filter((m) => !m.row.reprint));
  const ref = (m: DatedMatch | undefined) => (m ? itemRef(m, ctx.outlets, ctx.timeZone) : null);
  const windowOriginals = originals(win);

  return {
    projectId: project.id,
    name: { en: project.name.en, ru: project.name.ru },
    description: { en: project.description.en, ru: project.description.ru },
    lifecycle: project.lifecycle,
    importance: project.importance,
    flaggable: !project.retired && (project.lifecycle === 'planned' || project.lifecycle === 'active'),
    ownOblasts: own,
    weekly,
    window: {
      originals: windowOriginals,
      reprints: win.length - windowOriginals,
      sharePerMille: perMille(windowOriginals, volumes.sum(weeks.window)),
      bySideLevel,
      ownRegional: { originals: originals(ownRegionalWin), reprints: ownRegionalWin.length - originals(ownRegionalWin) },
      outlets: [...perOutlet.entries()].sort((a, b) => cmp(a[0], b[0])).map(([outletId, c]) => ({ outletId, ...c })),
    },
    baseline: {
      weeksWithData: baselineWeeksWithData,
      originals: baselineOriginals,
      perWeek: baselineWeeksWithData > 0 ? Math.round((100 * baselineOriginals) / baselineWeeksWithData) / 100 : 0,
    },
    expected,
    weeksSinceOriginal: lastOriginal ? weeksBetween(lastOriginal.week, weeks.report) : null,
    lastCoverage: ref(lastOf(matches)),
    lastOriginal: ref(lastOriginal),
    lastOwnRegional: ref(lastOf(ownRegionalAll)),
  };
}

function weeksBetween(from: WeekLabel, to: WeekLabel): number {
  return Math.round(compareWeeks(to, from) / 7);
}
