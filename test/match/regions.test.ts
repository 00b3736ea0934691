import { describe, expect, it } from 'vitest';
import { datelineCandidates, levelOf, type LevelInput } from '../../src/match/regions.ts';

describe('datelineCandidates', () => {
  const cases: Array<[string, string, string]> = [
    ['reads a BelTA dateline', 'MINSK, 29. August (BelTA) – Belarus ist bereit', 'MINSK'],
    ['reads a Kazinform dateline with a hyphenated name', 'date 2021-06-25 NUR-SULTAN. KAZINFORM - As part', 'NUR-SULTAN'],
    ['reads a Cyrillic dateline', 'АСТАНА. KAZINFORM - World Boxing', 'АСТАНА'],
    ['skips navigation words and the agency name', 'Vollversion | NEWS. KAZINFORM. ГОМЕЛЬ, 3 мая', 'ГОМЕЛЬ'],
  ];
  for (const [name, text, expected] of cases) it(name, () => expect(datelineCandidates(text)[0]).toBe(expected));
});

describe('levelOf', () => {
  const base: LevelInput = { outletLevel: 'central', outletRegion: null, datelineRegion: null };
  const cases: Array<[string, Partial<LevelInput>, 'central' | 'regional']> = [
    ['a regional outlet is regional whatever the dateline', { outletLevel: 'regional', outletRegion: 'by-gomel-oblast', datelineRegion: 'by-minsk' }, 'regional'],
    ['an agency item datelined in Minsk is central', { datelineRegion: 'by-minsk' }, 'central'],
    ['an agency item datelined in Astana is central', { datelineRegion: 'kz-astana' }, 'central'],
    ['an agency item datelined in Gomel is regional', { datelineRegion: 'by-gomel' }, 'regional'],
    ['an agency item datelined in Almaty is regional (not the capital)', { datelineRegion: 'kz-almaty' }, 'regional'],
    ['an agency item without a dateline is central', {}, 'central'],
    ['a Minsk city district counts as the capital', { datelineRegion: 'by-minsk-partizansky-district', datelineOblast: 'by-minsk' }, 'central'],
    ['capitals can be configured', { datelineRegion: 'kz-almaty', capitalIds: ['kz-almaty'] }, 'central'],
  ];
  for (const [name, input, expected] of cases) it(name, () => expect(levelOf({ ...base, ...input })).toBe(expected));
});
