/**
 * TF-IDF similarity between an item and each project's words (name, description, aliases):
 * "related project" suggestions for items that match nothing, and the tie-breaker between
 * projects the matcher scored equally.
 */
import { createRequire } from 'node:module';
import type { MatchIndex } from './alias-index.ts';
import { tokenize, tokenKey } from './tokens.ts';

// Required by path: natural's main entry pulls in storage back-ends (see tokens.ts).
const require = createRequire(import.meta.url);
interface TfIdfInstance {
  addDocument(document: string[], key?: string): void;
  tfidf(terms: string[], d: number): number;
  tfidfs(terms: string[], callback?: (i: number, measure: number) => void): number[];
}
const TfIdf = require('natural/lib/natural/tfidf/tfidf.js') as new () => TfIdfInstance;

/** Words shorter than this are mostly function words in every language we read. */
const MIN_KEY_LENGTH = 3;

const models = new WeakMap<MatchIndex, TfIdfInstance>();

/** Stem keys of a text for TF-IDF (short words and numbers dropped). */
export function termsOf(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.script !== 'num')
    .map(tokenKey)
    .filter((k) => k.length >= MIN_KEY_LENGTH);
}

function model(index: MatchIndex): TfIdfInstance {
  let m = models.get(index);
  if (m) return m;
  const tfidf = new TfIdf();
  for (const p of index.projects) {
    const aliases = Object.values(p.match.aliases).flatMap((list) => list ?? []);
    const text = [p.name.en, p.name.ru, p.description.en, p.description.ru, ...aliases, ...p.byOrgs, ...p.kzOrgs].join(' \n ');
    tfidf.addDocument(termsOf(text), p.id);
  }
  models.set(index, tfidf);
  m = tfidf;
  return m;
}

/** TF-IDF measure of the given terms against every project, in catalog order. */
export function projectSimilarities(index: MatchIndex, terms: readonly string[]): number[] {
  return model(index).tfidfs([...terms]);
}

/** TF-IDF measure of the terms against the given projects only (indices into `index.projects`). */
export function similarityTo(index: MatchIndex, terms: readonly string[], projects: readonly number[]): number[] {
  const m = model(index);
  const unique = [...new Set(terms)];
  return projects.map((d) => m.tfidf(unique, d));
}

/**
 * The k projects whose words best fit the text, best first, with their TF-IDF measure; retired
 * projects and zero measures are left out.
 *
 * @example related(index, 'Белорусские тракторы собирают в Костанае', 3)
 */
export function related(index: MatchIndex, itemText: string, k: number): Array<{ projectId: string; score: number }> {
  const measures = projectSimilarities(index, termsOf(itemText));
  return index.projects
    .map((p, i) => ({ projectId: p.id, score: measures[i] ?? 0, retired: p.retired }))
    .filter((r) => !r.retired && r.score > 0)
    .sort((a, b) => b.score - a.score || a.projectId.localeCompare(b.projectId))
    .slice(0, k)
    .map(({ projectId, score }) => ({ projectId, score: Math.round(score * 1000) / 1000 }));
}
