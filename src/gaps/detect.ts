/**
 * The five gap rules (docs/gaps.md §5), applied to one project's coverage. Pure and small on
 * purpose: the words live in reason.ts, the order in rank.ts.
 */
import type { GapKind, GapSettings, ProjectCoverage, Side } from './model.ts';
import { round } from './per-mille.ts';

export interface DetectedGap {
  projectId: string;
  kind: GapKind;
  missingSide: Side | null;
  /** Missing original items over the window. */
  shortfall: number;
}

/**
 * Volume gaps (one at most): `declining` needs the project's own history — baseline originals
 * > 0 — and fewer originals in the window than decliningRatio × expected; `silent` is no
 * original item in the last silentWeeks weeks when the project is not declining (it had nothing
 * to decline from). Structural gaps look at the window and need something in it (originals or
 * reprints), since a project nobody wrote about is already silent or declining:
 * `one_sided` — nothing from one side's press; `central_only` — no regional-level item from the
 * project's own oblasts; `reprint_only` — such items exist, but all are reprints.
 * Historical, completed and retired projects are never flagged.
 */
export function detectGaps(p: ProjectCoverage, settings: GapSettings): DetectedGap[] {
  if (!p.flaggable) return [];
  const out: DetectedGap[] = [];
  const add = (kind: GapKind, shortfall: number, missingSide: Side | null = null): void => {
    out.push({ projectId: p.projectId, kind, missingSide, shortfall: round(Math.max(0, shortfall)) });
  };
  const observed = p.window.originals;
  const expected = p.expected.window;

  const declining = p.baseline.originals > 0 && observed < settings.decliningRatio * expected;
  const silent = p.weeksSinceOriginal === null || p.weeksSinceOriginal >= settings.silentWeeks;
  if (declining) add('declining', expected - observed);
  else if (silent) add('silent', expected - observed);

  const total = p.window.originals + p.window.reprints;
  if (total === 0) return out;
  // What the project's coverage should have been, of which the missing part is targetShare.
  const deserved = Math.max(expected, observed);
  const side = (s: Side): number =>
    p.window.bySideLevel.filter((c) => c.side === s).reduce((n, c) => n + c.originals + c.reprints, 0);
  const by = side('BY');
  const kz = side('KZ');
  if (by === 0 || kz === 0) add('one_sided', settings.targetShare * deserved, by === 0 ? 'BY' : 'KZ');
  const own = p.window.ownRegional;
  if (own.originals + own.reprints === 0) add('central_only', settings.targetShare * deserved);
  else if (own.originals === 0) add('reprint_only', settings.targetShare * deserved);
  return out;
}
