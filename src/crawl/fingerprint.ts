/**
 * Near-duplicate fingerprints for reprint detection (DESIGN §4): a regional paper that reprints
 * a BelTA or Kazinform story must count as a reprint, not as original regional coverage. Pure:
 * text in, numbers out.
 *
 * An item's fingerprint is the set of its word 4-shingles (title + lead + body after folding),
 * each hashed to a signed 32-bit integer, sorted and distinct — stored as `items.shingles int[]`.
 * Two items are compared by the **overlap coefficient** |A∩B| / min(|A|,|B|), which stays high
 * under the edits regional desks make (new headline, trimmed lead, dropped paragraphs, an added
 * "Источник: БелТА" or subscription footer), while a different story on the same topic or the
 * same template with other facts shares only its stock phrases. A 64-bit simhash of the same
 * shingles is kept too (`items.simhash`) for quick SQL lookups of verbatim copies; it is not
 * used to decide, because dropped paragraphs move it too far (bench/reprints.ts measures both).
 */

/**
 * Words per shingle. bench/reprints.ts, seed 1, threshold 0.5: 2 words → precision 0.85 (stock
 * phrases of templates match), 3 → 0.98 / recall 0.98, 4 → 1.00 / 0.96, 5 → 1.00 / 0.92.
 * 4 keeps precision (a false reprint erases real regional coverage) at little cost in recall.
 */
export const SHINGLE_WORDS = 4;
/** Shingles kept per item (text order): bounds the row size for very long texts (~6,000 words). */
export const MAX_SHINGLES = 6000;

/**
 * Decision thresholds, from bench/reprints.ts (generated pairs, seed 1; see README "Reprints"):
 * overlap ≥ 0.50 alone, or ≥ 0.35 when the candidate names the agency ("БЕЛТА", "Kazinform")
 * or ≥ 0.45 with a generic source phrase ("сообщает", "по информации", "источник").
 * Same-topic different stories measured 0.02–0.22, same-template-other-facts 0.10–0.42;
 * reprints with every listed edit 0.55–1.0.
 */
export const REPRINT_THRESHOLD = 0.45;
export const ATTRIBUTION_BOOST = { agency: 0.15, phrase: 0.05, none: 0 } as const;
/** Fewer shared shingles than this is never a reprint: a one-line lead cannot prove copying. */
export const MIN_SHARED = 12;

export type AttributionKind = keyof typeof ATTRIBUTION_BOOST;

export interface Fingerprint {
  /** Sorted, distinct signed 32-bit shingle hashes. */
  readonly shingles: readonly number[];
  /** 64-bit simhash of the shingles, as a signed bigint (fits a PostgreSQL bigint). */
  readonly simhash: bigint;
  /** Agencies the text names as its source, plus `phrase` for a generic source phrase. */
  readonly attribution: readonly string[];
}

export interface FingerprintInput {
  readonly title?: string | null;
  readonly lead?: string | null;
  readonly body?: string | null;
}

/**
 * Agency names as regional desks write them in credits ("Источник: БелТА", "/Корр. БЕЛТА/",
 * "По информации МИА «Казинформ»"). Keyed by outlet id in config/sources.yaml.
 */
export const AGENCY_NAMES: Readonly<Record<string, RegExp>> = {
  belta: /(?:^|[^\p{L}])(?:белта|belta|белтаа)(?:[^\p{L}]|$)/iu,
  kazinform: /(?:казинформ|kazinform|қазинформ|qazinform|қазақпарат|kazakparat)/iu,
};

/** Generic credit phrases: weaker than a name, because original reports quote sources too. */
const SOURCE_PHRASES = /(?:^|[^\p{L}])(?:сообщает|по информации|по данным|передает|передаёт|источник\s*:|со ссылкой на|reports|according to)(?:[^\p{L}]|$)/iu;

/** Folded words: NFKC, lower case, ё → е, stress marks gone; letters and digits only. */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\p{M}/gu, '')
    .match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** FNV-1a over UTF-16 code units, as a signed 32-bit integer (PostgreSQL `integer`). */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

// murmur3's finaliser: spreads a 32-bit hash over all bits (simhash needs independent bits).
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Sorted distinct hashes of the word n-grams (fewer words than n: one shingle of them all). */
export function shingleHashes(words: readonly string[], n = SHINGLE_WORDS, max = MAX_SHINGLES): number[] {
  const out = new Set<number>();
  if (words.length && words.length < n) out.add(hash32(words.join(' ')));
  for (let i = 0; i + n <= words.length && out.size < max; i++) out.add(hash32(words.slice(i, i + n).join(' ')));
  return [...out].sort((a, b) => a - b);
}

/** Charikar's simhash over 32-bit feature hashes, widened to 64 bits by two mixes. */
export function simhash64(hashes: readonly number[]): bigint {
  const v = new Int32Array(64);
  for (const h of hashes) {
    const lo = mix32(h);
    const hi = mix32(h ^ 0x9e3779b9);
    for (let b = 0; b < 32; b++) {
      v[b]! += (lo >>> b) & 1 ? 1 : -1;
      v[b + 32]! += (hi >>> b) & 1 ? 1 : -1;
    }
  }
  let x = 0n;
  for (let b = 63; b >= 0; b--) x = (x << 1n) | (v[b]! > 0 ? 1n : 0n);
  return BigInt.asIntN(64, x);
}

/** Bits that differ between two simhashes (0–64). */
export function hamming(a: bigint, b: bigint): number {
  let x = BigInt.asUintN(64, a ^ b);
  let n = 0;
  while (x) {
    x &= x - 1n;
    n++;
  }
  return n;
}

/** Which agencies the text credits, and `phrase` for a generic credit phrase. */
export function attributionOf(text: string): string[] {
  const out = Object.entries(AGENCY_NAMES).filter(([, re]) => re.test(text)).map(([id]) => id);
  if (SOURCE_PHRASES.test(text)) out.push('phrase');
  return out;
}

/** The fingerprint of an item: its title, lead and body together. */
export function fingerprint(item: FingerprintInput): Fingerprint {
  const text = [item.title, item.lead, item.body].filter((s): s is string => !!s && !!s.trim()).join('\n');
  const shingles = shingleHashes(foldWords(text));
  return { shingles, simhash: simhash64(shingles), attribution: attributionOf(text) };
}

export interface Similarity {
  readonly shared: number;
  readonly jaccard: number;
  /** |A∩B| / min(|A|,|B|). */
  readonly overlap: number;
}

/** Set similarity of two sorted distinct hash lists (a linear merge). */
export function similarity(a: readonly number[], b: readonly number[]): Similarity {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  const min = Math.min(a.length, b.length);
  return { shared, jaccard: union ? shared / union : 0, overlap: min ? shared / min : 0 };
}

export interface ReprintCandidate {
  readonly shingles: readonly number[];
  readonly attribution: readonly string[];
}

export interface ReprintOriginal {
  readonly shingles: readonly number[];
  /** The agency's outlet id (`belta`, `kazinform`): a credit naming it counts most. */
  readonly agency: string;
}

export interface ReprintDecision {
  readonly reprint: boolean;
  /** overlap + attribution boost; compared with {@link REPRINT_THRESHOLD}. */
  readonly score: number;
  readonly overlap: number;
  readonly shared: number;
  readonly attribution: AttributionKind;
}

/**
 * Does `candidate` substantially repeat the agency item `original`?
 * @example isReprint({ shingles: fp.shingles, attribution: ['belta'] }, { shingles: orig, agency: 'belta' }).reprint
 */
export function isReprint(candidate: ReprintCandidate, original: ReprintOriginal): ReprintDecision {
  const sim = similarity(candidate.shingles, original.shingles);
  const attribution: AttributionKind = candidate.attribution.includes(original.agency)
    ? 'agency'
    : candidate.attribution.includes('phrase') ? 'phrase' : 'none';
  const score = sim.overlap + ATTRIBUTION_BOOST[attribution];
  return {
    reprint: sim.shared >= MIN_SHARED && score >= REPRINT_THRESHOLD,
    score: Math.round(score * 1000) / 1000,
    overlap: sim.overlap,
    shared: sim.shared,
    attribution,
  };
}

export interface IndexedOriginal extends ReprintOriginal {
  readonly id: number;
  /** Publication time (ms since epoch): the window is checked by the caller's `accept`. */
  readonly at: number;
}

/**
 * An inverted index from shingle hash to originals: a candidate's shared-shingle count with
 * every original comes from one pass over its own shingles, instead of one merge per original
 * (the crawl compares each new regional item with a week of agency copy, ~5,000 items).
 */
export class ShingleIndex {
  readonly #postings = new Map<number, number[]>();
  readonly #originals: IndexedOriginal[] = [];

  add(original: IndexedOriginal): void {
    const slot = this.#originals.push(original) - 1;
    for (const h of original.shingles) {
      const list = this.#postings.get(h);
      if (list) list.push(slot);
      else this.#postings.set(h, [slot]);
    }
  }

  get size(): number {
    return this.#originals.length;
  }

  /** The best original `candidate` reprints (highest score, then earliest), or null. */
  best(candidate: ReprintCandidate, accept: (o: IndexedOriginal) => boolean = () => true): { original: IndexedOriginal; decision: ReprintDecision } | null {
    const shared = new Map<number, number>();
    for (const h of candidate.shingles) for (const slot of this.#postings.get(h) ?? []) shared.set(slot, (shared.get(slot) ?? 0) + 1);
    let found: { original: IndexedOriginal; decision: ReprintDecision } | null = null;
    for (const [slot, n] of shared) {
      if (n < MIN_SHARED) continue;
      const original = this.#originals[slot]!;
      if (!accept(original)) continue;
      const decision = isReprint(candidate, original);
      if (!decision.reprint) continue;
      if (!found || decision.score > found.decision.score || (decision.score === found.decision.score && original.at < found.original.at)) found = { original, decision };
    }
    return found;
  }
}
