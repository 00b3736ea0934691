/**
 * One item against the compiled catalog: tokenise each field once, turn tokens into key ids,
 * walk the trie once from every position, then score projects, place the item and judge its
 * relevance from the same hits.
 */
import type { Country } from '../catalog/model.ts';
import { resolveToken, type IndexedRegion, type MatchIndex, type Payload, type PlaceForm, type TrieNode } from './alias-index.ts';
import { datelineCandidates, itemRegions, type ItemRegion } from './regions.ts';
import { similarityTo, termsOf } from './related.ts';
import { assessRelevance, type Relevance, type SideSignals } from './relevance.ts';
import { DEFAULT_THRESHOLD, scoreProject, type Evidence, type Field, type ProjectHit, type ProjectMatch } from './score.ts';
import { forEachToken } from './tokens.ts';

export interface MatchableItem {
  readonly title: string | null;
  readonly text: string;
  readonly lang?: string | null;
  /** The dateline if the extractor found one; otherwise the head of `text` is searched. */
  readonly dateline?: string | null;
}

export interface MatchOptions {
  /** Minimum project score, 0…1; default {@link DEFAULT_THRESHOLD}. */
  readonly threshold?: number;
}

export interface ItemMatch {
  readonly projects: ProjectMatch[];
  readonly regions: ItemRegion[];
  readonly relevant: boolean;
  readonly relevance: { readonly score: number; readonly by: number; readonly kz: number; readonly reasons: string[] };
}

/** A phrase found in a field: tokens [from, to] carry these payloads. */
interface Found {
  readonly field: Field;
  readonly from: number;
  readonly to: number;
  readonly payloads: readonly Payload[];
}

interface ScannedField {
  readonly field: Field;
  readonly text: string;
  /** Character offsets of every token, in order. */
  readonly starts: number[];
  readonly ends: number[];
  readonly found: Found[];
}

/** Country words this close (in tokens) form a bilateral phrase: "Belarus and Kazakhstan". */
const BILATERAL_DISTANCE = 3;
const SNIPPET_CONTEXT = 60;

const NO_READING: readonly number[] = [];

function scan(index: MatchIndex, field: Field, text: string): ScannedField {
  const starts: number[] = [];
  const ends: number[] = [];
  const ids: Array<readonly number[]> = [];
  // Tokens are resolved as they are cut: no Token objects on the hot path.
  forEachToken(text, (start, end, script) => {
    starts.push(start);
    ends.push(end);
    ids.push(resolveToken(index, text.slice(start, end), script));
  });
  const n = ids.length;
  const found: Found[] = [];
  const rootChildren = index.root.children;
  if (!rootChildren) return { field, text, starts, ends, found };
  let branching = false;
  // Depth-first walk from every position; a token with several readings branches (rare).
  const walk = (node: TrieNode, from: number, at: number): void => {
    if (node.payloads.length > 0) found.push({ field, from, to: at, payloads: node.payloads });
    const next = at + 1;
    if (next >= n || !node.children) return;
    for (const id of ids[next] ?? NO_READING) {
      const child = node.children.get(id);
      if (child) walk(child, from, next);
    }
  };
  for (let i = 0; i < n; i++) {
    const readings = ids[i] as readonly number[];
    if (readings.length === 0) continue;
    if (readings.length > 1) branching = true;
    for (const id of readings) {
      const node = rootChildren.get(id);
      if (node) walk(node, i, i);
    }
  }
  return { field, text, starts, ends, found: branching ? dedupe(found) : found };
}

/**
 * One phrase reached twice over the same tokens (through a word's raw and its stemmed key)
 * is one hit: payload objects are shared between a phrase's trie paths, so identity decides.
 */
function dedupe(found: Found[]): Found[] {
  if (found.length < 2) return found;
  const bySpan = new Map<number, number>();
  const out: Found[] = [];
  for (const f of found) {
    const key = f.from * 0x10000 + (f.to - f.from);
    const at = bySpan.get(key);
    if (at === undefined) {
      bySpan.set(key, out.length);
      out.push(f);
    } else {
      const prev = out[at] as Found;
      const merged = [...prev.payloads];
      for (const p of f.payloads) if (!merged.includes(p)) merged.push(p);
      out[at] = { ...prev, payloads: merged };
    }
  }
  return out;
}

function evidenceOf(f: ScannedField, from: number, to: number, term: string): Evidence {
  const start = f.starts[from] as number;
  const end = f.ends[to] as number;
  const a = Math.max(0, start - SNIPPET_CONTEXT);
  const b = Math.min(f.text.length, end + SNIPPET_CONTEXT);
  const snippet = `${a > 0 ? '…' : ''}${f.text.slice(a, b).replace(/\s+/g, ' ').trim()}${b < f.text.length ? '…' : ''}`;
  return { term, matched: f.text.slice(start, end), field: f.field, start, end, snippet };
}

/** Longest place phrase per position, left to right, so "Kostanay region" is not also "Kostanay". */
function placeMentions(f: ScannedField): Found[] {
  const places = f.found
    .filter((x) => x.payloads.some((p) => p.kind === 'place'))
    .sort((a, b) => a.from - b.from || b.to - a.to);
  const out: Found[] = [];
  let covered = -1;
  for (const x of places) {
    if (x.from <= covered) continue;
    out.push(x);
    covered = x.to;
  }
  return out;
}

/** How well a place payload fits a dateline: a dateline form, then a city's name, then the rest. */
const DATELINE_FORM_RANK: Readonly<Record<PlaceForm, number>> = { dateline: 0, name: 1, historical: 2, adjective: 3 };
const DATELINE_KIND_RANK: Readonly<Record<IndexedRegion['kind'], number>> = { city: 0, district: 1, oblast: 2, country: 3 };

/**
 * The first dateline candidate that is exactly a gazetteer place name. Datelines name towns, so
 * when a word fits several places ("ГОМЕЛЬ" also stems like the oblast's adjective) the town wins.
 */
function datelinePlace(index: MatchIndex, item: MatchableItem): number | null {
  const candidates = item.dateline ? [item.dateline] : datelineCandidates(item.text);
  for (const candidate of candidates) {
    const f = scan(index, 'text', candidate);
    const whole = f.found.find((x) => x.from === 0 && x.to === f.starts.length - 1);
    let best: { region: number; rank: number } | null = null;
    for (const p of whole?.payloads ?? []) {
      if (p.kind !== 'place') continue;
      const kind = index.regions[p.region]?.kind ?? 'country';
      const rank = DATELINE_FORM_RANK[p.form] * 10 + DATELINE_KIND_RANK[kind];
      if (!best || rank < best.rank) best = { region: p.region, rank };
    }
    if (best) return best.region;
  }
  return null;
}

const orgCountCache = new WeakMap<readonly Payload[], Record<Country, number> | null>();

/** Organisation payloads per side in one trie node's payload list (cached: lists are shared). */
function orgCounts(payloads: readonly Payload[]): Record<Country, number> | null {
  let c = orgCountCache.get(payloads);
  if (c === undefined) {
    c = null;
    for (const p of payloads) {
      if (p.kind !== 'org') continue;
      c ??= { BY: 0, KZ: 0 };
      c[p.country] += 1;
    }
    orgCountCache.set(payloads, c);
  }
  return c;
}

const emptySide = (): { countryTitle: number; countryText: number; places: number; orgs: number } =>
  ({ countryTitle: 0, countryText: 0, places: 0, orgs: 0 });

/**
 * Matches one item: projects above the threshold with evidence, regions, relevance.
 *
 * @example matchItem(index, { title: 'МТЗ в Костанае', text: '…' }).projects[0]?.projectId
 */
export function matchItem(index: MatchIndex, item: MatchableItem, options: MatchOptions = {}): ItemMatch {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const fields: ScannedField[] = [];
  if (item.title) fields.push(scan(index, 'title', item.title));
  fields.push(scan(index, 'text', item.text));

  const projectHits = new Map<number, ProjectHit[]>();
  const mentions = new Map<number, number>();
  const sides: Record<Country, ReturnType<typeof emptySide>> = { BY: emptySide(), KZ: emptySide() };
  let bilateral = 0;
  let third = 0;

  // Pass 1, no allocation: which rules have all their groups, which projects have an alias or
  // an exclusion. A country word is a rule term of most projects (69 payloads per "Kazakhstan"
  // in the real catalog), so building hits for every payload dominated the matcher's time.
  const masks = new Uint32Array(index.ruleFullMask.length);
  const touched: number[] = [];
  const candidates = new Set<number>();
  // A phrase repeated in the item adds nothing to the masks: its payloads are read once.
  const seen = new Set<readonly Payload[]>();
  for (const f of fields) {
    for (const x of f.found) {
      const orgs = orgCounts(x.payloads);
      if (orgs) {
        sides.BY.orgs += orgs.BY;
        sides.KZ.orgs += orgs.KZ;
      }
      if (seen.has(x.payloads)) continue;
      seen.add(x.payloads);
      for (const p of x.payloads) {
        if (p.kind === 'rule') {
          const before = masks[p.slot] as number;
          if (before === 0) touched.push(p.slot);
          masks[p.slot] = (before | (1 << Math.min(p.group, 31))) >>> 0;
        } else if (p.kind === 'alias') candidates.add(p.project);
      }
    }
  }
  for (const slot of touched) {
    if (masks[slot] === index.ruleFullMask[slot]) candidates.add(index.ruleProject[slot] as number);
  }

  // Pass 2, only for projects that can match: their hits, with positions for windows.
  for (const f of candidates.size === 0 ? [] : fields) {
    for (const x of f.found) {
      for (const p of x.payloads) {
        if (p.kind !== 'alias' && p.kind !== 'rule' && p.kind !== 'exclude') continue;
        if (!candidates.has(p.project)) continue;
        let hits = projectHits.get(p.project);
        if (!hits) projectHits.set(p.project, (hits = []));
        hits.push({
          kind: p.kind,
          rule: p.kind === 'rule' ? p.rule : -1,
          group: p.kind === 'rule' ? p.group : -1,
          field: f.field,
          pos: x.from,
          end: x.to,
          term: p.kind === 'rule' ? p.term : p.phrase,
        });
      }
    }
  }
  for (const f of fields) {
    const thirdAt = f.found.filter((x) => x.payloads.some((p) => p.kind === 'third')).map((x) => x.from);
    third += new Set(thirdAt).size;
    const countryAt: Array<{ pos: number; end: number; country: Country }> = [];
    for (const x of placeMentions(f)) {
      const seen = new Set<number>();
      for (const p of x.payloads) {
        if (p.kind !== 'place' || seen.has(p.region)) continue;
        seen.add(p.region);
        const region = index.regions[p.region];
        if (!region) continue;
        mentions.set(p.region, (mentions.get(p.region) ?? 0) + 1);
        const side = sides[region.country];
        if (region.kind === 'country') {
          if (f.field === 'title') side.countryTitle += 1;
          else side.countryText += 1;
          countryAt.push({ pos: x.from, end: x.to, country: region.country });
        } else side.places += 1;
      }
    }
    for (let a = 0; a < countryAt.length; a++) {
      const ca = countryAt[a] as (typeof countryAt)[number];
      const b = countryAt[a + 1];
      if (!b || b.country === ca.country || b.pos - ca.end > BILATERAL_DISTANCE) continue;
      // "Russia, Belarus and Kazakhstan" is a list, not a pair.
      const listed = thirdAt.some((t) => t >= ca.pos - BILATERAL_DISTANCE && t <= b.end + BILATERAL_DISTANCE);
      if (!listed) bilateral += 1;
    }
  }

  const byField = new Map(fields.map((f) => [f.field, f]));
  const toEvidence = (h: ProjectHit): Evidence => evidenceOf(byField.get(h.field) as ScannedField, h.pos, h.end, h.term);
  const matches: ProjectMatch[] = [];
  for (const [p, hits] of projectHits) {
    const project = index.projects[p];
    if (!project) continue;
    const m = scoreProject(project.id, project.match.rules, hits, toEvidence);
    if (m && m.score >= threshold) matches.push(m);
  }
  const projects = orderProjects(index, matches, item);

  const dateline = datelinePlace(index, item);
  const regions = itemRegions(index.regions, dateline, mentions);
  const relevance: Relevance = assessRelevance({
    by: sides.BY as SideSignals,
    kz: sides.KZ as SideSignals,
    bilateral,
    third,
    projects: projects.length,
  });
  return {
    projects,
    regions,
    relevant: relevance.relevant,
    relevance: { score: relevance.score, by: relevance.by, kz: relevance.kz, reasons: relevance.reasons },
  };
}

/**
 * Best score first; equal scores are ordered by TF-IDF similarity to the item, then by id. The
 * similarity is computed only for tied projects: on 3 KB items it costs more than the scan.
 */
function orderProjects(index: MatchIndex, matches: ProjectMatch[], item: MatchableItem): ProjectMatch[] {
  const byScore = new Map<number, number>();
  for (const m of matches) byScore.set(m.score, (byScore.get(m.score) ?? 0) + 1);
  const similarity = new Map<string, number>();
  const tied = matches.filter((m) => (byScore.get(m.score) ?? 0) > 1).map((m) => m.projectId);
  if (tied.length > 0) {
    const positions = tied.map((id) => index.projects.findIndex((p) => p.id === id));
    const measures = similarityTo(index, termsOf(`${item.title ?? ''}\n${item.text}`), positions);
    tied.forEach((id, i) => similarity.set(id, measures[i] ?? 0));
  }
  return matches.sort((a, b) =>
    b.score - a.score ||
    (similarity.get(b.projectId) ?? 0) - (similarity.get(a.projectId) ?? 0) ||
    a.projectId.localeCompare(b.projectId));
}
