import { createHash } from 'node:crypto';

/**
 * Keys for "the same story again" inside one outlet (DESIGN §4): a title key for the
 * same-title-within-7-days rule, and a content hash for a body that came back unchanged.
 */

/**
 * The title folded for comparison: NFKC, lower case, ё → е, stress marks, quotes, dashes and
 * other punctuation gone, whitespace (no-break spaces too) collapsed.
 * @example titleKey('«Гомсельмаш» — в Костанае!') // 'гомсельмаш в костанае'
 */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    // Combining marks left after NFKC are stress accents (`о́`) that editors add by hand.
    .replace(/\p{M}/gu, '')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** sha256 (hex) of the text after NFKC, case, ё, quote, dash and whitespace folding. */
export function contentHash(text: string): string {
  const normal = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»“”„‟"″]/gu, '"')
    .replace(/[‘’‚‛′`]/gu, "'")
    .replace(/[\u2010-\u2015\u2212]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
  return createHash('sha256').update(normal, 'utf8').digest('hex');
}
