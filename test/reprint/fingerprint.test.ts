/**
 * Reprint decisions on fixture texts: a regional reprint of a BelTA item is found through a new
 * headline and a trimmed lead; a different story on the same topic is not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/crawl/extract.ts';
import { attributionOf, fingerprint, hamming, isReprint, REPRINT_THRESHOLD, ShingleIndex, similarity } from '../../src/crawl/fingerprint.ts';

const page = (path: string, host?: string) => {
  const html = readFileSync(new URL(`../fixtures/http/${path}`, import.meta.url), 'utf8');
  return extractArticle(html, `http://127.0.0.1:4000/${path}`, host ? { host } : {});
};
const BELTA_700123 = page('belta/economics/view/delegatsija-gomselmasha-obsudila-v-kostanae-rasshirenie-sborki-kombajnov-700123-2026.html', 'www.belta.by');
const BELTA_700118 = page('belta/economics/view/mtz-otpravil-v-kazahstan-partiju-traktorov-belarus-700118-2026.html', 'www.belta.by');
const KAZINFORM_B41D07 = page('kazinform/ru/v-kostanae-sobrali-pervye-kombajny-gomselmash-novogo-sezona-b41d07.html', 'www.inform.kz');
const REGIONAL_48213 = page('regional/novosti/ekonomika/news48213.html');

const paragraphs = BELTA_700123.body.split('\n\n');
// The regional desk's version: its own headline, the dateline and the credit clause of the lead
// cut, the rest as sent.
const trimmedReprint = {
  title: 'Комбайнов «Палессе» в Казахстане станет больше',
  lead: null,
  body: [
    paragraphs[0]!.replace(/^ГОМЕЛЬ, 2 октября \(БЕЛТА\) – /, '').replace(/, сообщили корреспонденту БЕЛТА в пресс-службе холдинга\.$/, '.'),
    ...paragraphs.slice(1),
  ].join('\n\n'),
};
const original = { ...fingerprint(BELTA_700123), agency: 'belta' };

describe('isReprint on fixture items', () => {
  const cases: Record<string, { candidate: { title: string | null; lead: string | null; body: string }; agency?: string; reprint: boolean }> = {
    'finds a reprint of a BelTA item with a changed headline and a trimmed lead': { candidate: trimmedReprint, reprint: true },
    'finds the regional fixture page that reworded the BelTA story and credits "/Корр. БЕЛТА/"': { candidate: REGIONAL_48213, reprint: true },
    'does not mark a different story on the same topic (Kazinform on the Kostanay combine plant)': { candidate: KAZINFORM_B41D07, reprint: false },
    'does not mark another BelTA story about machinery shipped to Kazakhstan': { candidate: BELTA_700118, reprint: false },
  };
  for (const [name, c] of Object.entries(cases)) {
    it(name, () => {
      const d = isReprint(fingerprint(c.candidate), original);
      expect(d.reprint, `score ${d.score}, overlap ${d.overlap.toFixed(3)}, shared ${d.shared}`).toBe(c.reprint);
    });
  }

  it('needs the agency named to accept a reprint whose overlap alone is below the threshold', () => {
    // Half the body dropped and the rest padded with the desk's own text: overlap falls under 0.45.
    const own = 'Редакция напоминает, что в прошлом году гомельские машиностроители уже поставляли в Казахстан технику для фермерских хозяйств северных регионов страны, а механизаторы проходили стажировку на предприятиях области и в учебных центрах холдинга.';
    const body = [paragraphs[1], own, own.replace('прошлом', 'позапрошлом').replace('северных', 'южных')].join('\n\n');
    const plain = isReprint(fingerprint({ title: 'Новая модель комбайна для Казахстана', lead: null, body }), original);
    const credited = isReprint(fingerprint({ title: 'Новая модель комбайна для Казахстана', lead: null, body: `${body}\n\nИсточник: БелТА` }), original);
    expect(plain.overlap).toBeLessThan(REPRINT_THRESHOLD);
    expect(plain.reprint).toBe(false);
    expect(credited.attribution).toBe('agency');
    expect(credited.reprint).toBe(true);
  });
});

describe('fingerprint parts', () => {
  it('finds credits to each agency and generic source phrases', () => {
    const cases: Array<[string, string[]]> = [
      ['Источник: БелТА', ['belta', 'phrase']],
      ['Гомель, 2 октября. /Корр. БЕЛТА/.', ['belta']],
      ['По информации МИА «Казинформ», завод…', ['kazinform', 'phrase']],
      ['ASTANA. KAZINFORM – The plant…', ['kazinform']],
      ['Завод выпустил сотую машину.', []],
      ['Белтаможсервис открыл склад.', []],
    ];
    for (const [text, want] of cases) expect(attributionOf(text), text).toEqual(want);
  });

  it('ignores case, ё, quotes, stress marks and whitespace', () => {
    const a = fingerprint({ body: '«Гомсельмаш» отгрузил  ещё партию комбайнов в Костанай' });
    const b = fingerprint({ body: '"ГОМСЕЛЬМАШ" отгрузил еще партию комба́йнов в\u00a0Костанай' });
    expect(b.shingles).toEqual(a.shingles);
    expect(hamming(a.simhash, b.simhash)).toBe(0);
  });

  it('measures overlap against the smaller set, so a trimmed copy still scores high', () => {
    const long = fingerprint({ body: paragraphs.join(' ') });
    const part = fingerprint({ body: paragraphs[1]! });
    const sim = similarity(part.shingles, long.shingles);
    expect(sim.overlap).toBe(1);
    expect(sim.jaccard).toBeLessThan(0.6);
  });

  it('picks the matching original out of an index, and respects the time window', () => {
    const index = new ShingleIndex();
    index.add({ id: 1, at: 0, agency: 'belta', ...fingerprint(BELTA_700118) });
    index.add({ id: 2, at: 1000, agency: 'belta', ...fingerprint(BELTA_700123) });
    index.add({ id: 3, at: 2000, agency: 'kazinform', ...fingerprint(KAZINFORM_B41D07) });
    const candidate = fingerprint(trimmedReprint);
    expect(index.best(candidate)?.original.id).toBe(2);
    expect(index.best(candidate, (o) => o.at > 1000)).toBeNull();
  });
});
