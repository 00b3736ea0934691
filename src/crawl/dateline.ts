/**
 * The dateline at the top of an agency story: where it was filed and by whom. The place feeds
 * the region guess (a ГОМЕЛЬ dateline makes a BelTA story Gomel coverage); the gazetteer
 * lookup happens in match/regions.ts.
 */

export interface Dateline {
  /** The place in upper case (the form the catalog's `dateline` lists use): `ГОМЕЛЬ`. */
  readonly place: string;
  /** The dateline exactly as written, e.g. `ГОМЕЛЬ, 2 октября (БЕЛТА) –`. */
  readonly raw: string;
  /** `belta`, `kazinform`, another agency as written, or null when none is named. */
  readonly agency: string | null;
}

// Dev-corpus pages (shared/corpus/dev.jsonl) put up to ~430 characters of navigation, a
// headline and a photo caption before the dateline; 600 keeps a margin.
const WINDOW = 600;

const KNOWN_AGENCIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:белта|belta)$/iu, 'belta'],
  [/^(?:kazinform|казинформ|qazaqparat|қазақпарат)$/iu, 'kazinform'],
];

function agencyId(written: string): string {
  const w = written.trim();
  for (const [re, id] of KNOWN_AGENCIES) if (re.test(w)) return id;
  return w;
}

const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
// An all-caps run: `МИНСК`, `NUR-SULTAN`, `UST-KAMENOGORSK`, `SAINT PETERSBURG`.
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}'’\-]*\p{Lu}`;
const CAPS_PLACE = String.raw`${CAPS_WORD}(?: ${CAPS_WORD}){0,3}`;
// A capitalised word, for forms whose agency marker is strong enough (`Астана. ҚазАқпарат`,
// `Минск, 5 мая. /Корр. БЕЛТА/`); Arabic-script Kazakh has no case at all.
const TITLE_PLACE = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*|\p{Lo}+(?: \p{Lo}+){0,2}`;
const ANY_PLACE = String.raw`${CAPS_PLACE}|${TITLE_PLACE}`;
const DAY_MONTH = String.raw`\d{1,2}\.? \p{L}+|\p{L}+ \d{1,2}`;
const DASH = String.raw`\s*[–—-]`;
const KZ_AGENCY = String.raw`KAZINFORM|Kazinform|КАЗИНФОРМ|Казинформ|QazAqparat|QAZAQPARAT|ҚазАқпарат|ҚАЗАҚПАРАТ`;
const CORR = String.raw`/\s*(?:Корр|Кор|Kor|Карэсп)\.?\s*(\p{L}+)\s*/\.?`;

interface Pattern {
  readonly re: RegExp;
  readonly place: number;
  readonly agency: number | null;
}

const PATTERNS: readonly Pattern[] = [
  // MINSK, 2 October (BelTA) – … / МИНСК, 2 октября (БЕЛТА) – … / MINSK, 2. Oktober (BelTA) - …
  {
    re: new RegExp(String.raw`${BEFORE}(${ANY_PLACE}), (?:${DAY_MONTH})\.? ?\(([^()\n]{2,20})\)(?:${DASH})?`, 'u'),
    place: 1, agency: 2,
  },
  // ASTANA. KAZINFORM – … / АСТАНА. 24 января. КАЗИНФОРМ /Author/ - … / Астана. ҚазАқпарат -
  {
    re: new RegExp(String.raw`${BEFORE}(${ANY_PLACE})\. (?:(?:${DAY_MONTH})\. )?(${KZ_AGENCY})(?: ?/[^/\n]{1,60}/)?(?:${DASH})?`, 'u'),
    place: 1, agency: 2,
  },
  // Минск, 5 мая. /Корр. БЕЛТА/  (regional papers)
  {
    re: new RegExp(String.raw`${BEFORE}(${ANY_PLACE}), (?:${DAY_MONTH})\.?\s*${CORR}`, 'u'),
    place: 1, agency: 2,
  },
  // 13 июля, Минск /Корр. БЕЛТА/. / 3 czerwca, powiat smolewiczski /Kor. BELTA/.
  {
    re: new RegExp(String.raw`${BEFORE}(?:${DAY_MONTH}), (\p{L}[\p{L}'’\-]*(?: \p{L}[\p{L}'’\-]*){0,3}) ?${CORR}`, 'u'),
    place: 1, agency: 2,
  },
  // ASTANA (TCA) — … (no date; other agencies' copy)
  {
    re: new RegExp(String.raw`${BEFORE}(${CAPS_PLACE}) \(([^()\n]{2,20})\)${DASH}`, 'u'),
    place: 1, agency: 2,
  },
  // ГОМЕЛЬ, 2 октября – … (a paper's own dateline, no agency)
  {
    re: new RegExp(String.raw`${BEFORE}(${CAPS_PLACE}), (?:${DAY_MONTH})\.?${DASH}`, 'u'),
    place: 1, agency: null,
  },
];

/**
 * The dateline in the first ~600 characters of a story, or null.
 * @example extractDateline('ГОМЕЛЬ, 2 октября (БЕЛТА) – Делегация…') // { place: 'ГОМЕЛЬ', raw: 'ГОМЕЛЬ, 2 октября (БЕЛТА) –', agency: 'belta' }
 */
export function extractDateline(text: string): Dateline | null {
  const head = text.slice(0, WINDOW).replace(/[\u00a0\u2007\u202f]/gu, ' ');
  let best: { index: number; found: Dateline } | null = null;
  for (const { re, place, agency } of PATTERNS) {
    const m = re.exec(head);
    if (!m || (best && best.index <= m.index)) continue;
    const written = m[place];
    if (!written) continue;
    const agencyText = agency === null ? undefined : m[agency];
    best = {
      index: m.index,
      found: {
        place: written.toUpperCase(),
        raw: m[0].trim(),
        agency: agencyText ? agencyId(agencyText) : null,
      },
    };
  }
  return best?.found ?? null;
}
