/**
 * Cyrillic and Latin spellings of one name reduced to one Latin "skeleton", so that Костанай,
 * Қостанай, Kostanay, Kostanai, Qostanai and Kostanaj meet, and so do Гомсельмаш, Gomselmash and
 * Gomselmasch. The input is a folded word (see normalize.ts), usually already stemmed.
 *
 * Choices, and why they rarely make different words collide:
 * - Cyrillic goes letter by letter to an English-style Latin (ж zh, х h, ц ts, ч ch, ш/щ sh,
 *   ю iu, я ia, ы/й i; ъ ь dropped). Only the letters the agencies' own transliterations disagree
 *   on are merged; consonant classes stay apart (s≠z, t≠d, k≠g), which keeps Russian minimal
 *   pairs such as сом/зом or том/дом distinct.
 * - Latin digraphs of other conventions map onto that: German sch→sh, tsch→ch; Polish
 *   sz→sh, cz→ch, szcz→sh; English kh→h, ck→k, ph→f; Kazakh Latin q→k and gh→g; x→ks; w→v;
 *   (not German tz→ts: it would turn the acronym MTZ into МТС, a telecom operator);
 *   y→i, and "ye"→"e" (Yekaterinburg/Екатеринбург, Moiseyev/Моисеев).
 * - `c` is "ts" before e/i/y (cement/цемент, centre/центр) and "k" elsewhere (Belcard, Kazinform).
 * - `j` is "zh" at the start of a word before a vowel (Kazakh Latin Jambyl/Жамбыл, Jomart/Жомарт)
 *   and "i" elsewhere (Polish/German Kostanaj, Mogiljow). dzh/dj → zh (Джамбул/Djambul).
 * - Doubled letters collapse (Kassym/Касым, Gomselmassh), a cheap fix for inconsistent spelling.
 * - Trailing vowels are dropped when at least three letters remain: the Russian stemmer eats
 *   "-ай" from Костанай while the English one keeps "kostanai", and Polish Białorusi / Białoruś
 *   differ only there. Short words keep them, so "ия"/"и"/"а" stay distinct from each other.
 */

const CYR_TO_LAT: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'iu', я: 'ia',
};

/** Cyrillic → Latin letter by letter; a digit 3 inside a Cyrillic word is the letter З (МТ3). */
export function cyrillicToLatin(word: string): string {
  let out = '';
  let hasCyrillic = false;
  for (const ch of word) {
    const lat = CYR_TO_LAT[ch];
    if (lat !== undefined) {
      out += lat;
      hasCyrillic = true;
    } else out += ch;
  }
  return hasCyrillic && out.includes('3') && /[a-z]/.test(out) ? out.replace(/3/g, 'z') : out;
}

const VOWELS = 'aeiou';
const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.includes(ch);

/** Digraph rules tried longest first at each position. */
const DIGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ['tsch', 'ch'], ['shch', 'sh'], ['szcz', 'sh'],
  ['sch', 'sh'], ['dzh', 'zh'],
  ['kh', 'h'], ['gh', 'g'], ['ph', 'f'], ['ck', 'k'], ['cz', 'ch'], ['sz', 'sh'],
  ['dj', 'zh'], ['ch', 'ch'], ['sh', 'sh'], ['zh', 'zh'], ['ye', 'e'],
];

/** Folds Latin spelling conventions onto one (see the module comment for each rule). */
export function foldLatin(word: string): string {
  let out = '';
  let i = 0;
  outer: while (i < word.length) {
    const ch = word[i] as string;
    if (ch === 's' || ch === 't' || ch === 'd' || ch === 'k' || ch === 'g' || ch === 'p' || ch === 'c' || ch === 'z' || ch === 'y') {
      for (const [from, to] of DIGRAPHS) {
        if (word.startsWith(from, i)) {
          out += to;
          i += from.length;
          continue outer;
        }
      }
    }
    switch (ch) {
      case 'c': out += 'eiy'.includes(word[i + 1] ?? '') ? 'ts' : 'k'; break;
      case 'q': out += 'k'; break;
      case 'x': out += 'ks'; break;
      case 'w': out += 'v'; break;
      case 'y': out += 'i'; break;
      case 'j': out += i === 0 && isVowel(word[1]) ? 'zh' : 'i'; break;
      default: out += ch;
    }
    i += 1;
  }
  return out;
}

/** Collapses runs of one letter (Kassym → kasym). */
function collapseDoubles(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) if (word[i] !== word[i - 1]) out += word[i];
  return out;
}

/** Drops final vowels while at least three letters remain (kostanai/kostana → kostan). */
function dropTrailingVowels(word: string): string {
  let end = word.length;
  while (end > 3 && isVowel(word[end - 1])) end -= 1;
  return word.slice(0, end);
}

/**
 * The comparison skeleton of a folded (and usually stemmed) word in any script we read.
 *
 * @example skeleton('костана') === skeleton('kostanai') === 'kostan'
 */
export function skeleton(word: string): string {
  return dropTrailingVowels(collapseDoubles(foldLatin(cyrillicToLatin(word))));
}
