import { describe, expect, it } from 'vitest';
import { buildGapReport } from '../../src/gaps/build-gap-report.ts';
import type { GapReport, MatchedItemRow } from '../../src/gaps/model.ts';
import { inputRange } from '../../src/gaps/input-range.ts';
import { lineRanges } from '../../src/gaps/line-ranges.ts';
import { weekRange } from '../../src/gaps/week.ts';
import { input, item, project, volumes } from './fixture.ts';

const kinds = (r: GapReport, id: string): string[] => r.gaps.filter((g) => g.projectId === id).map((g) => g.kind);

/** A project covered evenly: both sides, regional originals from its own regions, every week. */
function steady(id: string, weeks: string[]): MatchedItemRow[] {
  return weeks.flatMap((w) => [item(id, 'belta', w), item(id, 'kstnews', w), item(id, 'gp-by', w)]);
}
const last30 = weekRange('2026-W18', '2026-W47');
const window = weekRange('2026-W44', '2026-W47');
const baseline = weekRange('2026-W18', '2026-W43');

describe('buildGapReport: one rule at a time on hand-built weeks', () => {
  it('flags nothing for a project covered evenly on both sides and in its own regions', () => {
    const r = buildGapReport(input({ projects: [project('ok')], matches: steady('ok', last30) }));
    expect(kinds(r, 'ok')).toEqual([]);
  });

  it('flags silent a project with no history at all, expecting the prior only', () => {
    const r = buildGapReport(input({ projects: [project('new', { importance: 2 })] }));
    expect(kinds(r, 'new')).toEqual(['silent']);
    const p = r.projects[0]!;
    // (0 + 8 × 0.25) / (26 + 8) per week × 4 weeks
    expect(p.expected.perWeek).toBe(0.06);
    expect(p.expected.window).toBe(0.24);
    expect(r.gaps[0]!.reason.en).toMatch(/No original coverage at all in the 30 weeks with data/);
  });

  it('with no history and no volume data either, expects exactly the prior', () => {
    const r = buildGapReport(input({ projects: [project('new', { importance: 3 })], volumes: [] }));
    expect(r.projects[0]!.expected).toMatchObject({ perWeek: 0.5, window: 0 });
    expect(kinds(r, 'new')).toEqual(['silent']);
  });

  it('flags declining, not silent, a project whose baseline coverage stopped in the window', () => {
    const r = buildGapReport(input({ projects: [project('fell')], matches: steady('fell', baseline) }));
    expect(kinds(r, 'fell')).toEqual(['declining']);
    expect(r.gaps[0]!.reason.en).toMatch(/^0 original items in the last 4 weeks against .* expected \(below 25 %\)/);
  });

  it('treats the week boundary in Minsk time: an item at Monday 00:30 Minsk of W44 counts in the window', () => {
    const mondayEarly = new Date('2026-10-25T21:30:00Z'); // Mon 26 Oct 00:30 Minsk = 2026-W44; Sunday in UTC (W43)
    const matches = [...steady('edge', baseline), item('edge', 'belta', '2026-W44', { publishedAt: mondayEarly })];
    const r = buildGapReport(input({ projects: [project('edge')], matches }));
    expect(r.projects[0]!.window.originals).toBe(1);
    expect(r.projects[0]!.weeksSinceOriginal).toBe(3);
  });

  it('leaves a Sunday 23:30 Minsk item in the last baseline week, so the project is silent for 4 weeks', () => {
    const sundayLate = new Date('2026-10-25T20:30:00Z'); // Sun 25 Oct 23:30 Minsk = 2026-W43
    const r = buildGapReport(input({ projects: [project('late', { importance: 1 })], matches: [item('late', 'belta', '2026-W43', { publishedAt: sundayLate })] }));
    const p = r.projects[0]!;
    expect(p.window.originals).toBe(0);
    expect(p.weeksSinceOriginal).toBe(4);
    expect(kinds(r, 'late')).toEqual(['declining']);
  });

  it('calls a project silent when its only coverage is reprints', () => {
    const r = buildGapReport(input({ projects: [project('rp')], matches: [item('rp', 'gp-by', '2026-W46', { reprint: true })] }));
    expect(kinds(r, 'rp')).toContain('silent');
  });

  it('flags one_sided with the missing side when only the KZ press wrote in the window', () => {
    const matches = [...steady('kz', baseline), ...window.flatMap((w) => [item('kz', 'kazinform', w), item('kz', 'kstnews', w)])];
    const r = buildGapReport(input({ projects: [project('kz')], matches }));
    expect(kinds(r, 'kz')).toEqual(['one_sided']);
    expect(r.gaps[0]!.missingSide).toBe('BY');
    expect(r.gaps[0]!.leads.pitchTo.map((o) => o.outletId)).toEqual(['gp-by', 'belta']);
  });

  it('counts a KZ reprint as KZ press for one_sided', () => {
    const matches = [...steady('x', baseline), ...window.flatMap((w) => [item('x', 'belta', w), item('x', 'gp-by', w)]), item('x', 'kstnews', '2026-W46', { reprint: true })];
    const r = buildGapReport(input({ projects: [project('x')], matches }));
    expect(kinds(r, 'x')).not.toContain('one_sided');
  });

  it('flags central_only when the window has only central desks, and regional items from other regions do not help', () => {
    const elsewhere = item('c', 'belta', '2026-W46', { level: 'regional', oblasts: ['by-minsk'] });
    const matches = [...steady('c', baseline), ...window.flatMap((w) => [item('c', 'belta', w), item('c', 'kazinform', w)]), elsewhere];
    const r = buildGapReport(input({ projects: [project('c')], matches }));
    expect(kinds(r, 'c')).toEqual(['central_only']);
    expect(r.gaps[0]!.leads.suggestion.en).toMatch(/^No regional paper in Gomel Oblast, Kostanay Region has covered this since 2026-10-21; pitch to Gomelskaya Pravda, Kostanay News\.$/);
  });

  it('accepts an agency item datelined in one of the project regions as regional coverage', () => {
    const dated = item('d', 'kazinform', '2026-W46', { level: 'regional', oblasts: ['kz-kostanay-oblast'] });
    const matches = [...steady('d', baseline), ...window.flatMap((w) => [item('d', 'belta', w), item('d', 'kazinform', w)]), dated];
    const r = buildGapReport(input({ projects: [project('d')], matches }));
    expect(kinds(r, 'd')).toEqual([]);
  });

  it('lets any regional item serve a project without regions of its own', () => {
    const base = [...steady('n', baseline), ...window.flatMap((w) => [item('n', 'belta', w), item('n', 'kazinform', w)])];
    const noRegions = project('n', { byRegions: [], kzRegions: [] });
    expect(kinds(buildGapReport(input({ projects: [noRegions], matches: base })), 'n')).toEqual(['central_only']);
    const withRegional = [...base, item('n', 'gp-by', '2026-W45')];
    expect(kinds(buildGapReport(input({ projects: [noRegions], matches: withRegional })), 'n')).toEqual([]);
  });

  it('flags reprint_only when the own-region regional items in the window are all reprints', () => {
    const matches = [
      ...steady('r', baseline),
      ...window.flatMap((w) => [item('r', 'belta', w), item('r', 'kazinform', w)]),
      item('r', 'gp-by', '2026-W45', { reprint: true }),
      item('r', 'kstnews', '2026-W46', { reprint: true }),
    ];
    const r = buildGapReport(input({ projects: [project('r')], matches }));
    expect(kinds(r, 'r')).toEqual(['reprint_only']);
    expect(r.gaps[0]!.reason.en).toMatch(/only reprints of agency copy \(2: gp-by, kstnews\)/);
  });

  it.each(['historical', 'completed'] as const)('never flags a %s project but still counts its coverage', (lifecycle) => {
    const matches = window.map((w) => item('h', 'kazinform', w));
    const r = buildGapReport(input({ projects: [project('h', { lifecycle }), project('h2', { lifecycle })], matches }));
    expect(r.gaps).toEqual([]);
    expect(r.projects.find((p) => p.projectId === 'h')!.window.originals).toBe(4);
  });

  it('ignores retired projects and flags planned ones', () => {
    const r = buildGapReport(input({ projects: [project('gone', { retired: true }), project('plan', { lifecycle: 'planned' })] }));
    expect(r.projects.map((p) => p.projectId)).toEqual(['plan']);
    expect(kinds(r, 'plan')).toEqual(['silent']);
  });

  it('does not read a crawl outage as silence: weeks without any items leave the baseline', () => {
    const onlyRecent = volumes('2026-W40', '2026-W47');
    const r = buildGapReport(input({ projects: [project('p', { importance: 1 })], matches: steady('p', weekRange('2026-W40', '2026-W43')), volumes: onlyRecent }));
    expect(r.projects[0]!.baseline).toEqual({ weeksWithData: 4, originals: 12, perWeek: 3 });
  });
});

describe('buildGapReport: ranking, matrix, tables, leads', () => {
  it('ranks by importance × shortfall with stable tie-breaks', () => {
    const r = buildGapReport(input({ projects: [project('b', { importance: 1 }), project('a', { importance: 1 }), project('c', { importance: 3 })] }));
    expect(r.gaps.map((g) => [g.rank, g.projectId])).toEqual([[1, 'c'], [2, 'a'], [3, 'b']]);
    expect(r.gaps[0]!.priority).toBe(Math.round(3 * r.gaps[0]!.shortfall * 100) / 100);
  });

  it('fills the BY × KZ matrix from project regions, counting each original item once', () => {
    const matches = [item('m', 'kstnews', '2026-W46'), item('m', 'belta', '2026-W46'), item('m', 'gp-by', '2026-W46', { reprint: true })];
    const r = buildGapReport(input({ projects: [project('m')], matches }));
    expect(r.matrix.cells).toEqual([{ by: 'by-gomel-oblast', kz: 'kz-kostanay-oblast', projects: ['m'], originals: 2, regional: 1, flagged: [] }]);
    expect(r.matrix.byRegions[0]!.label.en).toBe('Gomel Oblast');
  });

  it('computes shares per 1,000 items and per-outlet tables', () => {
    const r = buildGapReport(input({ projects: [project('s')], matches: [item('s', 'belta', '2026-W47'), item('s', 'belta', '2026-W46')] }));
    const belta = r.outlets.find((o) => o.outletId === 'belta')!;
    expect(belta).toMatchObject({ itemsWeek: 100, itemsWindow: 400, originalsWindow: 2, sharePerMille: 5 });
    expect(r.projects[0]!.weekly.at(-1)).toEqual({ week: '2026-W47', originals: 1, reprints: 0, sharePerMille: 2.5 });
    expect(r.coverage).toHaveLength(2);
  });

  it('gives leads: last coverage, compact source lines, organisations', () => {
    const r = buildGapReport(input({ projects: [project('l')], matches: [item('l', 'belta', '2026-W40', { title: 'Old news' })] }));
    const g = r.gaps[0]!;
    expect(g.leads.lastCoverage).toMatchObject({ date: '2026-09-30', outletName: 'BelTA', title: 'Old news' });
    expect(g.leads.sourceLines).toEqual([[612, 616], [620, 620], [700, 700]]);
    expect(g.leads.byOrgs).toEqual(['Gomselmash']);
  });

  it('keeps candidates of the window, best first', () => {
    const at = (iso: string) => new Date(iso);
    const r = buildGapReport(input({
      candidates: [
        { itemId: 1, outletId: 'belta', publishedAt: at('2026-11-20T10:00:00Z'), title: 'a', url: 'https://x/1', relevanceScore: 0.5 },
        { itemId: 2, outletId: 'belta', publishedAt: at('2026-11-19T10:00:00Z'), title: 'b', url: 'https://x/2', relevanceScore: 0.9 },
        { itemId: 3, outletId: 'belta', publishedAt: at('2026-09-01T10:00:00Z'), title: 'old', url: 'https://x/3', relevanceScore: 1 },
      ],
    }));
    expect(r.candidates.map((c) => c.itemId)).toEqual([2, 1]);
  });

  it('builds the same report from shuffled input and survives a JSON round trip unchanged', () => {
    const matches = [...steady('a', last30), ...steady('b', baseline)];
    const a = buildGapReport(input({ projects: [project('a'), project('b')], matches }));
    const b = buildGapReport(input({ projects: [project('b'), project('a')], matches: [...matches].reverse() }));
    expect(b).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('asks for the baseline and window weeks of input', () => {
    const r = inputRange('2026-W47', 'Europe/Minsk', { windowWeeks: 4, historyWeeks: 26 });
    expect(r).toEqual({ firstWeek: '2026-W18', lastWeek: '2026-W47', from: new Date('2026-04-26T21:00:00Z'), to: new Date('2026-11-22T21:00:00Z') });
  });

  it('compacts source lines that step over blank lines', () => {
    expect(lineRanges([620, 612, 614, 616, 700, 701])).toEqual([[612, 616], [620, 620], [700, 701]]);
  });
});
