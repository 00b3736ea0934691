/**
 * Tokens with character offsets, and the key a token is compared by. The same two functions
 * serve catalog phrases and item text, so a phrase matches whatever its words become.
 */
import { createRequire } from 'node:module';
import { foldWord } from './normalize.ts';
import { skeleton } from './transliterate.ts';

// natural's main entry loads storage back-ends that read .env and print to stdout, so the two
// stemmers are required by path. They ship without per-file typings, hence the narrow type.
const require = createRequire(import.meta.url);
interface NaturalStemmer { stem(token: string): string }
const russian = require('natural/lib/natural/stemmers/porter_stemmer_ru.js') as NaturalStemmer;
const english = require('natural/lib/natural/stemmers/porter_stemmer.js') as NaturalStemmer;

export type Script = 'cyrl' | 'latn' | 'cjk' | 'num' | 'other';

export interface Token {
  /** The word as written (soft hyphens and all), `text.slice(start, end)`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly script: Script;
}

const LATIN = 1;
const CYRILLIC = 2;
const DIGIT = 3;
const MARK = 4; // combining marks and invisible characters: continue a word, never start one
const CJK = 5;
const OTHER_LETTER = 6;
const APOSTROPHE = 7;
const SEPARATOR = 0;

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

function classify(c: number, text: string, i: number): number {
  if (c < 0x80) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return LATIN;
    if (c >= 0x30 && c <= 0x39) return DIGIT;
    return c === 0x27 ? APOSTROPHE : SEPARATOR;
  }
  if (c >= 0x400 && c < 0x530) return c >= 0x483 && c <= 0x489 ? MARK : CYRILLIC;
  if ((c >= 0xc0 && c < 0x250 && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c < 0x1f00)) return LATIN;
  if (c >= 0x300 && c < 0x370) return MARK;
  if (c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) return MARK;
  if (c === 0x2019 || c === 0x2bc) return APOSTROPHE;
  if ((c >= 0x4e00 && c < 0xa000) || (c >= 0x3400 && c < 0x4dc0) || (c >= 0x3040 && c < 0x3100) ||
      (c >= 0xac00 && c < 0xd7b0) || (c >= 0xf900 && c < 0xfb00)) return CJK;
  if (c >= 0xd800 && c < 0xe000) return SEPARATOR;
  return LETTER_OR_NUMBER.test(text[i] as string) ? OTHER_LETTER : SEPARATOR;
}

/** Receives each token of {@link forEachToken}: offsets into the text and the script. */
export type TokenSink = (start: number, end: number, script: Script) => void;

/**
 * Walks the words of a text without allocating tokens (the matcher's hot path): hyphens and
 * dashes separate (белорусско-казахстанский gives both halves), apostrophes join letters
 * (Kazakhstan's, сям'я), soft hyphens and zero-width characters stay inside the word, every CJK
 * character is its own token, numbers stay.
 */
export function forEachToken(text: string, sink: TokenSink): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let kind = classify(text.charCodeAt(i), text, i);
    if (kind === SEPARATOR || kind === MARK || kind === APOSTROPHE) {
      i += 1;
      continue;
    }
    if (kind === CJK) {
      sink(i, i + 1, 'cjk');
      i += 1;
      continue;
    }
    const start = i;
    let latin = 0;
    let cyrillic = 0;
    let letters = 0;
    for (;;) {
      if (kind === LATIN) latin += 1;
      else if (kind === CYRILLIC) cyrillic += 1;
      else if (kind === OTHER_LETTER) letters += 1;
      i += 1;
      if (i >= n) break;
      kind = classify(text.charCodeAt(i), text, i);
      if (kind === APOSTROPHE) {
        const after = i + 1 < n ? classify(text.charCodeAt(i + 1), text, i + 1) : SEPARATOR;
        if (after !== LATIN && after !== CYRILLIC && after !== OTHER_LETTER) break;
        kind = MARK;
      }
      if (kind === SEPARATOR || kind === CJK) break;
    }
    sink(start, i, cyrillic > 0 && cyrillic >= latin ? 'cyrl' : latin > 0 ? 'latn' : letters > 0 ? 'other' : 'num');
  }
}

/** Scripts by the number {@link cutTokens} stores. */
export const SCRIPTS: readonly Script[] = ['cyrl', 'latn', 'cjk', 'num', 'other'];
const S_CYRL = 0;
const S_LATN = 1;
const S_CJK = 2;
const S_NUM = 3;
const S_OTHER = 4;

/** The tokens of one text as {@link cutTokens} leaves them; grown as needed, reused between texts. */
export interface TokenBuffer {
  n: number;
  starts: Int32Array;
  ends: Int32Array;
  /** Index into {@link SCRIPTS}. */
  scripts: Uint8Array;
  /** {@link hashCodeUnits} of each token's code units. */
  hashes: Int32Array;
}

export function newTokenBuffer(capacity = 512): TokenBuffer {
  return {
    n: 0, starts: new Int32Array(capacity), ends: new Int32Array(capacity), scripts: new Uint8Array(capacity),
    hashes: new Int32Array(capacity),
  };
}

function growTokenBuffer(b: TokenBuffer): void {
  const length = b.starts.length * 2;
  const starts = new Int32Array(length);
  starts.set(b.starts);
  const ends = new Int32Array(length);
  ends.set(b.ends);
  const scripts = new Uint8Array(length);
  scripts.set(b.scripts);
  const hashes = new Int32Array(length);
  hashes.set(b.hashes);
  Object.assign(b, { starts, ends, scripts, hashes });
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units `text[start, end)`: the hash {@link cutTokens} stores. */
export function hashCodeUnits(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/**
 * The tokens of {@link forEachToken}, written into a buffer with a hash of each, for the
 * matcher: it looks tokens up by offsets and hash, with no substring per token, and the hash is
 * taken while the characters are classified rather than in a second pass. This is
 * forEachToken's loop written out a second time, without a call per token;
 * test/match/cut-tokens.test.ts holds the two equal on generated text.
 */
export function cutTokens(text: string, into: TokenBuffer): void {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let kind = classify(c, text, i);
    if (kind === SEPARATOR || kind === MARK || kind === APOSTROPHE) {
      i += 1;
      continue;
    }
    if (count === into.starts.length) growTokenBuffer(into);
    if (kind === CJK) {
      into.starts[count] = i;
      into.ends[count] = i + 1;
      into.scripts[count] = S_CJK;
      into.hashes[count] = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
      count += 1;
      i += 1;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    let latin = 0;
    let cyrillic = 0;
    let letters = 0;
    for (;;) {
      h = Math.imul(h ^ c, FNV_PRIME);
      if (kind === LATIN) latin += 1;
      else if (kind === CYRILLIC) cyrillic += 1;
      else if (kind === OTHER_LETTER) letters += 1;
      i += 1;
      if (i >= n) break;
      c = text.charCodeAt(i);
      kind = classify(c, text, i);
      if (kind === APOSTROPHE) {
        const after = i + 1 < n ? classify(text.charCodeAt(i + 1), text, i + 1) : SEPARATOR;
        if (after !== LATIN && after !== CYRILLIC && after !== OTHER_LETTER) break;
        kind = MARK;
      }
      if (kind === SEPARATOR || kind === CJK) break;
    }
    into.starts[count] = start;
    into.ends[count] = i;
    into.scripts[count] = cyrillic > 0 && cyrillic >= latin ? S_CYRL : latin > 0 ? S_LATN : letters > 0 ? S_OTHER : S_NUM;
    into.hashes[count] = h;
    count += 1;
  }
  into.n = count;
}

/** Splits text into words with character offsets (see {@link forEachToken} for the rules). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachToken(text, (start, end, script) => tokens.push({ text: text.slice(start, end), start, end, script }));
  return tokens;
}

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/**
 * The comparison key of a folded word: Cyrillic goes through natural's Russian Porter stemmer,
 * Latin through the English one, then both through the transliteration skeleton. Mixed-script
 * words (МТ3, MТЗ typed with Latin M) skip the stemmer: they are codes, not inflected words.
 * Cached per process by the folded word.
 *
 * @example stemKey('гомсельмашем', 'cyrl') === stemKey('gomselmasch', 'latn') // 'gomselmash'
 */
export function stemKey(folded: string, script: Script): string {
  const cacheKey = script === 'cyrl' || script === 'latn' ? folded : `${script}:${folded}`;
  let key = stemCache.get(cacheKey);
  if (key !== undefined) return key;
  if (script === 'cyrl' || script === 'latn') {
    const mixed = /[a-z]/.test(folded) && /[а-я]/.test(folded);
    const stem = mixed ? folded : script === 'cyrl' ? russian.stem(folded) : english.stem(folded);
    key = skeleton(stem || folded);
  } else {
    key = folded;
  }
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(cacheKey, key);
  return key;
}

/**
 * Every key a folded word may be known by, most specific first: its unstemmed skeleton, then its
 * stem's. Both are needed because Porter stemmers are inconsistent on names: natural's Russian
 * stemmer cuts "казахстан" to "казахста" (it reads -ан as a participle) but "казахстану" to
 * "казахстан", and "беларусь" to "белар" but "беларуси" to "беларус". The skeleton's
 * trailing-vowel rule makes the raw forms meet (kazahstan, belarus), the stems cover the rest.
 */
export function wordKeys(folded: string, script: Script, acronym = false): string[] {
  if (script !== 'cyrl' && script !== 'latn') return [stemKey(folded, script)];
  const raw = skeleton(folded);
  if (acronym) return [raw];
  const stem = stemKey(folded, script);
  return raw === stem ? [raw] : [raw, stem];
}

/**
 * Upper-case words of two to five letters (KZS, МТЗ, ПТЗ, EAEU) are codes: stemming them is
 * wrong (English Porter turns "KZS" into "kz").
 */
export function isAcronym(text: string): boolean {
  if (text.length < 2 || text.length > 5) return false;
  return text === text.toUpperCase() && text !== text.toLowerCase() && !/\d/.test(text);
}

/** Folds and keys one raw token by its stem (the key TF-IDF and reports use). */
export function tokenKey(token: Pick<Token, 'text' | 'script'>): string {
  return stemKey(foldWord(token.text), token.script);
}

/** The stem keys of every word of a phrase, in order. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map(tokenKey);
}
