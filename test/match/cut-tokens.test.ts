import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCatalog, resolveSpan, resolveToken } from '../../src/match/alias-index.ts';
import { datelineCandidates } from '../../src/match/regions.ts';
import { cutTokens, forEachToken, hashCodeUnits, newTokenBuffer, SCRIPTS } from '../../src/match/tokens.ts';
import { catalog } from './catalog-fixture.ts';

/** Pieces that exercise every branch of the tokeniser: scripts, marks, apostrophes, CJK, astral. */
const PIECES = [
  'Костанай', 'МТЗ', 'Kazakhstan', "Kazakhstan's", "сям'я", 'Қостанайдағы', 'Białoruś', 'МТ3', 'MТЗ', '2021',
  '白俄罗斯', 'हिन्दी', '\u00ad', '\u200b', '\u0301', "'", '’', 'ʼ', ' ', '-', '—', ',', '.', '\n', '😀', '\ud800', 'ä',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('cutTokens', () => {
  it('cuts exactly the tokens forEachToken gives, with the hash of each', () => {
    const buffer = newTokenBuffer(2); // small, so growing is exercised too
    fc.assert(fc.property(text, (t) => {
      const expected: Array<[number, number, string, number]> = [];
      forEachToken(t, (start, end, script) => expected.push([start, end, script, hashCodeUnits(t, start, end)]));
      cutTokens(t, buffer);
      const actual = Array.from({ length: buffer.n }, (_, i): [number, number, string, number] =>
        [buffer.starts[i] as number, buffer.ends[i] as number, SCRIPTS[buffer.scripts[i] as number] as string, buffer.hashes[i] as number]);
      expect(actual).toEqual(expected);
    }), { numRuns: 2000 });
  });
});

describe('resolveSpan', () => {
  it('reads each token as resolveToken does, through the table growing past its first size', () => {
    const index = compileCatalog(catalog);
    const words = ['Костанай', 'Костанае', 'МТЗ', 'Kazakhstan', 'Беларусь', 'тракторы', 'Gomselmash', 'и', 'the'];
    // Thousands of distinct tokens push the table through several doublings; every reading must
    // survive the rehash.
    const all = [...words, ...Array.from({ length: 5000 }, (_, i) => `слово${i}`), ...words];
    for (const word of all) {
      const padded = ` ${word} `;
      const reading = resolveSpan(index, padded, 1, padded.length - 1, /[а-я]/i.test(word) ? 'cyrl' : 'latn', hashCodeUnits(padded, 1, padded.length - 1));
      const ids = resolveToken(index, word, /[а-я]/i.test(word) ? 'cyrl' : 'latn');
      const read = reading === -1 ? [] : reading >= 0 ? [reading] : index.multiReadings[-2 - reading];
      expect(read).toEqual(ids);
    }
  });
});

describe('datelineCandidates', () => {
  const UPPER = 'A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁӘҒҚҢӨҰҮҺІЎ';
  const DATELINE = new RegExp(`(?:^|[^${UPPER}a-zа-я])([${UPPER}]{3,}(?:[- ][${UPPER}]{2,}){0,2})\\s*[,.]`, 'gu');
  const AGENCY = new Set(['KAZINFORM', 'BELTA', 'БЕЛТА', 'КАЗИНФОРМ', 'DATE', 'PHOTO', 'ФОТО', 'NEWS']);
  /** The search as written before it skipped to the first upper-case run: the whole head, eagerly. */
  const plain = (t: string): string[] => [...t.slice(0, 600).matchAll(DATELINE)]
    .map((m) => (m[1] as string).trim()).filter((w) => !AGENCY.has(w));
  const head = fc.array(fc.constantFrom('МИНСК', 'NUR-SULTAN', 'БЕЛТА', 'KAZINFORM', 'AKZ', 'Ёж', 'ҚҚҚ', 'ā', 'é', 'a', 'я',
    ',', '.', ' ', '-', '\u00a0', '\n', '😀', '5 ноября'), { maxLength: 60 }).map((p) => p.join(''));

  it('finds the same candidates as one regular-expression scan of the head', () => {
    fc.assert(fc.property(head, (t) => {
      expect(datelineCandidates(t)).toEqual(plain(t));
    }), { numRuns: 5000 });
  });

  it('looks only at the first 600 characters', () => {
    expect(datelineCandidates(`${'x '.repeat(300)}MINSK, 5 May`)).toEqual([]);
    expect(datelineCandidates(`${'x '.repeat(290)}MINSK, 5 May`)).toEqual(['MINSK']);
  });
});
