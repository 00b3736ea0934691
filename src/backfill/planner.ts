/**
 * The backfill plan, pure: which archive listing page (day, page) to fetch next, given the
 * pages already done. An archive's URL template decides how it is walked:
 *  - `{dd}`/`{yyyy}`… and `{page}` (BelTA /all_news/page/N/?day=DD&month=MM&year=YY/): every day
 *    from `from` to `to`, pages 1, 2, … until the list runs into the previous day;
 *  - day placeholders only (Kazinform's old /ru/archive?date=DD.MM.YYYY): one page per day;
 *  - `{page}` only (Kazinform /ru/lenta/?page=N): pages 1, 2, … until the list reaches `from`;
 *  - neither (a sitemap): one page.
 * Progress rows are keyed by (day, page) and kept across runs, so a second run with another
 * range reuses every page already walked.
 */
import { zonedTimeToUtc } from '../crawl/dates.ts';

export type WalkMode = 'day_pages' | 'days' | 'pages' | 'single';

export interface Unit {
  /** `YYYY-MM-DD` in the outlet's zone; null for a lenta or a sitemap. */
  readonly day: string | null;
  readonly page: number;
}

export interface DoneUnit extends Unit {
  /** Oldest publication time printed on the page (null: none printed). */
  readonly oldestAt: Date | null;
  /** The page listed nothing: the archive ends there. */
  readonly exhausted: boolean;
}

export interface Plan {
  readonly mode: WalkMode;
  /** First and last day, `YYYY-MM-DD`, both included. */
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
  readonly maxPagesPerDay: number;
}

const DAY_PLACEHOLDER = /\{(dd|mm|yy|yyyy)\}/;

export function walkModeOf(template: string): WalkMode {
  const byDay = DAY_PLACEHOLDER.test(template);
  const paged = template.includes('{page}');
  return byDay ? (paged ? 'day_pages' : 'days') : paged ? 'pages' : 'single';
}

/**
 * The listing URL of a unit.
 * @example listingUrl('https://www.belta.by/all_news/page/{page}/?day={dd}&month={mm}&year={yy}/', { day: '2026-01-08', page: 7 })
 * // 'https://www.belta.by/all_news/page/7/?day=08&month=01&year=26/'
 */
export function listingUrl(template: string, unit: Unit): string {
  const [yyyy = '', mm = '', dd = ''] = (unit.day ?? '').split('-');
  return template
    .replaceAll('{page}', String(unit.page))
    .replaceAll('{yyyy}', yyyy)
    .replaceAll('{yy}', yyyy.slice(2))
    .replaceAll('{mm}', mm)
    .replaceAll('{dd}', dd);
}

/** Every day from `from` to `to` (`YYYY-MM-DD`), both included. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`); t <= end; t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/** Midnight starting `day` in `timeZone`, as an instant. */
export function dayStart(day: string, timeZone: string): Date {
  const [year, month, d] = day.split('-').map(Number) as [number, number, number];
  return zonedTimeToUtc({ year, month, day: d, hour: 0, minute: 0 }, timeZone);
}

/** The instants the plan covers: [start of `from`, start of the day after `to`). */
export function planRange(plan: Plan): { start: Date; end: Date } {
  const after = new Date(Date.parse(`${plan.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { start: dayStart(plan.from, plan.timeZone), end: dayStart(after, plan.timeZone) };
}

/** The next unit to fetch, or null when the plan is walked to its end. */
export function nextUnit(plan: Plan, done: readonly DoneUnit[]): Unit | null {
  const last = lastPages(done);
  if (plan.mode === 'single') return last.has('') ? null : { day: null, page: 1 };
  if (plan.mode === 'pages') {
    const top = last.get('');
    if (!top) return { day: null, page: 1 };
    return pagesEnd(top, planRange(plan).start) ? null : { day: null, page: top.page + 1 };
  }
  for (const day of daysBetween(plan.from, plan.to)) {
    const top = last.get(day);
    if (!top) return { day, page: 1 };
    if (plan.mode === 'days' || dayComplete(plan, top)) continue;
    return { day, page: top.page + 1 };
  }
  return null;
}

export interface PlanProgress {
  /** Days walked to their end (day-addressed archives), else null. */
  readonly daysDone: number | null;
  readonly daysTotal: number | null;
  /** 0–1: days done, or for a lenta how far back from `to` towards `from` it reached. */
  readonly fraction: number;
}

export function planProgress(plan: Plan, done: readonly DoneUnit[]): PlanProgress {
  const last = lastPages(done);
  if (plan.mode === 'single') return { daysDone: null, daysTotal: null, fraction: last.has('') ? 1 : 0 };
  if (plan.mode === 'pages') {
    const top = last.get('');
    const { start, end } = planRange(plan);
    if (!top) return { daysDone: null, daysTotal: null, fraction: 0 };
    if (pagesEnd(top, start)) return { daysDone: null, daysTotal: null, fraction: 1 };
    const oldest = Math.min(...done.filter((u) => u.day === null && u.oldestAt).map((u) => u.oldestAt!.getTime()), end.getTime());
    return { daysDone: null, daysTotal: null, fraction: clamp((end.getTime() - oldest) / (end.getTime() - start.getTime())) };
  }
  const days = daysBetween(plan.from, plan.to);
  const complete = days.filter((d) => {
    const top = last.get(d);
    return top && (plan.mode === 'days' || dayComplete(plan, top));
  }).length;
  return { daysDone: complete, daysTotal: days.length, fraction: days.length ? complete / days.length : 1 };
}

/** A day is walked when its last page ran into the day before, listed nothing, or hit the cap. */
function dayComplete(plan: Plan, top: DoneUnit): boolean {
  if (top.exhausted || top.page >= plan.maxPagesPerDay) return true;
  return top.oldestAt !== null && top.day !== null && top.oldestAt.getTime() < dayStart(top.day, plan.timeZone).getTime();
}

function pagesEnd(top: DoneUnit, start: Date): boolean {
  return top.exhausted || (top.oldestAt !== null && top.oldestAt.getTime() < start.getTime());
}

/** The highest done page of each day ('' for undated units). */
function lastPages(done: readonly DoneUnit[]): Map<string, DoneUnit> {
  const last = new Map<string, DoneUnit>();
  for (const u of done) {
    const key = u.day ?? '';
    const prev = last.get(key);
    if (!prev || u.page > prev.page) last.set(key, u);
  }
  return last;
}

function clamp(x: number): number {
  return Math.max(0, Math.min(1, Number.isFinite(x) ? x : 0));
}
