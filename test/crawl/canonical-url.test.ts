import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleIdOf, canonicalUrl } from '../../src/crawl/canonical-url.ts';

describe('canonicalUrl', () => {
  const cases: Record<string, { raw: string; base?: string; want: string | null }> = {
    'lower-cases the scheme and host': {
      raw: 'HTTPS://WWW.Belta.BY/economics/view/x-700123-2026/', want: 'https://www.belta.by/economics/view/x-700123-2026/',
    },
    'drops the default port': { raw: 'https://www.inform.kz:443/ru/x-adef40', want: 'https://www.inform.kz/ru/x-adef40' },
    'keeps a non-default port': { raw: 'http://127.0.0.1:8080/belta/rss/all.xml', want: 'http://127.0.0.1:8080/belta/rss/all.xml' },
    'drops the fragment': { raw: 'https://www.belta.by/society/view/x-1-2026/#comments', want: 'https://www.belta.by/society/view/x-1-2026/' },
    'drops utm_* parameters and the query mark with them': {
      raw: 'https://eng.belta.by/president/view/x-186877-2026/?utm_source=rss&utm_medium=rss&UTM_Campaign=a',
      want: 'https://eng.belta.by/president/view/x-186877-2026/',
    },
    'drops fbclid, gclid, yclid, _openstat, from and ref': {
      raw: 'https://minsknews.by/x/?fbclid=1&gclid=2&yclid=3&_openstat=4&from=rss&ref=tg&page=2',
      want: 'https://minsknews.by/x/?page=2',
    },
    'sorts the remaining parameters by key and keeps repeated keys in order': {
      raw: 'https://gp.by/search/?q=b&a=1&q=a', want: 'https://gp.by/search/?a=1&q=b&q=a',
    },
    'upper-cases percent escapes (%c2%a0 → %C2%A0)': {
      raw: 'https://minsknews.by/tseny-do-1%c2%a0000-byn/', want: 'https://minsknews.by/tseny-do-1%C2%A0000-byn/',
    },
    'decodes escapes of unreserved characters': { raw: 'https://gp.by/a%2Db%7Ec/', want: 'https://gp.by/a-b~c/' },
    'percent-encodes a Cyrillic path': {
      raw: 'https://gp.by/новости/', want: 'https://gp.by/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/',
    },
    'keeps a trailing slash the site writes': { raw: 'https://www.belta.by/regions/', want: 'https://www.belta.by/regions/' },
    'does not add a trailing slash the site does not write': {
      raw: 'https://www.inform.kz/ru/delegaciya-gomselmash-92062a', want: 'https://www.inform.kz/ru/delegaciya-gomselmash-92062a',
    },
    'keeps www. because the host names the edition': { raw: 'https://belta.by/x/', want: 'https://belta.by/x/' },
    'treats a Kazinform …/amp page as the article': {
      raw: 'https://www.inform.kz/ru/delegaciya-gomselmash-92062a/amp', want: 'https://www.inform.kz/ru/delegaciya-gomselmash-92062a',
    },
    'treats a Kazinform …/amp/ page as the article with its slash': {
      raw: 'https://en.inform.kz/news/astana-s-energy-day-by-day_a2930262/amp/', want: 'https://en.inform.kz/news/astana-s-energy-day-by-day_a2930262/',
    },
    'treats an old Kazinform /amp/<slug>_a<id> page as the article': {
      raw: 'https://qz.inform.kz/amp/some-slug_a3983759', want: 'https://qz.inform.kz/some-slug_a3983759',
    },
    'leaves /amp alone on other sites': { raw: 'https://vitvesti.by/news/x.html/amp', want: 'https://vitvesti.by/news/x.html/amp' },
    'resolves a relative link against the base': {
      raw: '../x-700118-2026/', base: 'https://www.belta.by/economics/view/y-700123-2026/', want: 'https://www.belta.by/economics/view/x-700118-2026/',
    },
    'trims surrounding whitespace from feed links': { raw: '\n  https://www.belta.by/x/  \n', want: 'https://www.belta.by/x/' },
    'returns null for a javascript: link': { raw: 'javascript:alert(1)', want: null },
    'returns null for mailto:': { raw: 'mailto:info@belta.by', want: null },
    'returns null for a relative link without a base': { raw: '/economics/view/x-1-2026/', want: null },
    'returns null for garbage': { raw: 'http://', want: null },
  };
  for (const [name, c] of Object.entries(cases)) {
    it(name, () => {
      expect(canonicalUrl(c.raw, c.base)).toBe(c.want);
    });
  }
});

describe('articleIdOf', () => {
  const cases: Record<string, { url: string; host?: string; want: { host: string; id: string } | null }> = {
    'reads a BelTA ru id': {
      url: 'https://belta.by/society/view/logotip-goda-belorusskoj-zhenschiny-opredelen-vybrali-edinoglasno-iz-bolee-chem-100-variantov-762819-2026/',
      want: { host: 'belta.by', id: '762819' },
    },
    'gives www.belta.by and belta.by the same host': {
      url: 'https://www.belta.by/regions/view/fotofakt-v-gomele-otkryt-pervyj-magazin-101-465897-2021/', want: { host: 'belta.by', id: '465897' },
    },
    'reads a BelTA id after an empty slug': { url: 'https://chn.belta.by/society/view/-46507-2026/', want: { host: 'chn.belta.by', id: '46507' } },
    'reads a BelTA id after a digits-only slug': { url: 'https://chn.belta.by/society/view/85-46499-2026/', want: { host: 'chn.belta.by', id: '46499' } },
    'reads a BelTA eng id': { url: 'https://eng.belta.by/president/view/lukashenko-x-186877-2026/', want: { host: 'eng.belta.by', id: '186877' } },
    'reads a BelTA id from a fixture-server path with the host given': {
      url: 'http://127.0.0.1:4000/belta/economics/view/mtz-otpravil-v-kazahstan-partiju-traktorov-belarus-700118-2026.html',
      host: 'www.belta.by', want: { host: 'belta.by', id: '700118' },
    },
    'returns null for a BelTA rubric page': { url: 'https://www.belta.by/economics/', want: null },
    'reads an old Kazinform _a id': {
      url: 'https://www.inform.kz/ru/serdechnyy-pristup-v-akmolinskoy-oblasti_a3690672', want: { host: 'inform.kz', id: 'a3690672' },
    },
    'reads an old Kazinform id kept after the migration': {
      url: 'https://en.inform.kz/news/astana-s-energy-day-by-day_a2930262/', want: { host: 'en.inform.kz', id: 'a2930262' },
    },
    'reads an old Kazinform id from an AMP page': { url: 'https://qz.inform.kz/amp/slug_a3983759', want: { host: 'qz.inform.kz', id: 'a3983759' } },
    'reads a 6-character Kazinform hex tail': { url: 'https://www.inform.kz/ru/vizit-v-minsk-adef40', want: { host: 'inform.kz', id: 'adef40' } },
    'reads an 8-character Kazinform hex tail': { url: 'https://www.inform.kz/ru/vizit-v-minsk-6a64cf5e', want: { host: 'inform.kz', id: '6a64cf5e' } },
    'reads a hex tail before a trailing slash': {
      url: 'https://ar.inform.kz/news/astanadan-brabayca-rys-aeyla-ma-mynystrlyk-jaaby-4d2a72/', want: { host: 'ar.inform.kz', id: '4d2a72' },
    },
    'reads a hex tail from a Kazinform AMP page': { url: 'https://www.inform.kz/ru/vizit-v-minsk-53c1f1/amp/', want: { host: 'inform.kz', id: '53c1f1' } },
    'does not take an all-letter slug word for a hex id': { url: 'https://www.inform.kz/ru/novyy-fasad-decade', want: null },
    'returns null for a Kazinform list page': { url: 'https://www.inform.kz/ru/lenta', want: null },
    'returns null for another site': { url: 'https://minsknews.by/x-46507-2026/', want: null },
    'returns null for a non-URL': { url: 'not a url', want: null },
  };
  for (const [name, c] of Object.entries(cases)) {
    it(name, () => {
      expect(articleIdOf(c.url, c.host === undefined ? {} : { host: c.host })).toEqual(c.want);
    });
  }
});

// Optional: the real chn.belta.by and minsknews.by links kept beside the project in
// ../shared/research/samples. A user's clone has no ../shared, so this one case skips there.
const SAMPLES = fileURLToPath(new URL('../../../shared/research/samples/rss-items-chn-belta-and-minsknews.json', import.meta.url));

describe('real feed links (optional, from ../shared)', () => {
  it('gives every real chn.belta.by link a distinct id and keeps minsknews.by links as they are', (ctx) => {
    ctx.skip(!existsSync(SAMPLES), `skipped: ${SAMPLES} is absent (no ../shared beside this clone)`);
    const samples = JSON.parse(readFileSync(SAMPLES, 'utf8')) as {
      chn_belta_rss_items: { link: string }[];
      minsknews_rss_items?: { link: string }[];
    };
    const ids = samples.chn_belta_rss_items.map((item) => articleIdOf(item.link));
    expect(ids.every((id) => id !== null && id.host === 'chn.belta.by' && /^\d+$/.test(id.id))).toBe(true);
    expect(new Set(ids.map((id) => id?.id)).size).toBe(ids.length);
    for (const item of samples.chn_belta_rss_items) expect(canonicalUrl(item.link)).toBe(item.link);
    for (const item of samples.minsknews_rss_items ?? []) {
      expect(canonicalUrl(item.link)).not.toBeNull();
      expect(articleIdOf(item.link)).toBeNull();
    }
  });
});
