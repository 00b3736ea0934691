import { describe, expect, it } from 'vitest';
import { foldWord } from '../../src/match/normalize.ts';
import { lightStems } from '../../src/match/light-stem.ts';
import { skeleton } from '../../src/match/transliterate.ts';
import { isAcronym, phraseKeys, tokenize, wordKeys } from '../../src/match/tokens.ts';

/** Every key a written word may be matched by. */
const keysOf = (word: string): string[] => {
  const [t] = tokenize(word);
  if (!t) throw new Error(`no token in ${word}`);
  return wordKeys(foldWord(t.text), t.script, isAcronym(t.text));
};
const shareKey = (a: string, b: string): boolean => keysOf(a).some((k) => keysOf(b).includes(k));

describe('tokenize', () => {
  it('keeps character offsets of the original text', () => {
    const text = 'В «Костанае» — МТЗ';
    expect(tokenize(text).map((t) => [t.text, text.slice(t.start, t.end)])).toEqual([
      ['В', 'В'], ['Костанае', 'Костанае'], ['МТЗ', 'МТЗ'],
    ]);
  });
  it('splits hyphenated compounds into both halves', () => {
    expect(tokenize('белорусско-казахстанский').map((t) => t.text)).toEqual(['белорусско', 'казахстанский']);
  });
  it('makes every CJK character a token', () => {
    expect(tokenize('白俄罗斯与哈萨克斯坦').map((t) => t.text)).toHaveLength(10);
  });
  it('keeps numbers, and soft hyphens inside a word', () => {
    expect(tokenize('2030 Гомсель\u00ADмаш').map((t) => [t.text, t.script])).toEqual([['2030', 'num'], ['Гомсель\u00ADмаш', 'cyrl']]);
  });
  it("joins apostrophes between letters but not at the edges", () => {
    expect(tokenize("Kazakhstan's 'quoted'").map((t) => t.text)).toEqual(["Kazakhstan's", 'quoted']);
  });
});

describe('comparison keys', () => {
  const same: Array<[string, string[]]> = [
    ['Russian inflections of Гомсельмаш', ['Гомсельмаш', 'Гомсельмаша', 'Гомсельмашем', 'Gomselmash', 'Gomselmasch']],
    ['every spelling of Kostanay', ['Костанай', 'Kostanay', 'Kostanai', 'Qostanai', 'Қостанай', 'Kostanaj', 'Костанае']],
    ['Karaganda in Russian, Kazakh and Kazakh Latin', ['Караганда', 'Караганды', 'Қарағанды', 'Qaraghandy', 'Karagandy']],
    ['Kazakhstan inflected', ['Казахстан', 'Казахстана', 'Казахстану', 'Казахстаном', 'Kazakhstan', "Kazakhstan's"]],
    ['Belarus inflected', ['Беларусь', 'Беларуси']],
    ['an adjective with its case forms', ['Костанайской', 'Костанайская', 'костанайский']],
    ['the МТЗ acronym typed with a digit 3 or Latin letters', ['МТЗ', 'МТ3', 'MTZ']],
  ];
  for (const [name, words] of same) {
    it(`gives ${name} a shared key`, () => {
      const [first, ...rest] = words as [string, ...string[]];
      for (const w of rest) expect(shareKey(first, w), `${first} ~ ${w}`).toBe(true);
    });
  }
  const different: Array<[string, string]> = [
    ['Минск', 'Мозырь'], ['Gomel', 'Homel'], ['MTZ', 'MTS'], ['KZS', 'KZ'], ['Astana', 'Almaty'],
  ];
  for (const [a, b] of different) it(`keeps ${a} and ${b} apart`, () => expect(shareKey(a, b)).toBe(false));

  it('reads a phrase as one key per word', () => {
    expect(phraseKeys('Костанайской области')).toEqual(phraseKeys('Костанайская область'));
  });
});

describe('skeleton', () => {
  const cases: Array<[string, string]> = [
    ['гомсельмаш', 'gomselmash'], ['gomselmasch', 'gomselmash'], ['kostanai', 'kostan'], ['qostanai', 'kostan'],
    ['жамбыл', 'zhambil'], ['jambyl', 'zhambil'], ['kassym', 'kasim'], ['цемент', 'tsement'], ['cement', 'tsement'],
  ];
  for (const [input, expected] of cases) it(`reduces ${input} to ${expected}`, () => expect(skeleton(input)).toBe(expected));
});

describe('lightStems', () => {
  it('peels stacked Kazakh suffixes', () => expect(lightStems('облысында', 'kk')).toContain('облыс'));
  it('strips a Kazakh locative-adjective ending', () => expect(lightStems(foldWord('Қостанайдағы'), 'kk')).toContain('костанай'));
  it('strips German adjective endings', () => expect(lightStems('kasachischen', 'de')).toContain('kasachische'));
  it('strips Belarusian genitive -ага', () => expect(lightStems('беларускага', 'be')).toContain('беларуск'));
  it('never proposes a stem under three letters', () => expect(lightStems('дана', 'kk')).toEqual([]));
});
