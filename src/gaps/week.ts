/**
 * ISO 8601 weeks read in a time zone (docs/gaps.md §1). An instant belongs to the ISO week of
 * its wall-clock date in the report zone: Sunday 23:30 in Minsk (20:30 UTC) is still that
 * week; Monday 00:30 in Minsk (Sunday 21:30 UTC) is the next one. Pure: no clock, no I/O.
 */

/** A week label, `2026-W47`; weeks 1–9 are zero-padded. */
export type WeekLabel = string;

const WEEK_RE = /^(\d{4})-W(\d{2})$/;
const DAY_MS = 86_400_000;

/** A civil date as days since 1970-01-01 (no zone attached). */
type CivilDay = number;

/** Throws unless `label` is `YYYY-Www` with a week that exists in that ISO year (53 only in long years). */
export function parseWeek(label: string): { year: number; week: number } {
  const m = WEEK_RE.exec(label);
  if (!m) throw new Error(`week: "${label}" is not an ISO week like 2026-W47`);
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > isoWeeksInYear(year)) throw new Error(`week: ${label} does not exist (${year} has ${isoWeeksInYear(year)} ISO weeks)`);
  return { year, week };
}

/** 52 or 53: a year has 53 ISO weeks when 1 January or 31 December falls on a Thursday. */
export function isoWeeksInYear(year: number): number {
  const jan1 = weekday(civil(year, 1, 1));
  const dec31 = weekday(civil(year, 12, 31));
  return jan1 === 4 || dec31 === 4 ? 53 : 52;
}

/** The ISO week of an instant, read on the wall clock of `timeZone`. */
export function weekOf(instant: Date, timeZone: string): WeekLabel {
  const { y, m, d } = localParts(instant, timeZone);
  return weekOfCivil(civil(y, m, d));
}

/** The wall-clock date of an instant in `timeZone`, `YYYY-MM-DD`. */
export function localDate(instant: Date, timeZone: string): string {
  const { y, m, d } = localParts(instant, timeZone);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** The wall-clock date and time of an instant in `timeZone`, `YYYY-MM-DD HH:MM`. */
export function localDateTime(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${pad(p.y, 4)}-${pad(p.m, 2)}-${pad(p.d, 2)} ${pad(p.h, 2)}:${pad(p.min, 2)}`;
}

/** `week` shifted by `n` weeks (negative goes back), across year ends and week 53. */
export function addWeeks(week: WeekLabel, n: number): WeekLabel {
  return weekOfCivil(mondayOf(week) + n * 7);
}

/** Weeks from `first` to `last` inclusive, oldest first (empty when `last` is before `first`). */
export function weekRange(first: WeekLabel, last: WeekLabel): WeekLabel[] {
  const out: WeekLabel[] = [];
  const end = mondayOf(last);
  for (let day = mondayOf(first); day <= end; day += 7) out.push(weekOfCivil(day));
  return out;
}

/** The `count` weeks ending with `last`, oldest first. */
export function weeksEndingAt(last: WeekLabel, count: number): WeekLabel[] {
  return count <= 0 ? [] : weekRange(addWeeks(last, -(count - 1)), last);
}

/** Monday and Sunday of a week as civil dates, `YYYY-MM-DD`. */
export function weekDates(week: WeekLabel): { first: string; last: string } {
  const monday = mondayOf(week);
  return { first: civilString(monday), last: civilString(monday + 6) };
}

/**
 * The instants a week spans in `timeZone`: [start, end) from local Monday 00:00 to the next
 * Monday 00:00. Where a zone skips local midnight (a DST jump at 00:00) the week starts at the
 * first instant that exists after it.
 */
export function weekBounds(week: WeekLabel, timeZone: string): { start: Date; end: Date } {
  const monday = mondayOf(week);
  return { start: localMidnight(monday, timeZone), end: localMidnight(monday + 7, timeZone) };
}

/** Compares two week labels chronologically (labels sort as strings too; this checks them). */
export function compareWeeks(a: WeekLabel, b: WeekLabel): number {
  return mondayOf(a) - mondayOf(b);
}

// ---------------------------------------------------------------------------------------------

function mondayOf(week: WeekLabel): CivilDay {
  const { year, week: w } = parseWeek(week);
  const jan4 = civil(year, 1, 4);
  return jan4 - (weekday(jan4) - 1) + (w - 1) * 7;
}

function weekOfCivil(day: CivilDay): WeekLabel {
  // The ISO year is the year of the Thursday of the same week.
  const thursday = day - (weekday(day) - 1) + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - civil(year, 1, 1)) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

function civil(y: number, m: number, d: number): CivilDay {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

function civilString(day: CivilDay): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday. */
function weekday(day: CivilDay): number {
  const w = new Date(day * DAY_MS).getUTCDay();
  return w === 0 ? 7 : w;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone, which is what a misconfigured zone deserves.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function localParts(instant: Date, timeZone: string): { y: number; m: number; d: number; h: number; min: number; s: number } {
  if (Number.isNaN(instant.getTime())) throw new Error('week: invalid date');
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { y: parts.year ?? 0, m: parts.month ?? 0, d: parts.day ?? 0, h: parts.hour ?? 0, min: parts.minute ?? 0, s: parts.second ?? 0 };
}

/** Offset of `timeZone` from UTC at an instant, in ms (Minsk: +3 h). */
function offsetAt(ms: number, timeZone: string): number {
  const p = localParts(new Date(ms), timeZone);
  const asUtc = Date.UTC(p.y, p.m - 1, p.d, p.h, p.min, p.s);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

function localMidnight(day: CivilDay, timeZone: string): Date {
  const wall = day * DAY_MS;
  // Two passes settle the offset except inside a DST gap; there, take the later candidate.
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  if (second === first) return new Date(first);
  const third = wall - offsetAt(second, timeZone);
  if (third === second) return new Date(second);
  return new Date(Math.max(first, second));
}
