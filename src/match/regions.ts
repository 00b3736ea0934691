/**
 * Where an item is from and what it is about: the dateline place, the gazetteer places it
 * mentions (each mapped to its oblast), and the item's level (central or regional).
 */
import type { Country } from '../catalog/model.ts';
import type { IndexedRegion } from './alias-index.ts';

export interface ItemRegion {
  readonly regionId: string;
  readonly oblastId: string | null;
  readonly country: Country;
  readonly via: 'dateline' | 'mention';
  readonly count: number;
}

/** The capitals: an agency item datelined anywhere else is regional (DESIGN.md §5). */
export const CAPITAL_IDS: readonly string[] = ['by-minsk', 'kz-astana'];

const UPPER = 'A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁӘҒҚҢӨҰҮҺІЎ';
/**
 * A dateline: one to three upper-case words ("NUR-SULTAN", "УСТЬ-КАМЕНОГОРСК") followed by a
 * comma or full stop, as BelTA ("MINSK, 29. August (BelTA)") and Kazinform ("ASTANA. KAZINFORM")
 * write it. Only the head of the text is searched: the page excerpt may start with navigation.
 */
const DATELINE = new RegExp(`(?:^|[^${UPPER}a-zа-я])([${UPPER}]{3,}(?:[- ][${UPPER}]{2,}){0,2})\\s*[,.]`, 'gu');
const AGENCY_WORDS = new Set(['KAZINFORM', 'BELTA', 'БЕЛТА', 'КАЗИНФОРМ', 'DATE', 'PHOTO', 'ФОТО', 'NEWS']);
const DATELINE_HEAD = 600;

/** Dateline candidates in text order (the caller keeps the first one the gazetteer knows). */
export function datelineCandidates(text: string): string[] {
  return [...eachDatelineCandidate(text)];
}

/**
 * {@link datelineCandidates} one at a time, so the matcher stops at the first place it knows:
 * running the expression over the whole head cost the matcher as much as resolving every token
 * of a 3 KB item. The search starts at the first run of three upper-case letters, since every
 * match begins with one (or the letter before it); most items have none and end here.
 */
export function* eachDatelineCandidate(text: string): Generator<string, void, undefined> {
  const head = text.length > DATELINE_HEAD ? text.slice(0, DATELINE_HEAD) : text;
  const run = firstUpperRun(head);
  if (run < 0) return;
  // A match starts at the character before its capture (or at ^, which only the index 0 gives).
  let from = Math.max(0, run - 1);
  for (;;) {
    DATELINE.lastIndex = from;
    const m = DATELINE.exec(head);
    if (!m) return;
    from = DATELINE.lastIndex;
    const words = (m[1] as string).trim();
    if (!AGENCY_WORDS.has(words)) yield words;
  }
}

/** Whether a UTF-16 code unit is in the character class `[${UPPER}]`. */
export function isDatelineUpper(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c < 0x100) return (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xde);
  if (c <= 0x17d) return true; // Ā-Ž
  if (c >= 0x410 && c <= 0x42f) return true; // А-Я
  return c === 0x401 || c === 0x4d8 || c === 0x492 || c === 0x49a || c === 0x4a2 || c === 0x4e8 || c === 0x4b0 ||
    c === 0x4ae || c === 0x4ba || c === 0x406 || c === 0x40e;
}

/** Index of the first of three consecutive upper-case letters, or −1. */
function firstUpperRun(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isDatelineUpper(text.charCodeAt(i))) length = 0;
    else if (++length === 3) return i - 2;
  }
  return -1;
}

/**
 * Item regions: the dateline place first (via 'dateline'), then mentioned places with their
 * counts, most mentioned first. Countries are not regions; they feed relevance instead.
 */
export function itemRegions(
  regions: readonly IndexedRegion[],
  datelineRegion: number | null,
  mentions: ReadonlyMap<number, number>,
): ItemRegion[] {
  const out: ItemRegion[] = [];
  const place = (i: number, via: ItemRegion['via'], count: number): void => {
    const r = regions[i];
    if (!r || r.kind === 'country') return;
    out.push({ regionId: r.id, oblastId: r.oblastId, country: r.country, via, count });
  };
  if (datelineRegion !== null) place(datelineRegion, 'dateline', mentions.get(datelineRegion) ?? 0);
  [...mentions.entries()]
    .filter(([i]) => i !== datelineRegion)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .forEach(([i, count]) => place(i, 'mention', count));
  return out;
}

export interface LevelInput {
  readonly outletLevel: 'central' | 'regional';
  /** The outlet's own region, if any (informational: a regional outlet is regional anyway). */
  readonly outletRegion: string | null;
  /** The dateline place's region id (any level: city, district or oblast), if found. */
  readonly datelineRegion: string | null;
  /** The oblast-level unit of the dateline place (a Minsk city district → `by-minsk`). */
  readonly datelineOblast?: string | null;
  /** Ids counted as capitals; default {@link CAPITAL_IDS}. */
  readonly capitalIds?: readonly string[];
}

/**
 * Central or regional (DESIGN.md §5): regional = a regional outlet, or an agency item whose
 * dateline places it outside the capitals. A dateline naming a capital, a country or nothing
 * leaves a central outlet's item central.
 */
export function levelOf(input: LevelInput): 'central' | 'regional' {
  if (input.outletLevel === 'regional') return 'regional';
  const capitals = input.capitalIds ?? CAPITAL_IDS;
  const d = input.datelineRegion;
  if (d === null || d === 'by' || d === 'kz' || capitals.includes(d)) return 'central';
  if (input.datelineOblast && capitals.includes(input.datelineOblast)) return 'central';
  return 'regional';
}
