/**
 * One item against the compiled catalog: tokenise each field once, turn tokens into key ids,
 * walk the trie once from every position, then score projects, place the item and judge its
 * relevance from the same hits.
 */
import type { Country } from '../catalog/model.ts';
import { NO_READING, resolveSpan, type IndexedRegion, type MatchIndex, type PlaceForm, type TrieNode } from './alias-index.ts';
import { eachDatelineCandidate, itemRegions, type ItemRegion } from './regions.ts';
import { similarityTo, termsOf } from './related.ts';
import { assessRelevance, type Relevance, type SideSignals } from './relevance.ts';
import { DEFAULT_THRESHOLD, scoreProject, type Evidence, type Field, type ProjectHit, type ProjectMatch } from './score.ts';
import { cutTokens, newTokenBuffer, SCRIPTS, type Script, type TokenBuffer } from './tokens.ts';

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

/** Country words this close (in tokens) form a bilateral phrase: "Belarus and Kazakhstan". */
const BILATERAL_DISTANCE = 3;
const SNIPPET_CONTEXT = 60;

/**
 * One field's tokens and the catalog phrases found in them. Three of these (title, text,
 * dateline) are reused from call to call: typed arrays instead of an object per token and per
 * phrase (the profile before showed a tenth of matching time in the garbage collector).
 * `matchItem` is synchronous and calls nothing that could re-enter it, so sharing them is safe.
 */
class FieldScan {
  field: Field = 'text';
  text = '';
  /** Tokens: offsets, script, hash (see `cutTokens`), and the reading of each (see `resolveSpan`). */
  readonly tokens: TokenBuffer = newTokenBuffer();
  n = 0;
  readings: Int32Array = new Int32Array(512);
  /**
   * Phrases found, in order of their first token: tokens [from, to] reach `node`, whose
   * payloads are the phrase's. A span reached through two readings of a token (a word that is
   * two catalog words) is one phrase with the payloads of both nodes: the second goes to `more`.
   */
  found = 0;
  foundFrom: Int32Array = new Int32Array(128);
  foundTo: Int32Array = new Int32Array(128);
  foundNode: TrieNode[] = [];
  foundMore: Array<TrieNode[] | null> = [];
  /** Set while walking from one position when a token with several readings was crossed. */
  branched = false;
}

const scans = { title: new FieldScan(), text: new FieldScan(), dateline: new FieldScan() };

function addFound(s: FieldScan, from: number, to: number, node: TrieNode): void {
  const k = s.found;
  if (k === s.foundFrom.length) {
    const from2 = new Int32Array(k * 2);
    from2.set(s.foundFrom);
    s.foundFrom = from2;
    const to2 = new Int32Array(k * 2);
    to2.set(s.foundTo);
    s.foundTo = to2;
  }
  s.foundFrom[k] = from;
  s.foundTo[k] = to;
  s.foundNode[k] = node;
  s.foundMore[k] = null;
  s.found = k + 1;
}

/** Depth-first from `node` (reached at token `at`); a token with several readings branches. */
function walk(s: FieldScan, multi: ReadonlyArray<readonly number[]>, node: TrieNode, from: number, at: number): void {
  for (;;) {
    if (node.payloads.length > 0) addFound(s, from, at, node);
    const next = at + 1;
    const children = node.children;
    if (next >= s.n || children === null) return;
    const r = s.readings[next] as number;
    if (r >= 0) {
      const child = children.get(r);
      if (child === undefined) return;
      node = child;
      at = next;
      continue;
    }
    if (r === NO_READING) return;
    s.branched = true;
    for (const id of multi[-2 - r] as readonly number[]) {
      const child = children.get(id);
      if (child) walk(s, multi, child, from, next);
    }
    return;
  }
}

/**
 * One phrase reached twice over the same tokens (through two readings of a word) is one hit
 * with the payloads of both nodes, at the place of the first. Only the phrases found from the
 * last start position, `found[first…]`, can repeat a span.
 */
function mergeSpans(s: FieldScan, first: number): void {
  let out = first;
  for (let k = first; k < s.found; k++) {
    const to = s.foundTo[k] as number;
    let at = first;
    while (at < out && s.foundTo[at] !== to) at += 1;
    if (at < out) {
      const more = s.foundMore[at] ?? [];
      more.push(s.foundNode[k] as TrieNode, ...(s.foundMore[k] ?? []));
      s.foundMore[at] = more;
      continue;
    }
    s.foundFrom[out] = s.foundFrom[k] as number;
    s.foundTo[out] = to;
    s.foundNode[out] = s.foundNode[k] as TrieNode;
    s.foundMore[out] = s.foundMore[k] ?? null;
    out += 1;
  }
  s.found = out;
}

function scan(index: MatchIndex, s: FieldScan, field: Field, text: string): FieldScan {
  s.field = field;
  s.text = text;
  s.n = 0;
  s.found = 0;
  // Tokens are cut into typed arrays and resolved by offsets and hash: no Token objects and no
  // substrings on the hot path.
  const t = s.tokens;
  cutTokens(text, t);
  const n = t.n;
  if (s.readings.length < n) s.readings = new Int32Array(t.starts.length);
  const readings = s.readings;
  for (let i = 0; i < n; i++) {
    readings[i] = resolveSpan(index, text, t.starts[i] as number, t.ends[i] as number, SCRIPTS[t.scripts[i] as number] as Script, t.hashes[i] as number);
  }
  s.n = n;
  const { rootById, multiReadings } = index;
  for (let i = 0; i < n; i++) {
    const r = readings[i] as number;
    if (r === NO_READING) continue;
    const first = s.found;
    if (r >= 0) {
      const node = rootById[r];
      if (node === undefined) continue;
      s.branched = false;
      walk(s, multiReadings, node, i, i);
    } else {
      s.branched = true;
      for (const id of multiReadings[-2 - r] as readonly number[]) {
        const node = rootById[id];
        if (node) walk(s, multiReadings, node, i, i);
      }
    }
    if (s.branched && s.found - first > 1) mergeSpans(s, first);
  }
  return s;
}

function evidenceOf(f: FieldScan, from: number, to: number, term: string): Evidence {
  const start = f.tokens.starts[from] as number;
  const end = f.tokens.ends[to] as number;
  const a = Math.max(0, start - SNIPPET_CONTEXT);
  const b = Math.min(f.text.length, end + SNIPPET_CONTEXT);
  const snippet = `${a > 0 ? '…' : ''}${f.text.slice(a, b).replace(/\s+/g, ' ').trim()}${b < f.text.length ? '…' : ''}`;
  return { term, matched: f.text.slice(start, end), field: f.field, start, end, snippet };
}

/** The regions of the place payloads of found phrase `k`, each once, in payload order. */
function placeRegionsOf(f: FieldScan, k: number): ArrayLike<number> {
  const node = f.foundNode[k] as TrieNode;
  const more = f.foundMore[k];
  if (!more) return node.digest.placeRegions;
  const out = [...node.digest.placeRegions];
  for (const m of more) for (const r of m.digest.placeRegions) if (!out.includes(r)) out.push(r);
  return out;
}

function hasPlace(f: FieldScan, k: number): boolean {
  return (f.foundNode[k] as TrieNode).digest.hasPlace || (f.foundMore[k]?.some((m) => m.digest.hasPlace) ?? false);
}

function hasThird(f: FieldScan, k: number): boolean {
  return (f.foundNode[k] as TrieNode).digest.hasThird || (f.foundMore[k]?.some((m) => m.digest.hasThird) ?? false);
}

/** How well a place payload fits a dateline: a dateline form, then a city's name, then the rest. */
const DATELINE_FORM_RANK: Readonly<Record<PlaceForm, number>> = { dateline: 0, name: 1, historical: 2, adjective: 3 };
const DATELINE_KIND_RANK: Readonly<Record<IndexedRegion['kind'], number>> = { city: 0, district: 1, oblast: 2, country: 3 };
const DATELINE_CACHE_LIMIT = 10_000;

/**
 * The first dateline candidate that is exactly a gazetteer place name. Datelines name towns, so
 * when a word fits several places ("ГОМЕЛЬ" also stems like the oblast's adjective) the town wins.
 */
function datelinePlace(index: MatchIndex, item: MatchableItem): number | null {
  const candidates = item.dateline ? [item.dateline] : eachDatelineCandidate(item.text);
  for (const candidate of candidates) {
    let region = index.datelineCache.get(candidate);
    if (region === undefined) {
      region = placeNamed(index, candidate);
      if (index.datelineCache.size >= DATELINE_CACHE_LIMIT) index.datelineCache.clear();
      index.datelineCache.set(candidate, region);
    }
    if (region !== null) return region;
  }
  return null;
}

/** The place a whole candidate names, preferring the dateline form and the smallest place. */
function placeNamed(index: MatchIndex, candidate: string): number | null {
  const f = scan(index, scans.dateline, 'text', candidate);
  let whole = -1;
  for (let k = 0; k < f.found && whole < 0; k++) if (f.foundFrom[k] === 0 && f.foundTo[k] === f.n - 1) whole = k;
  if (whole < 0) return null;
  let best: { region: number; rank: number } | null = null;
  for (const node of [f.foundNode[whole] as TrieNode, ...(f.foundMore[whole] ?? [])]) {
    for (const p of node.payloads) {
      if (p.kind !== 'place') continue;
      const kind = index.regions[p.region]?.kind ?? 'country';
      const rank = DATELINE_FORM_RANK[p.form] * 10 + DATELINE_KIND_RANK[kind];
      if (!best || rank < best.rank) best = { region: p.region, rank };
    }
  }
  return best ? best.region : null;
}

interface Side { countryTitle: number; countryText: number; places: number; orgs: number }

/** Per-call scratch of pass 1, sized to the index and cleared after use. */
let passScratch: { index: MatchIndex; masks: Uint32Array; candidate: Uint8Array } | null = null;
/** Stamps trie nodes read in pass 1 (`TrieNode.seenBy`): a new number per call. */
let callNumber = 0;

/**
 * Matches one item: projects above the threshold with evidence, regions, relevance.
 *
 * @example matchItem(index, { title: 'МТЗ в Костанае', text: '…' }).projects[0]?.projectId
 */
export function matchItem(index: MatchIndex, item: MatchableItem, options: MatchOptions = {}): ItemMatch {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const fields: FieldScan[] = [];
  if (item.title) fields.push(scan(index, scans.title, 'title', item.title));
  fields.push(scan(index, scans.text, 'text', item.text));

  const projectHits = new Map<number, ProjectHit[]>();
  const mentions = new Map<number, number>();
  const by: Side = { countryTitle: 0, countryText: 0, places: 0, orgs: 0 };
  const kz: Side = { countryTitle: 0, countryText: 0, places: 0, orgs: 0 };
  let bilateral = 0;
  let third = 0;

  // Pass 1, no allocation: which rules have all their groups, which projects have an alias or
  // an exclusion. A country word is a rule term of most projects (69 payloads per "Kazakhstan"
  // in the real catalog), so building hits for every payload dominated the matcher's time.
  if (passScratch?.index !== index) {
    passScratch = { index, masks: new Uint32Array(index.ruleFullMask.length), candidate: new Uint8Array(index.projects.length) };
  }
  const { masks, candidate } = passScratch;
  const touched: number[] = [];
  const candidates: number[] = [];
  callNumber = (callNumber + 1) | 0;
  const stamp = callNumber;
  const mark = (node: TrieNode): void => {
    const d = node.digest;
    by.orgs += d.orgsBY;
    kz.orgs += d.orgsKZ;
    // A phrase repeated in the item adds nothing to the masks: its payloads are read once.
    if (node.seenBy === stamp) return;
    node.seenBy = stamp;
    const { ruleSlots, ruleBits, aliasProjects } = d;
    for (let j = 0; j < ruleSlots.length; j++) {
      const slot = ruleSlots[j] as number;
      const before = masks[slot] as number;
      if (before === 0) touched.push(slot);
      masks[slot] = before | (ruleBits[j] as number);
    }
    for (let j = 0; j < aliasProjects.length; j++) {
      const p = aliasProjects[j] as number;
      if (candidate[p] === 0) {
        candidate[p] = 1;
        candidates.push(p);
      }
    }
  };
  for (const f of fields) {
    for (let k = 0; k < f.found; k++) {
      mark(f.foundNode[k] as TrieNode);
      const more = f.foundMore[k];
      if (more) for (const m of more) mark(m);
    }
  }
  for (const slot of touched) {
    if (masks[slot] === index.ruleFullMask[slot]) {
      const p = index.ruleProject[slot] as number;
      if (candidate[p] === 0) {
        candidate[p] = 1;
        candidates.push(p);
      }
    }
    masks[slot] = 0;
  }

  // Pass 2, only for projects that can match: their hits, with positions for windows.
  if (candidates.length > 0) {
    for (const f of fields) {
      for (let k = 0; k < f.found; k++) {
        const more = f.foundMore[k];
        const nodes = more ? [f.foundNode[k] as TrieNode, ...more] : [f.foundNode[k] as TrieNode];
        for (const node of nodes) {
          for (const p of node.digest.projectPayloads) {
            if (candidate[p.project] === 0) continue;
            let hits = projectHits.get(p.project);
            if (!hits) projectHits.set(p.project, (hits = []));
            hits.push({
              kind: p.kind,
              rule: p.kind === 'rule' ? p.rule : -1,
              group: p.kind === 'rule' ? p.group : -1,
              field: f.field,
              pos: f.foundFrom[k] as number,
              end: f.foundTo[k] as number,
              term: p.kind === 'rule' ? p.term : p.phrase,
            });
          }
        }
      }
    }
    for (const p of candidates) candidate[p] = 0;
  }

  for (const f of fields) {
    // Third parties: distinct start positions (phrases come in order of their first token).
    const thirdAt: number[] = [];
    for (let k = 0; k < f.found; k++) {
      if (!hasThird(f, k)) continue;
      const from = f.foundFrom[k] as number;
      if (thirdAt.length === 0 || thirdAt[thirdAt.length - 1] !== from) thirdAt.push(from);
    }
    third += thirdAt.length;
    // Places: the longest place phrase per position, left to right, so "Kostanay region" is
    // not also "Kostanay".
    const countryPos: number[] = [];
    const countryEnd: number[] = [];
    const countryOf: Country[] = [];
    let covered = -1;
    for (let k = 0; k < f.found;) {
      const from = f.foundFrom[k] as number;
      let longest = -1;
      for (; k < f.found && f.foundFrom[k] === from; k++) {
        if ((longest < 0 || (f.foundTo[k] as number) > (f.foundTo[longest] as number)) && hasPlace(f, k)) longest = k;
      }
      if (longest < 0 || from <= covered) continue;
      const to = f.foundTo[longest] as number;
      covered = to;
      const regions = placeRegionsOf(f, longest);
      for (let j = 0; j < regions.length; j++) {
        const r = regions[j] as number;
        const region = index.regions[r];
        if (!region) continue;
        mentions.set(r, (mentions.get(r) ?? 0) + 1);
        const side = region.country === 'BY' ? by : kz;
        if (region.kind === 'country') {
          if (f.field === 'title') side.countryTitle += 1;
          else side.countryText += 1;
          countryPos.push(from);
          countryEnd.push(to);
          countryOf.push(region.country);
        } else side.places += 1;
      }
    }
    for (let a = 0; a + 1 < countryPos.length; a++) {
      const b = a + 1;
      if (countryOf[b] === countryOf[a] || (countryPos[b] as number) - (countryEnd[a] as number) > BILATERAL_DISTANCE) continue;
      // "Russia, Belarus and Kazakhstan" is a list, not a pair.
      const lo = (countryPos[a] as number) - BILATERAL_DISTANCE;
      const hi = (countryEnd[b] as number) + BILATERAL_DISTANCE;
      if (!thirdAt.some((t) => t >= lo && t <= hi)) bilateral += 1;
    }
  }

  const matches: ProjectMatch[] = [];
  if (projectHits.size > 0) {
    const toEvidence = (h: ProjectHit): Evidence =>
      evidenceOf(h.field === 'title' ? scans.title : scans.text, h.pos, h.end, h.term);
    for (const [p, hits] of projectHits) {
      const project = index.projects[p];
      if (!project) continue;
      const m = scoreProject(project.id, project.match.rules, hits, toEvidence);
      if (m && m.score >= threshold) matches.push(m);
    }
  }
  const projects = orderProjects(index, matches, item);

  const dateline = datelinePlace(index, item);
  const regions = itemRegions(index.regions, dateline, mentions);
  const relevance: Relevance = assessRelevance({
    by: by as SideSignals,
    kz: kz as SideSignals,
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
