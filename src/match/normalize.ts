/**
 * Text folding shared by catalog phrases and item text, so both sides of a comparison go through
 * the same steps. `foldWord` works on one token (the tokenizer keeps original offsets and folds
 * each word on its own); `normalize` folds a whole string, punctuation included.
 */

/**
 * Kazakh and Belarusian letters folded to their nearest Russian letter: the agencies spell the
 * same name both ways (Қостанай / Костанай, Гомельская / Гомельская with і) and the Russian
 * stemmer only knows the Russian alphabet. `й` is kept: the stemmer needs it for -ий/-ой endings.
 */
const CYRILLIC_FOLD: Readonly<Record<string, string>> = {
  ё: 'е', ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', ї: 'и', ў: 'у', є: 'е', ґ: 'г',
};

/**
 * Latin letters whose diacritic carries a sound the transliteration needs (ş is "sh" in Kazakh
 * Latin, š/ž/č in Belarusian łacinka), or that NFD does not decompose (ß, ł, ı, ø, đ).
 * `ý` is "у" in the 2018 Kazakh Latin alphabet (Belarýs), the only Latin script we see it in.
 */
const LATIN_FOLD: Readonly<Record<string, string>> = {
  ß: 'ss', ł: 'l', ı: 'i', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe',
  ş: 'sh', ș: 'sh', š: 'sh', ś: 's', ç: 'ch', č: 'ch', ž: 'zh', ţ: 't', ț: 't', ý: 'u', ŭ: 'u',
};

/** Characters that sit inside a word without meaning anything: soft hyphen, zero-width marks. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** Apostrophes inside words: Belarusian сям'я, English Kazakhstan's, Kazakh Latin 2017 (o'). */
const APOSTROPHES = /['’ʼ`´‘]/g;
const COMBINING = /[\u0300-\u036f]/g;

/**
 * Folds one word: NFKC, lower case, ё→е, Kazakh/Belarusian letters, Latin diacritics, invisible
 * characters and apostrophes removed. Cyrillic letters keep their breve (й) because NFD is only
 * applied to Latin letters.
 *
 * @example foldWord('Қостанай') === 'костанай'; foldWord('Białoruś') === 'bialorus'
 */
export function foldWord(word: string): string {
  let w = word.normalize('NFKC').toLowerCase().replace(INVISIBLE, '').replace(APOSTROPHES, '');
  let out = '';
  let needsNfd = false;
  for (const ch of w) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out += ch;
    } else if (code >= 0x400 && code < 0x530) {
      out += CYRILLIC_FOLD[ch] ?? ch;
    } else {
      const mapped = LATIN_FOLD[ch];
      if (mapped !== undefined) out += mapped;
      else {
        if (code < 0x300 || (code >= 0x1e00 && code < 0x1f00)) needsNfd = true;
        out += ch;
      }
    }
  }
  w = out;
  if (needsNfd) {
    // Strip marks from Latin letters only (ä, ó, ǵ, ń, ú, ą, ę…); Cyrillic й/ё were handled above.
    w = w.normalize('NFD').replace(COMBINING, '').normalize('NFC');
  }
  return w;
}

const QUOTES = /[«»„“”‟″〝〞＂‹›]/g;
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/g;

/**
 * Folds a whole string: typographic quotes become `"`, every dash becomes `-`, then each word is
 * folded as by {@link foldWord}. Whitespace runs collapse to one space.
 */
export function normalize(text: string): string {
  const t = text.normalize('NFKC').replace(INVISIBLE, '').replace(QUOTES, '"').replace(DASHES, '-');
  return t
    .replace(/[\p{L}\p{M}\p{N}'’ʼ]+/gu, (w) => foldWord(w))
    .replace(/\s+/g, ' ')
    .trim();
}
