import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/crawl/extract.ts';

const page = (path: string): string => readFileSync(new URL(`../fixtures/http/${path}`, import.meta.url), 'utf8');
const served = (path: string): string => `http://127.0.0.1:4000/${path}`;

const BELTA_700123 = 'belta/economics/view/delegatsija-gomselmasha-obsudila-v-kostanae-rasshirenie-sborki-kombajnov-700123-2026.html';
const BELTA_700118 = 'belta/economics/view/mtz-otpravil-v-kazahstan-partiju-traktorov-belarus-700118-2026.html';
const BELTA_700110 = 'belta/regions/view/v-gomele-otkryli-novyj-tseh-po-vypusku-zhatok-700110-2026.html';
const KAZINFORM_2026 = 'kazinform/ru/kazbelaz-otmetil-20-letie-v-karagande-3f9c2a7e.html';
const KAZINFORM_2025 = 'kazinform/ru/v-kostanae-sobrali-pervye-kombajny-gomselmash-novogo-sezona-b41d07.html';
const REGIONAL = 'regional/novosti/ekonomika/news48213.html';
const HOSTILE = 'hostile/junk-nav.html';

// Marker strings the fixtures plant in scripts, share blocks and text after the body's end.
const FORBIDDEN = /MUST NOT APPEAR|НЕ ДОЛЖЕН ПОПАСТЬ|alert\(|javascript:|Подписывайтесь|Видеосюжет|Читайте также/;

describe('extractArticle on fixture pages', () => {
  const cases: Record<string, {
    path: string;
    host?: string;
    method: string;
    title: string;
    lead: string | null;
    publishedAt: string | null;
    dateline: string | null;
    tags: string[];
    paragraphs: number;
    bodyStart: string;
  }> = {
    'reads a BelTA page: Minsk wall clock from the +00:00 meta, video and share blocks dropped': {
      path: BELTA_700123, host: 'www.belta.by', method: 'site:belta.by#1',
      title: 'Делегация «Гомсельмаша» обсудила в Костанае расширение сборки комбайнов',
      lead: 'Делегация ОАО "Гомсельмаш" провела в Костанае переговоры о выпуске зерноуборочных комбайнов «Палессе» на площадке партнера.',
      publishedAt: '2026-10-02T11:05:00.000Z', dateline: 'ГОМЕЛЬ',
      tags: ['Гомсельмаш', 'Казахстан', 'Гомельская область'], paragraphs: 3,
      bodyStart: 'ГОМЕЛЬ, 2 октября (БЕЛТА) – Делегация ОАО "Гомсельмаш" провела в Костанае переговоры',
    },
    'reads a BelTA page with a Minsk dateline': {
      path: BELTA_700118, host: 'www.belta.by', method: 'site:belta.by#1',
      title: 'МТЗ отправил в Казахстан партию тракторов "Беларус"', lead: null,
      publishedAt: '2026-10-02T09:40:00.000Z', dateline: 'МИНСК', tags: ['МТЗ', 'Казахстан'], paragraphs: 2,
      bodyStart: 'МИНСК, 2 октября (БЕЛТА) – Минский тракторный завод',
    },
    'reads a BelTA page without the meta date from .date_full, and splits a body at <br>': {
      path: BELTA_700110, host: 'belta.by', method: 'site:belta.by#1',
      title: 'В Гомеле открыли новый цех по выпуску жаток', lead: null,
      publishedAt: '2026-10-02T08:15:00.000Z', dateline: 'ГОМЕЛЬ', tags: ['Гомель'], paragraphs: 2,
      bodyStart: 'ГОМЕЛЬ, 2 октября (БЕЛТА) – В Гомеле на производственной площадке',
    },
    'reads a 2026 Kazinform page: og:title without the suffix, paragraphs up to the tags': {
      path: KAZINFORM_2026, host: 'www.inform.kz', method: 'site:inform.kz#1',
      title: '«КазБелАЗ» отметил 20-летие в Караганде',
      lead: 'Сервисный центр белорусских карьерных самосвалов в Караганде за 20 лет обслужил более 600 машин.',
      publishedAt: '2026-10-02T05:15:00.000Z', dateline: 'КАРАГАНДА', tags: ['КазБелАЗ', 'Караганда', 'Беларусь'], paragraphs: 3,
      bodyStart: 'КАРАГАНДА. KAZINFORM – Совместное предприятие «КазБелАЗ»',
    },
    'reads a 2025 Kazinform page and an offset-less date as Astana time': {
      path: KAZINFORM_2025, host: 'www.inform.kz', method: 'site:inform.kz#2',
      title: 'В Костанае собрали первые комбайны «Гомсельмаш» нового сезона',
      lead: 'С конвейера костанайского завода сошли первые 15 комбайнов «Палессе».',
      publishedAt: '2025-09-18T06:40:00.000Z', dateline: 'КОСТАНАЙ', tags: ['Гомсельмаш', 'Костанай'], paragraphs: 2,
      bodyStart: 'КОСТАНАЙ. КАЗИНФОРМ – На сборочном заводе в Костанае',
    },
    'reads a regional page with the generic extractor and finds the reprint dateline': {
      path: REGIONAL, method: 'generic',
      title: 'Гомсельмаш расширит сборку комбайнов в Костанае',
      lead: 'Гомельский холдинг и казахстанский партнер договорились увеличить выпуск комбайнов.',
      publishedAt: '2026-10-02T13:30:00.000Z', dateline: 'ГОМЕЛЬ', tags: [], paragraphs: 3,
      bodyStart: 'Гомель, 2 октября. /Корр. БЕЛТА/. Делегация ОАО «Гомсельмаш»',
    },
  };
  for (const [name, c] of Object.entries(cases)) {
    it(name, () => {
      const got = extractArticle(page(c.path), served(c.path), c.host === undefined ? {} : { host: c.host });
      expect(got.method).toBe(c.method);
      expect(got.title).toBe(c.title);
      expect(got.lead).toBe(c.lead);
      expect(got.publishedAt?.toISOString() ?? null).toBe(c.publishedAt);
      expect(got.dateline).toBe(c.dateline);
      expect(got.tags).toEqual(c.tags);
      expect(got.body.startsWith(c.bodyStart)).toBe(true);
      expect(got.body.split('\n\n')).toHaveLength(c.paragraphs);
      expect(got.body).not.toMatch(FORBIDDEN);
      expect(got.body).not.toMatch(/\u00a0| {2}|\n{3}/);
    });
  }

  it('reads a BelTA page fetched from a mirror with the generic extractor when no host is given', () => {
    const got = extractArticle(page(BELTA_700123), served(BELTA_700123));
    expect(got.method).toBe('generic');
    expect(got.title).toBe('Делегация «Гомсельмаша» обсудила в Костанае расширение сборки комбайнов');
    expect(got.dateline).toBe('ГОМЕЛЬ');
    expect(got.body.startsWith('ГОМЕЛЬ, 2 октября (БЕЛТА) –')).toBe(true);
    expect(got.body).not.toMatch(/SCRIPT TEXT/);
    // The mediator meta is BelTA-specific; without the rule the page has no date we trust.
    expect(got.publishedAt).toBeNull();
  });

  it('keeps only the article from a hostile page with 300 KB of navigation', () => {
    const got = extractArticle(page(HOSTILE), 'https://brest-news.example.by/sport/marathon');
    expect(got.method).toBe('generic');
    expect(got.title).toBe('Брестский марафон собрал рекордное число участников');
    expect(got.body.split('\n\n')).toEqual([
      'В воскресенье на старт Брестского марафона вышли более 4 тысяч бегунов из 12 стран. Это рекорд за всю историю забега.',
      'Победителем на классической дистанции стал спортсмен из Гродно, он пробежал 42 километра за 2 часа 21 минуту. Подробнее о победителе.',
      'Организаторы уже объявили дату следующего забега: он пройдет в мае.',
    ]);
    expect(got.body).not.toMatch(FORBIDDEN);
    expect(got.body).not.toMatch(/Раздел номер|Партнерская ссылка|NOSCRIPT|SVG/);
  });
});

describe('extractArticle on inline markup', () => {
  it('falls back to BelTA itemprop=articleBody when js-mediator-article is missing', () => {
    const html = '<html><head><meta name="mediator_published_time" content="2026-01-08T19:51:00+00:00"></head><body>'
      + '<h1>Заголовок</h1><div itemprop="articleBody"><p>МИНСК, 8 января (БЕЛТА) – Текст.</p><div class="news_tags_block"><a title="Тег">Тег</a></div></div></body></html>';
    const got = extractArticle(html, 'https://www.belta.by/society/view/x-700001-2026/');
    expect(got).toMatchObject({
      method: 'site:belta.by#2', title: 'Заголовок', body: 'МИНСК, 8 января (БЕЛТА) – Текст.', dateline: 'МИНСК', tags: ['Тег'],
    });
    expect(got.publishedAt?.toISOString()).toBe('2026-01-08T16:51:00.000Z');
  });

  it('reads the pre-2023 Kazinform markup with its related-links frame removed', () => {
    const html = '<html><body><div class="article_title">Старая новость</div><div class="date_public_art">14:20, 05 Октября 2019</div>'
      + '<div class="article_news_body"><p>NUR-SULTAN. KAZINFORM – Old text.</p><div class="frame_news_article">Related: other news</div><p>Second.</p></div>'
      + '<div class="keyword_art">#Беларусь #Экономика</div></body></html>';
    const got = extractArticle(html, 'https://www.inform.kz/ru/staraya-novost_a3567890');
    expect(got).toMatchObject({
      method: 'site:inform.kz#3', title: 'Старая новость', body: 'NUR-SULTAN. KAZINFORM – Old text.\n\nSecond.',
      dateline: 'NUR-SULTAN', tags: ['Беларусь', 'Экономика'],
    });
    // 2019: Astana was UTC+6.
    expect(got.publishedAt?.toISOString()).toBe('2019-10-05T08:20:00.000Z');
  });

  it('uses the rule for a subdomain of a ruled host', () => {
    const html = '<h1>Title</h1><div class="js-mediator-article"><p>MINSK, 2 October (BelTA) – Text.</p></div><div class="date_full">02 October 2026, 11:54</div>';
    const got = extractArticle(html, 'https://eng.belta.by/economics/view/x-187001-2026/');
    expect(got.method).toBe('site:belta.by#1');
    expect(got.publishedAt?.toISOString()).toBe('2026-10-02T08:54:00.000Z');
  });

  it('falls back to the <title> without its site suffix and returns an empty body for an empty page', () => {
    const got = extractArticle('<html><head><title>Пустая страница | Сайт</title></head><body></body></html>', 'https://example.kz/x');
    expect(got).toEqual({ title: 'Пустая страница', lead: null, body: '', publishedAt: null, dateline: null, tags: [], method: 'generic' });
  });

  it('goes generic when a ruled host’s page has none of the known bodies', () => {
    const html = '<html><body><h1>Фотофакт</h1><div class="gallery"><p>Подпись к фотографии с выставки в Минске и Астане.</p></div></body></html>';
    const got = extractArticle(html, 'https://www.belta.by/photonews/view/x-1-2026/');
    expect(got.method).toBe('generic');
    expect(got.body).toBe('Подпись к фотографии с выставки в Минске и Астане.');
  });

  it('survives a page that is not a URL', () => {
    expect(extractArticle('<p>Текст достаточной длины для абзаца статьи.</p>', 'not a url').body).toBe('Текст достаточной длины для абзаца статьи.');
  });
});
