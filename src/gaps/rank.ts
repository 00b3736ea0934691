/** The ranked gap list (docs/gaps.md §6): importance × shortfall, ties broken stably. */
import { cmp } from './coverage.ts';
import { GAP_KINDS, type GapKind } from './model.ts';
import { round } from './per-mille.ts';

export interface Rankable {
  projectId: string;
  kind: GapKind;
  importance: number;
  shortfall: number;
}

export function priorityOf(g: Pick<Rankable, 'importance' | 'shortfall'>): number {
  return round(g.importance * g.shortfall);
}

/** Priority desc, then importance desc, then kind (silent … reprint_only), then project id. */
export function rankGaps<T extends Rankable>(gaps: readonly T[]): Array<T & { rank: number; priority: number }> {
  return gaps
    .map((g) => ({ ...g, priority: priorityOf(g) }))
    .sort(
      (a, b) =>
        b.priority - a.priority || b.importance - a.importance || GAP_KINDS.indexOf(a.kind) - GAP_KINDS.indexOf(b.kind) || cmp(a.projectId, b.projectId),
    )
    .map((g, i) => ({ ...g, rank: i + 1 }));
}
