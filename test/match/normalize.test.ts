import { describe, expect, it } from 'vitest';
import { foldWord, normalize } from '../../src/match/normalize.ts';

describe('foldWord', () => {
  const cases: Array<[string, string, string]> = [
    ['folds ё to е', 'Ёлка', 'елка'],
    ['folds Kazakh letters to their Russian neighbours', 'Қостанай', 'костанай'],
    ['folds every Kazakh letter', 'әғқңөұүһі', 'агкноуухи'],
    ['folds Belarusian і and ў', 'Беларусі ўсход', 'беларуси усход'],
    ['drops Belarusian apostrophes', "сям'я", 'сямя'],
    ['drops soft hyphens and zero-width spaces', 'Гомсель\u00ADмаш\u200B', 'гомсельмаш'],
    ['keeps й for the Russian stemmer', 'Казахстанский', 'казахстанский'],
    ['strips Latin diacritics', 'Kökschetau', 'kokschetau'],
    ['maps ß to ss and ł to l', 'Weißrussland Białoruś', 'weissrussland bialorus'],
    ['reads Kazakh Latin ş as sh and ǵ/ń/ú as plain letters', 'Şymkent Qazaqstanǵa Mińsk Úkimet', 'shymkent qazaqstanga minsk ukimet'],
    ['applies NFKC to compatibility forms', 'ﬁnance', 'finance'],
  ];
  for (const [name, input, expected] of cases) it(name, () => expect(foldWord(input)).toBe(expected));
});

describe('normalize', () => {
  it('turns typographic quotes and dashes into plain ones and folds words', () => {
    expect(normalize('«Гомсельмаш» — лидер – “Qostanai”')).toBe('"гомсельмаш" - лидер - "qostanai"');
  });
  it('collapses whitespace', () => expect(normalize('  a \n\t b ')).toBe('a b'));
});
