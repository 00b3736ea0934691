import { describe, expect, it } from 'vitest';
import { parseFeedDate, parseLocalDate, zonedTimeToUtc, type DateLang, type LocalParts } from '../../src/crawl/dates.ts';

describe('zonedTimeToUtc', () => {
  const cases: Record<string, { parts: LocalParts; zone: string; utc: string }> = {
    'reads Minsk time as UTC+3 in autumn': {
      parts: { year: 2026, month: 10, day: 2, hour: 14, minute: 5 }, zone: 'Europe/Minsk', utc: '2026-10-02T11:05:00.000Z',
    },
    'reads Minsk time as UTC+3 in winter too, Belarus has had no DST since 2011': {
      parts: { year: 2026, month: 1, day: 8, hour: 19, minute: 51 }, zone: 'Europe/Minsk', utc: '2026-01-08T16:51:00.000Z',
    },
    'reads Almaty time as UTC+5 after the 2024-03-01 change (2024-05-05 12:00 → 07:00Z)': {
      parts: { year: 2024, month: 5, day: 5, hour: 12, minute: 0 }, zone: 'Asia/Almaty', utc: '2024-05-05T07:00:00.000Z',
    },
    'reads Almaty time as UTC+6 before the change (2024-01-15 12:00 → 06:00Z)': {
      parts: { year: 2024, month: 1, day: 15, hour: 12, minute: 0 }, zone: 'Asia/Almaty', utc: '2024-01-15T06:00:00.000Z',
    },
    'reads the last evening before the change as UTC+6': {
      parts: { year: 2024, month: 2, day: 29, hour: 22, minute: 30 }, zone: 'Asia/Almaty', utc: '2024-02-29T16:30:00.000Z',
    },
    'reads the first morning after the change as UTC+5': {
      parts: { year: 2024, month: 3, day: 1, hour: 1, minute: 0 }, zone: 'Asia/Almaty', utc: '2024-02-29T20:00:00.000Z',
    },
    'keeps seconds': {
      parts: { year: 2026, month: 10, day: 6, hour: 21, minute: 58, second: 40 }, zone: 'Europe/Minsk', utc: '2026-10-06T18:58:40.000Z',
    },
    'follows summer time where a zone has it': {
      parts: { year: 2026, month: 7, day: 1, hour: 12, minute: 0 }, zone: 'Europe/Warsaw', utc: '2026-07-01T10:00:00.000Z',
    },
    'treats UTC as UTC': {
      parts: { year: 2026, month: 7, day: 1, hour: 12, minute: 0 }, zone: 'UTC', utc: '2026-07-01T12:00:00.000Z',
    },
  };
  for (const [name, c] of Object.entries(cases)) {
    it(name, () => {
      expect(zonedTimeToUtc(c.parts, c.zone).toISOString()).toBe(c.utc);
    });
  }

  it('throws a RangeError naming an unknown time zone', () => {
    expect(() => zonedTimeToUtc({ year: 2026, month: 1, day: 1, hour: 0, minute: 0 }, 'Europe/Atlantis')).toThrow(/Europe\/Atlantis/);
  });

  it('throws a RangeError for a day the month does not have', () => {
    expect(() => zonedTimeToUtc({ year: 2026, month: 2, day: 31, hour: 0, minute: 0 }, 'UTC')).toThrow(RangeError);
  });
});

describe('parseLocalDate', () => {
  const cases: Record<string, { text: string; lang: DateLang; zone: string; utc: string | null }> = {
    'reads a BelTA ru date with a genitive month': {
      text: '08 января 2026, 19:51', lang: 'ru', zone: 'Europe/Minsk', utc: '2026-01-08T16:51:00.000Z',
    },
    'reads a BelTA en date': {
      text: '02 October 2026, 11:54', lang: 'en', zone: 'Europe/Minsk', utc: '2026-10-02T08:54:00.000Z',
    },
    'reads a Kazinform list date with the time first and a capitalised genitive month': {
      text: '21:38, 18 Августа 2026', lang: 'ru', zone: 'Asia/Almaty', utc: '2026-08-18T16:38:00.000Z',
    },
    'reads a Kazinform list date with a nominative month': {
      text: '13:51, 15 Август 2025', lang: 'ru', zone: 'Asia/Almaty', utc: '2025-08-15T08:51:00.000Z',
    },
    'reads a month name in upper case': {
      text: '02 ОКТЯБРЯ 2026, 14:05', lang: 'ru', zone: 'Europe/Minsk', utc: '2026-10-02T11:05:00.000Z',
    },
    'reads a Chinese list date as midnight when it has no time': {
      text: '18 8月 2026', lang: 'zh', zone: 'Asia/Almaty', utc: '2026-08-17T19:00:00.000Z',
    },
    'reads a Chinese list date with a time': {
      text: '08:32, 18 8月 2026', lang: 'zh', zone: 'Asia/Almaty', utc: '2026-08-18T03:32:00.000Z',
    },
    'reads a full Chinese date': {
      text: '2026年8月18日 08:32', lang: 'zh', zone: 'Europe/Minsk', utc: '2026-08-18T05:32:00.000Z',
    },
    'reads a German date with a dotted day': {
      text: '2. Oktober 2026, 11:54', lang: 'de', zone: 'Europe/Minsk', utc: '2026-10-02T08:54:00.000Z',
    },
    'reads a Polish genitive month': {
      text: '3 czerwca 2026, 10:00', lang: 'pl', zone: 'Europe/Minsk', utc: '2026-06-03T07:00:00.000Z',
    },
    'reads a Belarusian genitive month': {
      text: '2 кастрычніка 2026, 14:05', lang: 'be', zone: 'Europe/Minsk', utc: '2026-10-02T11:05:00.000Z',
    },
    'reads a Kazakh month': {
      text: '18 тамыз 2026, 09:00', lang: 'kk', zone: 'Asia/Almaty', utc: '2026-08-18T04:00:00.000Z',
    },
    'reads a Kazakh year-first date': {
      text: '2026 жылғы 18 тамыз', lang: 'kk', zone: 'Asia/Almaty', utc: '2026-08-17T19:00:00.000Z',
    },
    'falls back to other languages when the page language has no such month': {
      text: '02 October 2026, 11:54', lang: 'ru', zone: 'Europe/Minsk', utc: '2026-10-02T08:54:00.000Z',
    },
    'reads an English abbreviation': {
      text: 'Oct 2, 2026 11:54', lang: 'en', zone: 'UTC', utc: '2026-10-02T11:54:00.000Z',
    },
    'reads a numeric day.month.year': {
      text: '10.05.2018 | 11:44', lang: 'de', zone: 'Europe/Minsk', utc: '2018-05-10T08:44:00.000Z',
    },
    'returns null for a relative date': { text: 'вчера, 12:00', lang: 'ru', zone: 'Europe/Minsk', utc: null },
    'returns null for a day the month does not have': { text: '31 февраля 2026', lang: 'ru', zone: 'Europe/Minsk', utc: null },
    'returns null for a month without a day': { text: 'October 2026', lang: 'en', zone: 'Europe/Minsk', utc: null },
    'returns null for an unknown month word': { text: '12 Brumaire 2026', lang: 'en', zone: 'Europe/Minsk', utc: null },
    'returns null for an empty string': { text: '', lang: 'ru', zone: 'Europe/Minsk', utc: null },
  };
  for (const [name, c] of Object.entries(cases)) {
    it(name, () => {
      expect(parseLocalDate(c.text, c.lang, c.zone)?.toISOString() ?? null).toBe(c.utc);
    });
  }
});

describe('parseFeedDate', () => {
  const cases: Record<string, { text: string; zone?: string; utc: string | null }> = {
    'reads RFC 822 with the Minsk offset (Sat, 22 Aug 2026 12:00:00 +0300 → 09:00Z)': {
      text: 'Sat, 22 Aug 2026 12:00:00 +0300', utc: '2026-08-22T09:00:00.000Z',
    },
    'reads RFC 822 in UTC as minsknews.by writes it': {
      text: 'Tue, 06 Oct 2026 18:58:40 +0000', utc: '2026-10-06T18:58:40.000Z',
    },
    'reads RFC 822 with the Kazakh offset': { text: 'Fri, 02 Oct 2026 10:15:00 +0500', utc: '2026-10-02T05:15:00.000Z' },
    'reads RFC 822 with GMT': { text: 'Fri, 02 Oct 2026 10:15:00 GMT', utc: '2026-10-02T10:15:00.000Z' },
    'reads RFC 822 with MSK': { text: 'Fri, 02 Oct 2026 10:15:00 MSK', utc: '2026-10-02T07:15:00.000Z' },
    'reads RFC 822 without seconds or weekday': { text: '2 Oct 2026 10:15 +0300', utc: '2026-10-02T07:15:00.000Z' },
    'reads RFC 822 without a zone in the feed time zone': {
      text: 'Fri, 02 Oct 2026 10:15:00', zone: 'Asia/Almaty', utc: '2026-10-02T05:15:00.000Z',
    },
    'reads RFC 822 with a Russian month abbreviation': { text: 'Пт, 02 окт 2026 10:15:00 +0300', utc: '2026-10-02T07:15:00.000Z' },
    'reads ISO 8601 with an offset': { text: '2026-10-02T10:15:00+05:00', utc: '2026-10-02T05:15:00.000Z' },
    'reads ISO 8601 in UTC with fractions': { text: '2026-10-02T10:15:00.123Z', utc: '2026-10-02T10:15:00.000Z' },
    'reads ISO 8601 without an offset in the feed time zone': {
      text: '2026-08-22T12:00:00', zone: 'Europe/Minsk', utc: '2026-08-22T09:00:00.000Z',
    },
    'reads a bare ISO date as midnight in the feed time zone': {
      text: '2026-08-22', zone: 'Asia/Almaty', utc: '2026-08-21T19:00:00.000Z',
    },
    'returns null for garbage': { text: 'вчера вечером', utc: null },
    'returns null for an impossible day': { text: 'Sat, 31 Feb 2026 12:00:00 +0300', utc: null },
    'returns null for an empty string': { text: '   ', utc: null },
  };
  for (const [name, c] of Object.entries(cases)) {
    it(name, () => {
      const d = parseFeedDate(c.text, c.zone ?? 'Europe/Minsk');
      if (d) expect(Number.isNaN(d.getTime())).toBe(false);
      expect(d?.toISOString() ?? null).toBe(c.utc);
    });
  }
});
