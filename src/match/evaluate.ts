/**
 * Precision and recall of the matcher against hand-labelled items (format: the shared corpus
 * README — one JSON object per line with `projects` and `relevant` labels).
 */
import type { ItemMatch } from './match-item.ts';
import type { Evidence } from './score.ts';

export interface LabelledItem {
  readonly id: string;
  readonly url?: string;
  readonly outlet?: string;
  readonly edition?: string;
  readonly lang?: string | null;
  readonly published?: string | null;
  readonly title: string | null;
  readonly text: string;
  readonly relevant: boolean;
  readonly projects: readonly string[];
}

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export type ErrorKind = 'false_positive' | 'false_negative' | 'relevance_false_positive' | 'relevance_false_negative';

export interface EvaluationError {
  readonly kind: ErrorKind;
  readonly itemId: string;
  /** Null for relevance errors. */
  readonly projectId: string | null;
  readonly title: string | null;
  /** The predicted score (false positives) — absent for misses. */
  readonly score: number | null;
  /** Why the matcher said yes (false positives) or what it did find (relevance reasons). */
  readonly evidence: readonly Evidence[];
  readonly reasons: readonly string[];
}

export interface Evaluation {
  /** Over (item, project) pairs. */
  readonly micro: Scores;
  readonly relevance: Scores;
  readonly perProject: Record<string, Scores>;
  readonly errors: EvaluationError[];
  readonly items: number;
}

/**
 * P/R/F1 from counts. With nothing predicted precision is 1 (no wrong answer given), with nothing
 * to find recall is 1; the other figure then carries the failure.
 */
export function scores(tp: number, fp: number, fn: number): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const r = (x: number): number => Math.round(x * 10000) / 10000;
  return { precision: r(precision), recall: r(recall), f1: r(f1), tp, fp, fn };
}

/** Runs `predict` over every labelled item and compares projects and relevance. */
export function evaluate(labelled: readonly LabelledItem[], predict: (item: LabelledItem) => ItemMatch): Evaluation {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (id: string): { tp: number; fp: number; fn: number } => {
    let c = counts.get(id);
    if (!c) counts.set(id, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  const micro = { tp: 0, fp: 0, fn: 0 };
  const rel = { tp: 0, fp: 0, fn: 0 };
  const errors: EvaluationError[] = [];

  for (const item of labelled) {
    const m = predict(item);
    const gold = new Set(item.projects);
    const predicted = new Map(m.projects.map((p) => [p.projectId, p]));
    for (const [id, p] of predicted) {
      if (gold.has(id)) {
        count(id).tp += 1;
        micro.tp += 1;
      } else {
        count(id).fp += 1;
        micro.fp += 1;
        errors.push({ kind: 'false_positive', itemId: item.id, projectId: id, title: item.title, score: p.score, evidence: p.evidence, reasons: [p.rule] });
      }
    }
    for (const id of gold) {
      if (predicted.has(id)) continue;
      count(id).fn += 1;
      micro.fn += 1;
      errors.push({ kind: 'false_negative', itemId: item.id, projectId: id, title: item.title, score: null, evidence: [], reasons: [] });
    }
    if (m.relevant && item.relevant) rel.tp += 1;
    else if (m.relevant) {
      rel.fp += 1;
      errors.push({ kind: 'relevance_false_positive', itemId: item.id, projectId: null, title: item.title, score: m.relevance.score, evidence: [], reasons: m.relevance.reasons });
    } else if (item.relevant) {
      rel.fn += 1;
      errors.push({ kind: 'relevance_false_negative', itemId: item.id, projectId: null, title: item.title, score: m.relevance.score, evidence: [], reasons: [`BY ${m.relevance.by}, KZ ${m.relevance.kz}`] });
    }
  }

  const perProject: Record<string, Scores> = {};
  for (const id of [...counts.keys()].sort()) {
    const c = counts.get(id) as { tp: number; fp: number; fn: number };
    perProject[id] = scores(c.tp, c.fp, c.fn);
  }
  return {
    micro: scores(micro.tp, micro.fp, micro.fn),
    relevance: scores(rel.tp, rel.fp, rel.fn),
    perProject,
    errors,
    items: labelled.length,
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6);

/** A plain-text report: totals, a per-project table, then every error with its evidence. */
export function formatEvaluation(e: Evaluation): string {
  const lines: string[] = [];
  const row = (name: string, s: Scores): string =>
    `${name.padEnd(48)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`;
  lines.push(`${e.items} items`);
  lines.push(`${''.padEnd(48)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}`);
  lines.push(row('projects (micro)', e.micro));
  lines.push(row('relevance', e.relevance));
  lines.push('');
  for (const [id, s] of Object.entries(e.perProject)) lines.push(row(id, s));
  if (e.errors.length > 0) lines.push('', 'errors:');
  for (const err of e.errors) {
    const what = err.projectId ? `${err.kind} ${err.projectId}` : err.kind;
    lines.push(`- ${err.itemId} ${what}${err.score !== null ? ` (score ${err.score})` : ''}${err.title ? ` — ${err.title}` : ''}`);
    for (const ev of err.evidence.slice(0, 4)) lines.push(`    ${ev.field} "${ev.matched}" [${ev.term}]: ${ev.snippet}`);
    if (err.reasons.length > 0) lines.push(`    ${err.reasons.join('; ')}`);
  }
  return lines.join('\n');
}
