/**
 * Light suffix strippers for the languages `natural` has no stemmer we can trust for names:
 * Kazakh (Cyrillic and Latin), Belarusian, German and Polish. They do not decide a stem on their
 * own: they list candidates, shortest cut first, and the alias index keeps the first candidate
 * whose key it knows (see alias-index.ts). That is why they may over-strip without harm: an
 * ablative "-тан" cut from "Қазақстан" leaves "казакс", which no catalog phrase produces.
 *
 * Input is a folded word (normalize.ts): Kazakh ң→н, і→и, ғ→г, қ→к, ұ/ү→у; Belarusian ў→у.
 */

export type LightLang = 'kk' | 'be' | 'de' | 'pl' | 'kk-latn';

/** Stems shorter than this are never proposed (a 2-letter stem matches too much). */
const MIN_STEM = 3;

const bySuffixLength = (list: readonly string[]): readonly string[] =>
  [...new Set(list)].sort((a, b) => b.length - a.length);

/**
 * Kazakh case, plural, possessive and adjectival endings with their vowel/consonant-harmony
 * variants (folded). Order inside a word: stem + plural + possessive + case, e.g.
 * облыс-ы-нда, Қостанай-да-гы, Қазақстан-нын.
 */
const KK_CYRL = bySuffixLength([
  'нын', 'нин', 'дын', 'дин', 'тын', 'тин', // genitive
  'га', 'ге', 'ка', 'ке', 'на', 'не', // dative
  'да', 'де', 'та', 'те', 'нда', 'нде', // locative
  'дан', 'ден', 'тан', 'тен', 'нан', 'нен', // ablative
  'ды', 'ди', 'ты', 'ти', 'ны', 'ни', // accusative
  'мен', 'бен', 'пен', 'ымен', 'имен', // instrumental
  'дагы', 'деги', 'тагы', 'теги', 'ндагы', 'ндеги', // locative adjective
  'лык', 'лик', 'дык', 'дик', 'тык', 'тик', // -ly adjective (казакстандык)
  'лар', 'лер', 'дар', 'дер', 'тар', 'тер', // plural
  'ы', 'и', 'сы', 'си', 'ын', 'ин', 'сын', 'син', // possessive
]);

const KK_LATN = bySuffixLength([
  'nyn', 'nin', 'dyn', 'din', 'tyn', 'tin',
  'ga', 'ge', 'qa', 'ke', 'na', 'ne',
  'da', 'de', 'ta', 'te', 'nda', 'nde',
  'dan', 'den', 'tan', 'ten', 'nan', 'nen',
  'dy', 'di', 'ty', 'ti', 'ny', 'ni',
  'men', 'ben', 'pen', 'ymen', 'imen',
  'dagy', 'degi', 'tagy', 'tegi', 'ndagy', 'ndegi',
  'lyq', 'lik', 'dyq', 'dik', 'tyq', 'tik',
  'lar', 'ler', 'dar', 'der', 'tar', 'ter',
  'y', 'i', 'sy', 'si', 'yn', 'in', 'syn', 'sin',
]);

/** Belarusian noun/adjective endings that the Russian stemmer does not know (-ага, -аму, -ау). */
const BE = bySuffixLength([
  'ага', 'яга', 'аму', 'яму', 'ыя', 'ия', 'ае', 'ое', 'ау', 'оу', 'еу', 'ами', 'ями', 'ах', 'ях',
  'ам', 'ям', 'ай', 'ой', 'ей', 'ым', 'им', 'ых', 'их', 'ую', 'юю', 'а', 'я', 'ы', 'и', 'е', 'у', 'ю',
]);

/** German inflection: adjectives (-ische/-ischen/-ischer) and noun plurals/genitives. */
const DE = bySuffixLength(['ern', 'em', 'en', 'er', 'es', 'e', 'n', 's', 'ens']);

/** Polish case endings (folded: ą→a, ę→e, ó→o). */
const PL = bySuffixLength([
  'ami', 'ach', 'owi', 'iem', 'em', 'ego', 'emu', 'iej', 'ej', 'ym', 'im', 'om', 'ow', 'ie',
  'u', 'y', 'i', 'a', 'e',
]);

const SUFFIXES: Readonly<Record<LightLang, readonly string[]>> = {
  kk: KK_CYRL, be: BE, de: DE, pl: PL, 'kk-latn': KK_LATN,
};

/**
 * Candidate stems of `word` for `lang`, least stripped first; Kazakh may stack up to three
 * suffixes (облыс-ы-нда), the others one.
 *
 * @example lightStems('облысында', 'kk') → ['облысы', 'облыс', …]
 */
export function lightStems(word: string, lang: LightLang): string[] {
  const suffixes = SUFFIXES[lang];
  const depth = lang === 'kk' || lang === 'kk-latn' ? 3 : 1;
  const out: string[] = [];
  let frontier = [word];
  for (let level = 0; level < depth; level++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (const suffix of suffixes) {
        if (w.length - suffix.length >= MIN_STEM && w.endsWith(suffix)) {
          const stem = w.slice(0, -suffix.length);
          if (!out.includes(stem)) {
            out.push(stem);
            next.push(stem);
          }
        }
      }
    }
    frontier = next;
  }
  return out.sort((a, b) => b.length - a.length);
}

/** Which strippers apply to a word of a script: Cyrillic is Kazakh or Belarusian, Latin the rest. */
export const LIGHT_LANGS_BY_SCRIPT: Readonly<Record<'cyrl' | 'latn', readonly LightLang[]>> = {
  cyrl: ['kk', 'be'],
  latn: ['de', 'pl', 'kk-latn'],
};
