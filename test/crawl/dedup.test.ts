import { describe, expect, it } from 'vitest';
import { contentHash, titleKey } from '../../src/crawl/dedup.ts';

describe('titleKey', () => {
  const cases: Record<string, { a: string; b: string }> = {
    'ignores case and ё': { a: 'Гомсельмаш отгрузил ещё 40 комбайнов', b: 'ГОМСЕЛЬМАШ ОТГРУЗИЛ ЕЩЕ 40 КОМБАЙНОВ' },
    'ignores the kind of quotes': { a: 'МТЗ отправил партию тракторов «Беларус»', b: 'МТЗ отправил партию тракторов "Беларус"' },
    'ignores dashes and punctuation': { a: 'КазБелАЗ — 20 лет!', b: 'КазБелАЗ: 20 лет' },
    'ignores no-break and repeated spaces': { a: 'В Гомеле\u00a0открыли  цех', b: 'В Гомеле открыли цех' },
    'ignores stress marks': { a: 'Ви́тебск', b: 'Витебск' },
  };
  for (const [name, c] of Object.entries(cases)) {
    it(name, () => {
      expect(titleKey(c.a)).toBe(titleKey(c.b));
    });
  }

  it('folds a title into lower-case words', () => {
    expect(titleKey('  «Гомсельмаш» — в Костанае!  ')).toBe('гомсельмаш в костанае');
  });

  it('keeps different titles different', () => {
    expect(titleKey('МТЗ отгрузил тракторы в Казахстан')).not.toBe(titleKey('МТЗ отгрузил тракторы в Узбекистан'));
  });
});

describe('contentHash', () => {
  it('is a sha256 hex digest', () => {
    expect(contentHash('Минск')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the same for text that differs only in whitespace, case, quotes and dashes', () => {
    expect(contentHash('ГОМЕЛЬ, 2 октября (БЕЛТА) – «Гомсельмаш»\n\nвыпустил')).toBe(contentHash('гомель, 2 октября (белта) - "Гомсельмаш" выпустил'));
  });

  it('differs for different text', () => {
    expect(contentHash('поставлено 40 комбайнов')).not.toBe(contentHash('поставлено 400 комбайнов'));
  });
});
