/**
 * The generic extractor on regional CMS markup (WordPress, Bitrix) and per-outlet selectors from
 * sources.yaml (`extract:`), which win over the built-in rules.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/crawl/extract.ts';
import { overrideFor, parseSource } from '../../src/crawl/extract-override.ts';

const page = (path: string): string => readFileSync(new URL(`../fixtures/http/${path}`, import.meta.url), 'utf8');
const FORBIDDEN = /MUST NOT APPEAR|НЕ ДОЛЖ|Возврат к списку|Подписывайтесь|Поделиться/;

describe('generic extraction of regional CMS pages', () => {
  const cases: Record<string, { path: string; url: string; title: string; publishedAt: string; paragraphs: string[] }> = {
    'reads a Bitrix news.detail page whose body is bare text split by <br>, not the teasers beside it': {
      path: 'regional/bitrix/news-detail-br.html',
      url: 'https://grodnonews.by/news/economy/agrarii-kostanaj.html',
      title: 'Гродненские аграрии отправили в Костанай делегацию',
      // `02.10.2026 16:40` printed in .news-date-time, read in Minsk time (UTC+3).
      publishedAt: '2026-10-02T13:40:00.000Z',
      paragraphs: [
        'Делегация агропромышленного комплекса Гродненской области побывала в Костанайской области Казахстана. Гродненцы познакомились с работой элеваторов и животноводческих комплексов региона.',
        'По словам начальника областного управления сельского хозяйства, стороны договорились о поставках племенного скота и семян трав. Первые партии отправят весной следующего года.',
        'Кроме того, обсуждалось участие гродненских предприятий в сельскохозяйственной выставке в Костанае.',
      ],
    },
    'reads a WordPress post without its share bar, related posts and comment thread': {
      path: 'regional/wp/entry-with-comments.html',
      url: 'https://vesti-region.example.kz/2026/10/05/shkolniki/',
      title: 'Кокшетауские школьники побывали на заводе в индустриальном парке',
      publishedAt: '2026-10-05T04:15:00.000Z',
      paragraphs: [
        'Ученики старших классов кокшетауских школ побывали на сборочном производстве белорусско-казахстанского индустриального парка.',
        'Школьникам показали линию сборки пресс-подборщиков и рассказали о рабочих профессиях, которые востребованы на предприятии.',
      ],
    },
  };
  for (const [name, c] of Object.entries(cases)) {
    it(name, () => {
      const got = extractArticle(page(c.path), c.url);
      expect(got.method).toBe('generic');
      expect(got.title).toBe(c.title);
      expect(got.publishedAt?.toISOString()).toBe(c.publishedAt);
      expect(got.body.split('\n\n')).toEqual(c.paragraphs);
      expect(got.body).not.toMatch(FORBIDDEN);
    });
  }
});

describe('per-outlet extraction from sources.yaml', () => {
  const zarya = {
    id: 'zarya',
    timeZone: 'Europe/Minsk',
    extract: { body: '.shareText', paragraphs: 'p', title: ['.title h1'], lead: ['meta[name="description"]@content'], date: ['.shareText_publish', 'time@datetime'], remove: ['.ad'], stopAt: ['.tags'] },
  };
  const html = `<html><head><meta name="description" content="Лид из мета-описания."></head><body>
    <div class="title"><h1>Брестские строители возводят ферму в Казахстане</h1></div>
    <div class="sidebar"><p>Длинный анонс соседней новости, который плотнее статьи и мог бы победить в эвристике плотности текста, если бы не правило.</p><p>Еще один длинный анонс соседней новости для плотности, в нем тоже много слов и нет ссылок вообще.</p></div>
    <div class="shareText"><span class="shareText_publish">5 октября 2026, 10:20</span>
      <p>Строители Брестской области начали возводить молочную ферму в Акмолинской области.</p>
      <div class="ad"><p>Реклама НЕ ДОЛЖНА ПОПАСТЬ В ТЕЛО</p></div>
      <p>Ферма рассчитана на 1200 голов.</p>
      <div class="tags"><p>Теги НЕ ДОЛЖНЫ ПОПАСТЬ В ТЕЛО</p></div>
    </div></body></html>`;

  it('uses the configured selectors first and reports the method as config:<outlet>', () => {
    const got = extractArticle(html, 'https://zarya.by/news/lenta-novostej/ferma', { override: overrideFor(zarya) });
    expect(got.method).toBe('config:zarya');
    expect(got.title).toBe('Брестские строители возводят ферму в Казахстане');
    expect(got.lead).toBe('Лид из мета-описания.');
    expect(got.publishedAt?.toISOString()).toBe('2026-10-05T07:20:00.000Z');
    expect(got.body.split('\n\n')).toEqual(['Строители Брестской области начали возводить молочную ферму в Акмолинской области.', 'Ферма рассчитана на 1200 голов.']);
  });

  it('falls back to the built-in extraction when the configured body is missing', () => {
    const got = extractArticle(html.replace('class="shareText"', 'class="other"'), 'https://zarya.by/x', { override: overrideFor(zarya) });
    expect(got.method).toBe('generic');
  });

  it('reads `selector@attr` as an attribute and leaves an @ inside brackets alone', () => {
    expect(parseSource('meta[property="og:title"]@content')).toEqual({ selector: 'meta[property="og:title"]', attr: 'content' });
    expect(parseSource('a[href^="mailto:x@y"]')).toEqual({ selector: 'a[href^="mailto:x@y"]' });
    expect(parseSource('h1.title')).toEqual({ selector: 'h1.title' });
  });

  it('has no override for an outlet without an extract block', () => {
    expect(overrideFor({ id: 'gp-by', timeZone: 'Europe/Minsk', extract: null })).toBeNull();
  });
});
