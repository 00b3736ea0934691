import { describe, expect, it } from 'vitest';
import { evaluate, formatEvaluation, scores, type LabelledItem } from '../../src/match/evaluate.ts';
import type { ItemMatch } from '../../src/match/match-item.ts';

const item = (id: string, projects: string[], relevant: boolean): LabelledItem => ({ id, title: null, text: id, projects, relevant });
const prediction = (projects: string[], relevant: boolean): ItemMatch => ({
  projects: projects.map((projectId) => ({ projectId, score: 0.7, rule: 'alias', evidence: [] })),
  regions: [],
  relevant,
  relevance: { score: 0, by: 0, kz: 0, reasons: [] },
});

describe('evaluate', () => {
  // Gold: a={p,q}, b={p}, c={}, d={q}. Predicted: a={p}, b={p,r}, c={q}, d={q}.
  // tp: a/p, b/p, d/q = 3; fp: b/r, c/q = 2; fn: a/q = 1.
  const labelled = [item('a', ['p', 'q'], true), item('b', ['p'], true), item('c', [], false), item('d', ['q'], false)];
  const predicted: Record<string, ItemMatch> = {
    a: prediction(['p'], true), b: prediction(['p', 'r'], false), c: prediction(['q'], true), d: prediction(['q'], false),
  };
  const e = evaluate(labelled, (i) => predicted[i.id] as ItemMatch);

  it('computes micro precision, recall and F1 over (item, project) pairs', () => {
    expect(e.micro).toEqual({ precision: 0.6, recall: 0.75, f1: 0.6667, tp: 3, fp: 2, fn: 1 });
  });
  it('computes per-project figures', () => {
    expect(e.perProject.p).toMatchObject({ precision: 1, recall: 1, tp: 2 });
    expect(e.perProject.q).toMatchObject({ precision: 0.5, recall: 0.5, tp: 1, fp: 1, fn: 1 });
    expect(e.perProject.r).toMatchObject({ precision: 0, recall: 1, fp: 1 });
  });
  it('computes relevance precision and recall', () => {
    // relevant: a✓ (tp), b missed (fn), c wrongly flagged (fp), d correctly not.
    expect(e.relevance).toMatchObject({ precision: 0.5, recall: 0.5, tp: 1, fp: 1, fn: 1 });
  });
  it('lists every error with its kind', () => {
    expect(e.errors.map((x) => `${x.itemId}:${x.kind}:${x.projectId ?? ''}`).sort()).toEqual([
      'a:false_negative:q', 'b:false_positive:r', 'b:relevance_false_negative:', 'c:false_positive:q', 'c:relevance_false_positive:',
    ]);
  });
  it('formats a readable table', () => {
    const text = formatEvaluation(e);
    expect(text).toMatch(/projects \(micro\)\s+60\.0%\s+75\.0%/);
    expect(text).toMatch(/false_negative q/);
  });
});

describe('scores', () => {
  it('gives precision 1 when nothing was predicted and recall 1 when nothing was to find', () => {
    expect(scores(0, 0, 3)).toMatchObject({ precision: 1, recall: 0, f1: 0 });
    expect(scores(0, 2, 0)).toMatchObject({ precision: 0, recall: 1, f1: 0 });
  });
});
