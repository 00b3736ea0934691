import { describe, expect, it } from 'vitest';
import { addWeeks, isoWeeksInYear, localDate, parseWeek, weekBounds, weekDates, weekOf, weekRange } from '../../src/gaps/week.ts';

describe('weekOf', () => {
  it.each([
    ['a Sunday 23:30 in Minsk (20:30 UTC) belongs to the week it is in Minsk', '2026-11-22T20:30:00Z', 'Europe/Minsk', '2026-W47'],
    ['a Monday 00:30 in Minsk (Sunday 21:30 UTC) belongs to the next week', '2026-11-22T21:30:00Z', 'Europe/Minsk', '2026-W48'],
    ['the same Monday 00:30 Minsk instant is still Sunday in UTC', '2026-11-22T21:30:00Z', 'UTC', '2026-W47'],
    ['Monday 04:00 in Almaty is Sunday 23:00 UTC', '2026-11-22T23:00:00Z', 'Asia/Almaty', '2026-W48'],
    ['New Year 2027 falls in week 53 of 2026', '2027-01-01T10:00:00Z', 'Europe/Minsk', '2026-W53'],
    ['Sunday 3 January 2027 23:30 Minsk is the last moment of 2026-W53', '2027-01-03T20:30:00Z', 'Europe/Minsk', '2026-W53'],
    ['Monday 4 January 2027 00:30 Minsk opens 2027-W01', '2027-01-03T21:30:00Z', 'Europe/Minsk', '2027-W01'],
    ['29 December 2025 already belongs to 2026-W01', '2025-12-29T12:00:00Z', 'Europe/Minsk', '2026-W01'],
  ])('%s', (_name, iso, tz, week) => {
    expect(weekOf(new Date(iso), tz)).toBe(week);
  });
});

describe('week arithmetic', () => {
  it('knows which ISO years have 53 weeks', () => {
    expect([2020, 2025, 2026, 2027, 2032].map(isoWeeksInYear)).toEqual([53, 52, 53, 52, 53]);
  });
  it('rejects a week 53 in a 52-week year and malformed labels', () => {
    expect(() => parseWeek('2025-W53')).toThrow(/does not exist/);
    expect(() => parseWeek('2026-47')).toThrow(/not an ISO week/);
    expect(parseWeek('2026-W53')).toEqual({ year: 2026, week: 53 });
  });
  it('adds and subtracts weeks across week 53 and year ends', () => {
    expect(addWeeks('2026-W52', 1)).toBe('2026-W53');
    expect(addWeeks('2026-W53', 1)).toBe('2027-W01');
    expect(addWeeks('2027-W01', -1)).toBe('2026-W53');
    expect(addWeeks('2026-W47', -29)).toBe('2026-W18');
    expect(weekRange('2026-W52', '2027-W02')).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
  });
  it('gives Monday and Sunday of a week as civil dates', () => {
    expect(weekDates('2026-W47')).toEqual({ first: '2026-11-16', last: '2026-11-22' });
    expect(weekDates('2026-W53')).toEqual({ first: '2026-12-28', last: '2027-01-03' });
  });
});

describe('weekBounds', () => {
  it('starts a Minsk week at Monday 00:00 Minsk, 21:00 UTC on Sunday', () => {
    const { start, end } = weekBounds('2026-W47', 'Europe/Minsk');
    expect(start.toISOString()).toBe('2026-11-15T21:00:00.000Z');
    expect(end.toISOString()).toBe('2026-11-22T21:00:00.000Z');
  });
  it('spans 167 hours across a spring-forward DST change (Berlin, March 2026)', () => {
    const { start, end } = weekBounds('2026-W13', 'Europe/Berlin');
    expect(start.toISOString()).toBe('2026-03-22T23:00:00.000Z');
    expect((end.getTime() - start.getTime()) / 3600_000).toBe(167);
  });
  it('agrees with weekOf at both edges', () => {
    for (const tz of ['Europe/Minsk', 'Asia/Almaty', 'America/New_York', 'UTC']) {
      const { start, end } = weekBounds('2026-W47', tz);
      expect(weekOf(start, tz)).toBe('2026-W47');
      expect(weekOf(new Date(start.getTime() - 1), tz)).toBe('2026-W46');
      expect(weekOf(new Date(end.getTime() - 1), tz)).toBe('2026-W47');
      expect(weekOf(end, tz)).toBe('2026-W48');
    }
  });
  it('reads the local date in the zone', () => {
    expect(localDate(new Date('2026-11-22T21:30:00Z'), 'Europe/Minsk')).toBe('2026-11-23');
  });
});
