/**
 * Hits of one item → scored project matches with evidence. Pure: the scan (match-item.ts)
 * finds the hits, this file decides what they are worth.
 */
import type { MatchRule } from '../catalog/model.ts';

export type Field = 'title' | 'text';

export interface Evidence {
  /** The catalog phrase (or rule term, `@region-id` kept as written) that matched. */
  readonly term: string;
  /** The text as written in the item. */
  readonly matched: string;
  readonly field: Field;
  /** Character offsets in the field. */
  readonly start: number;
  readonly end: number;
  readonly snippet: string;
}

export interface ProjectMatch {
  readonly projectId: string;
  readonly score: number;
  readonly evidence: Evidence[];
  /** 'alias' when an alias matched, else the name of the best satisfied rule. */
  readonly rule: string;
}

/** One catalog hit of a project, as the scan found it. */
export interface ProjectHit {
  readonly kind: 'alias' | 'rule' | 'exclude';
  readonly rule: number;
  readonly group: number;
  readonly field: Field;
  /** Token positions in its field (first and last token of the phrase). */
  readonly pos: number;
  readonly end: number;
  /** The catalog phrase or rule term. */
  readonly term: string;
}

/**
 * Builds the evidence of a hit. Passed in rather than stored: a country word can be a rule term
 * of dozens of projects, and making snippets for every such hit cost more than the whole scan.
 */
export type EvidenceOf = (hit: ProjectHit) => Evidence;

/**
 * Per-hit weights, combined as a noisy-OR: score = 1 − Π(1 − wᵢ), so every extra hit raises the
 * score and the score stays in [0, 1]. A headline alias is near-certain (the story is about the
 * project); a body alias is strong but can sit in a "related news" block; a rule is weaker and
 * closer hits are worth more.
 */
export const WEIGHTS = {
  aliasTitle: 0.9,
  aliasText: 0.7,
  /** Every further alias occurrence after the first in a field. */
  aliasRepeat: 0.3,
  ruleBase: 0.5,
  /** Added × closeness (1 − span/window) for a rule's hits lying close together. */
  ruleProximity: 0.15,
  /** Added when the rule is satisfied by the headline alone (a rule never outweighs an alias). */
  ruleTitle: 0.05,
  /** Distance scale for rules without a window: hits 60 tokens apart earn no proximity bonus. */
  defaultWindow: 60,
} as const;

/**
 * Default acceptance threshold: any alias (≥ 0.7) or satisfied rule (0.5–0.7) passes on its own;
 * the catalog's windows and exclusions do the filtering. Raise it to 0.6 to demand that a
 * rule's hits lie close together (within a third of its window) or come with an alias.
 */
export const DEFAULT_THRESHOLD = 0.5;

interface RuleOutcome {
  readonly satisfied: boolean;
  readonly span: number;
  readonly inTitle: boolean;
  readonly hits: ProjectHit[];
}

/**
 * Whether every group of a rule has a hit, all within the window, inside one field: either the
 * headline alone holds every group, or the body does within `window` tokens. Mixing fields was
 * tried and let a headline "Belarus … Kazakhstan" license any "business forum" deep in the body.
 * Finds the smallest body span holding one hit per group (sliding window over sorted hits).
 */
export function evaluateRule(rule: MatchRule, hits: readonly ProjectHit[]): RuleOutcome {
  const groups = rule.all.length;
  const title = hits.filter((h) => h.field === 'title');
  if (groups > 0 && new Set(title.map((h) => h.group)).size === groups) {
    return { satisfied: true, span: 0, inTitle: true, hits: title };
  }
  const body = hits.filter((h) => h.field === 'text').sort((a, b) => a.pos - b.pos);
  const counts = new Map<number, number>();
  let best: { span: number; from: number; to: number } | null = null;
  let left = 0;
  for (let right = 0; right < body.length; right++) {
    const g = (body[right] as ProjectHit).group;
    counts.set(g, (counts.get(g) ?? 0) + 1);
    while (counts.size === groups) {
      const span = (body[right] as ProjectHit).pos - (body[left] as ProjectHit).pos;
      if (!best || span < best.span) best = { span, from: left, to: right };
      const lg = (body[left] as ProjectHit).group;
      const c = (counts.get(lg) ?? 1) - 1;
      if (c === 0) counts.delete(lg);
      else counts.set(lg, c);
      left += 1;
    }
  }
  if (!best) return { satisfied: false, span: Infinity, inTitle: false, hits: [] };
  const satisfied = rule.window === null || best.span <= rule.window;
  return { satisfied, span: best.span, inTitle: false, hits: body.slice(best.from, best.to + 1) };
}

/** Scores one project from its hits; null when nothing qualifies or an exclusion vetoes it. */
export function scoreProject(
  projectId: string,
  rules: readonly MatchRule[],
  hits: readonly ProjectHit[],
  evidenceOf: EvidenceOf,
): ProjectMatch | null {
  // Cheap pass first: most projects are reached only through a country word that is one group
  // of their rules; skip them before any filtering or sorting.
  let hasAlias = false;
  const groupsSeen = new Map<number, Set<number>>();
  for (const h of hits) {
    if (h.kind === 'exclude') return null;
    if (h.kind === 'alias') hasAlias = true;
    else {
      let seen = groupsSeen.get(h.rule);
      if (!seen) groupsSeen.set(h.rule, (seen = new Set()));
      seen.add(h.group);
    }
  }
  const candidateRules = rules.filter((rule, r) => (groupsSeen.get(r)?.size ?? 0) >= rule.all.length);
  if (!hasAlias && candidateRules.length === 0) return null;
  const weights: number[] = [];
  const used: ProjectHit[] = [];
  const aliases = hits.filter((h) => h.kind === 'alias');
  for (const field of ['title', 'text'] as const) {
    const inField = aliases.filter((h) => h.field === field);
    inField.forEach((h, i) => {
      weights.push(i === 0 ? (field === 'title' ? WEIGHTS.aliasTitle : WEIGHTS.aliasText) : WEIGHTS.aliasRepeat);
      used.push(h);
    });
  }
  let bestRule: { name: string; weight: number } | null = null;
  rules.forEach((rule, r) => {
    if (!candidateRules.includes(rule)) return;
    const outcome = evaluateRule(rule, hits.filter((h) => h.kind === 'rule' && h.rule === r));
    if (!outcome.satisfied) return;
    const scale = rule.window ?? WEIGHTS.defaultWindow;
    const closeness = Math.max(0, 1 - outcome.span / Math.max(1, scale));
    const weight = WEIGHTS.ruleBase + WEIGHTS.ruleProximity * closeness + (outcome.inTitle ? WEIGHTS.ruleTitle : 0);
    weights.push(weight);
    for (const h of outcome.hits) if (!used.includes(h)) used.push(h);
    if (!bestRule || weight > bestRule.weight) bestRule = { name: rule.name, weight };
  });
  if (weights.length === 0) return null;
  const score = 1 - weights.reduce((keep, w) => keep * (1 - w), 1);
  const rule = aliases.length > 0 ? 'alias' : (bestRule as { name: string } | null)?.name ?? 'alias';
  return { projectId, score: Math.round(score * 1000) / 1000, evidence: used.map(evidenceOf), rule };
}
