/**
 * Time-zone arithmetic with Intl only, and the date formats BelTA, Kazinform and the regional
 * press print. Node's bundled ICU carries the tz data; the Almaty case needs tzdata ≥ 2024a
 * (Kazakhstan moved to one zone, UTC+5, on 2024-03-01), which Node 20.11+ ships. Libraries with
 * their own stale tables got this wrong (moment/moment-timezone#1091, sources.md §5.1).
 */

export interface LocalParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second?: number;
}

export type DateLang = 'ru' | 'en' | 'kk' | 'be' | 'de' | 'pl' | 'zh';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch (err) {
      throw new RangeError(`dates: unknown time zone ${JSON.stringify(timeZone)}`, { cause: err });
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Offset of `timeZone` from UTC at the instant `utcMs`, in milliseconds (Minsk: +3 h). */
function offsetAt(utcMs: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(utcMs))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const wall = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return wall - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function partsAreValid(p: LocalParts): boolean {
  const second = p.second ?? 0;
  return (
    Number.isInteger(p.year) && p.year >= 1900 && p.year <= 2200 &&
    Number.isInteger(p.month) && p.month >= 1 && p.month <= 12 &&
    Number.isInteger(p.day) && p.day >= 1 && p.day <= daysInMonth(p.year, p.month) &&
    Number.isInteger(p.hour) && p.hour >= 0 && p.hour <= 23 &&
    Number.isInteger(p.minute) && p.minute >= 0 && p.minute <= 59 &&
    Number.isInteger(second) && second >= 0 && second <= 60
  );
}

/**
 * The instant at which the clocks in `timeZone` show `parts`.
 * Throws a RangeError for an impossible date (31 February) or an unknown zone.
 * @example zonedTimeToUtc({ year: 2026, month: 10, day: 2, hour: 14, minute: 5 }, 'Europe/Minsk') // 11:05Z
 */
export function zonedTimeToUtc(parts: LocalParts, timeZone: string): Date {
  if (!partsAreValid(parts)) throw new RangeError(`dates: impossible local time ${JSON.stringify(parts)}`);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, Math.min(parts.second ?? 0, 59));
  // Two passes: the offset at the first guess can differ from the offset at the answer when a
  // transition lies between them (Almaty's +6 → +5 on 2024-03-01, any DST change).
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  return new Date(second);
}

// Month names per language, every form a page prints: genitive and nominative (ru, be, pl),
// Kazakh in Cyrillic and Latin script. Keys are lower case. Kazinform lists print
// `18 Августа` and `15 Август` (sources.md §5.1), so both forms are needed.
const MONTHS: Record<DateLang, readonly (readonly string[])[]> = {
  ru: [
    ['января', 'январь'], ['февраля', 'февраль'], ['марта', 'март'], ['апреля', 'апрель'],
    ['мая', 'май'], ['июня', 'июнь'], ['июля', 'июль'], ['августа', 'август'],
    ['сентября', 'сентябрь'], ['октября', 'октябрь'], ['ноября', 'ноябрь'], ['декабря', 'декабрь'],
  ],
  be: [
    ['студзеня', 'студзень'], ['лютага', 'люты'], ['сакавіка', 'сакавік'], ['красавіка', 'красавік'],
    ['траўня', 'травень'], ['чэрвеня', 'чэрвень'], ['ліпеня', 'ліпень'], ['жніўня', 'жнівень'],
    ['верасня', 'верасень'], ['кастрычніка', 'кастрычнік'], ['лістапада', 'лістапад'], ['снежня', 'снежань'],
  ],
  kk: [
    ['қаңтар', 'qańtar', 'qantar'], ['ақпан', 'aqpan'], ['наурыз', 'naýryz', 'nauryz'],
    ['сәуір', 'sáýir', 'sauir'], ['мамыр', 'mamyr'], ['маусым', 'maýsym', 'mausym'],
    ['шілде', 'shilde'], ['тамыз', 'tamyz'], ['қыркүйек', 'qyrkúiek', 'qyrkuiek'],
    ['қазан', 'qazan'], ['қараша', 'qarasha'], ['желтоқсан', 'jeltoqsan'],
  ],
  en: [
    ['january'], ['february'], ['march'], ['april'], ['may'], ['june'],
    ['july'], ['august'], ['september'], ['october'], ['november'], ['december'],
  ],
  de: [
    ['januar', 'jänner'], ['februar'], ['märz', 'maerz'], ['april'], ['mai'], ['juni'],
    ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['dezember'],
  ],
  pl: [
    ['stycznia', 'styczeń'], ['lutego', 'luty'], ['marca', 'marzec'], ['kwietnia', 'kwiecień'],
    ['maja', 'maj'], ['czerwca', 'czerwiec'], ['lipca', 'lipiec'], ['sierpnia', 'sierpień'],
    ['września', 'wrzesień'], ['października', 'październik'], ['listopada', 'listopad'], ['grudnia', 'grudzień'],
  ],
  zh: [],
};

const LANG_ORDER: readonly DateLang[] = ['ru', 'en', 'kk', 'be', 'de', 'pl'];

function monthInTable(word: string, lang: DateLang): number | null {
  const table = MONTHS[lang];
  for (let i = 0; i < table.length; i++) if (table[i]?.includes(word)) return i + 1;
  // Abbreviations (`Oct`, `окт.`, `Sept`): a prefix of 3+ letters that names one month only.
  if (word.length < 3) return null;
  const hits = new Set<number>();
  table.forEach((forms, i) => {
    if (forms.some((f) => f.startsWith(word))) hits.add(i + 1);
  });
  return hits.size === 1 ? [...hits][0] ?? null : null;
}

/** Month number for a month word: the page's language first, then every other table. */
export function monthNumber(word: string, lang: DateLang): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  const own = monthInTable(w, lang);
  if (own !== null) return own;
  for (const other of LANG_ORDER) {
    if (other === lang) continue;
    const m = monthInTable(w, other);
    if (m !== null) return m;
  }
  return null;
}

const TIME = /(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])/u;
const WORD = String.raw`(\p{L}+)\.?`;
const DAY_MONTH_YEAR = new RegExp(String.raw`(?<!\d)(\d{1,2})\.?\s+${WORD},?\s+(\d{4})(?!\d)`, 'u');
const MONTH_DAY_YEAR = new RegExp(String.raw`${WORD}\s+(\d{1,2}),?\s+(\d{4})(?!\d)`, 'u');
const YEAR_DAY_MONTH = new RegExp(String.raw`(?<!\d)(\d{4})\s*(?:жылғы|ж\.)?\s+(\d{1,2})\s+${WORD}`, 'u');
const ZH_DAY_MONTH_YEAR = /(?<!\d)(\d{1,2})\s*(\d{1,2})月\s*(\d{4})(?!\d)/u;
const ZH_YEAR_MONTH_DAY = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const NUMERIC_DMY = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/u;
const NUMERIC_YMD = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u;

interface YMD { year: number; month: number; day: number }

function findDate(text: string, lang: DateLang): YMD | null {
  let m = ZH_YEAR_MONTH_DAY.exec(text);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = ZH_DAY_MONTH_YEAR.exec(text);
  if (m) return { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
  m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[2] ?? '', lang);
    if (month !== null) return { year: Number(m[3]), month, day: Number(m[1]) };
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[1] ?? '', lang);
    if (month !== null) return { year: Number(m[3]), month, day: Number(m[2]) };
  }
  m = YEAR_DAY_MONTH.exec(text);
  if (m) {
    const month = monthNumber(m[3] ?? '', lang);
    if (month !== null) return { year: Number(m[1]), month, day: Number(m[2]) };
  }
  m = NUMERIC_DMY.exec(text);
  if (m) return { year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
  m = NUMERIC_YMD.exec(text);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return null;
}

/**
 * A date as a page or list prints it, read as wall-clock time in `timeZone`; null when the
 * text holds no complete date. No time → midnight.
 * @example parseLocalDate('21:38, 18 Августа 2026', 'ru', 'Asia/Almaty') // 2026-08-18T16:38Z
 */
export function parseLocalDate(text: string, lang: DateLang, timeZone: string): Date | null {
  const clean = text.replace(/\s+/gu, ' ').trim();
  const time = TIME.exec(clean);
  const rest = time ? clean.slice(0, time.index) + ' ' + clean.slice(time.index + time[0].length) : clean;
  const date = findDate(rest, lang);
  if (!date) return null;
  const parts: LocalParts = {
    ...date,
    hour: time ? Number(time[1]) : 0,
    minute: time ? Number(time[2]) : 0,
    second: time?.[3] ? Number(time[3]) : 0,
  };
  if (!partsAreValid(parts)) return null;
  return zonedTimeToUtc(parts, timeZone);
}

const RFC822_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// RFC 822 §5.1 zone names plus MSK, which Russian-language CMSs print.
const ZONE_NAMES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  MSK: 180,
};

const RFC822 = /^(?:\p{L}+,?\s*)?(\d{1,2})\s+(\p{L}+)\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?$/u;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/iu;

function offsetMinutes(zone: string | undefined): number | null {
  if (!zone) return null;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  return ZONE_NAMES[zone.toUpperCase()] ?? null;
}

function fromParts(parts: LocalParts, zone: string | undefined, timeZone: string): Date | null {
  if (!partsAreValid(parts)) return null;
  const offset = offsetMinutes(zone);
  if (offset === null) return zonedTimeToUtc(parts, timeZone);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, Math.min(parts.second ?? 0, 59));
  return new Date(wall - offset * 60_000);
}

/**
 * A feed date: RFC 822 (`Sat, 22 Aug 2026 12:00:00 +0300`) or ISO 8601. Without an offset (or
 * with a zone name we do not know) it is read in `timeZone`; anything else gives null.
 */
export function parseFeedDate(text: string | null | undefined, timeZone: string): Date | null {
  const s = (text ?? '').replace(/\s+/gu, ' ').trim();
  if (!s) return null;
  const iso = ISO.exec(s);
  if (iso) {
    return fromParts({
      year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]),
      hour: Number(iso[4] ?? 0), minute: Number(iso[5] ?? 0), second: Number(iso[6] ?? 0),
    }, iso[7], timeZone);
  }
  const rfc = RFC822.exec(s);
  if (rfc) {
    const word = (rfc[2] ?? '').toLowerCase();
    const english = RFC822_MONTHS.indexOf(word.slice(0, 3));
    // Some Russian CMSs localise the month (`22 авг 2026`); the page tables cover that.
    const month = english >= 0 && /^[a-z]+$/.test(word) ? english + 1 : monthNumber(word, 'ru');
    if (month === null) return null;
    let year = Number(rfc[3]);
    if ((rfc[3] ?? '').length === 2) year += year < 50 ? 2000 : 1900;
    return fromParts({
      year, month, day: Number(rfc[1]),
      hour: Number(rfc[4]), minute: Number(rfc[5]), second: Number(rfc[6] ?? 0),
    }, rfc[7], timeZone);
  }
  return null;
}
