import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/crawl/decode.ts';
import { parseFeed, type FeedEntry } from '../../src/crawl/feed.ts';

const BASE = 'http://127.0.0.1:4000';
const minsk = { timeZone: 'Europe/Minsk' };

/** A served fixture as the fetcher would get it: `{{BASE}}` replaced on bytes, then decoded. */
function served(path: string, contentType: string | null = null): string {
  const bytes = readFileSync(new URL(`../fixtures/http/${path}`, import.meta.url));
  const body = Buffer.from(bytes.toString('latin1').replaceAll('{{BASE}}', BASE), 'latin1');
  const decoded = decodeBody(body, contentType);
  if ('error' in decoded) throw new Error(decoded.message);
  return decoded.text;
}

const iso = (e: FeedEntry | undefined): string | null => e?.publishedAt?.toISOString() ?? null;

describe('parseFeed on the BelTA ru feed', () => {
  it('reads six items with the channel title', async () => {
    const feed = await parseFeed(served('belta/rss/all.xml'), minsk);
    expect(feed.title).toBe('RSS БелТА');
    expect(feed.entries).toHaveLength(6);
  });

  it('reads the first item completely', async () => {
    const [first] = (await parseFeed(served('belta/rss/all.xml'), minsk)).entries;
    const link = `${BASE}/belta/economics/view/delegatsija-gomselmasha-obsudila-v-kostanae-rasshirenie-sborki-kombajnov-700123-2026.html`;
    expect(first).toEqual({
      guid: link,
      link,
      title: 'Делегация «Гомсельмаша» обсудила в Костанае расширение сборки комбайнов',
      lead: 'Делегация ОАО "Гомсельмаш" провела в Костанае переговоры о выпуске зерноуборочных комбайнов «Палессе» на площадке партнера.',
      publishedAt: new Date('2026-10-02T11:05:00Z'),
      categories: ['Экономика'],
    });
  });

  const leads: Record<string, { index: number; title: string; lead: string; at: string }> = {
    'decodes double-escaped entities in a title and lead': {
      index: 1, title: 'МТЗ отправил в Казахстан партию тракторов "Беларус"',
      lead: 'Минский тракторный завод отгрузил "Беларусы" для аграриев Акмолинской области – это уже третья партия в этом году.',
      at: '2026-10-02T09:40:00.000Z',
    },
    'strips tags from a CDATA lead': {
      index: 2, title: 'В Гомеле открыли новый цех по выпуску жаток',
      lead: 'В Гомеле на производственной площадке «Гомсельмаша» заработал цех, где будут собирать жатки для комбайнов.',
      at: '2026-10-02T08:15:00.000Z',
    },
  };
  for (const [name, c] of Object.entries(leads)) {
    it(name, async () => {
      const entry = (await parseFeed(served('belta/rss/all.xml'), minsk)).entries[c.index];
      expect(entry?.title).toBe(c.title);
      expect(entry?.lead).toBe(c.lead);
      expect(iso(entry)).toBe(c.at);
    });
  }

  it('keeps the six links when the feed gains two items', async () => {
    const before = (await parseFeed(served('belta/rss/all.xml'), minsk)).entries.map((e) => e.link);
    const after = (await parseFeed(served('belta/rss/all-v2.xml'), minsk)).entries.map((e) => e.link);
    expect(after).toHaveLength(8);
    expect(after.slice(2)).toEqual(before);
    expect(after[0]).toMatch(/-700131-2026\.html$/);
  });
});

describe('parseFeed on the other fixture feeds', () => {
  it('reads the BelTA eng feed', async () => {
    const feed = await parseFeed(served('belta-eng/rss.xml'), minsk);
    expect(feed.entries.map((e) => e.link?.match(/-(\d+)-2026\.html$/)?.[1])).toEqual(['187012', '187009', '187004', '187001']);
    expect(feed.entries[0]?.lead).toBe('A delegation of Gomselmash held talks in Kostanay on producing "Palesse" combine harvesters at the partner\'s site.');
    expect(feed.entries[2]?.lead).toBe('Daytime temperatures will reach +19°C.');
  });

  it('reads Kazinform +0500 dates, non-permalink guids and yandex extras', async () => {
    const feed = await parseFeed(served('kazinform/rss/rus.xml'), { timeZone: 'Asia/Almaty' });
    expect(feed.entries).toHaveLength(5);
    expect(feed.entries[0]?.guid).toBe('kazinform-3f9c2a7e');
    expect(iso(feed.entries[0])).toBe('2026-10-02T05:15:00.000Z');
    expect(iso(feed.entries[1])).toBe('2025-09-18T06:40:00.000Z');
    expect(feed.entries[1]?.lead).toBe('С конвейера костанайского завода сошли первые 15 комбайнов «Палессе».');
    expect(feed.entries[0]?.categories).toEqual(['Регионы']);
  });

  it('reads a windows-1251 WordPress feed after decoding', async () => {
    const feed = await parseFeed(served('regional/gp-cp1251.xml', 'application/rss+xml'), minsk);
    expect(feed.title).toBe('Гомельская праўда');
    expect(feed.entries).toHaveLength(3);
    const [first, second] = feed.entries;
    expect(first?.guid).toBe('https://gp.by/?p=48213');
    expect(first?.categories).toEqual(['Экономика', 'Гомсельмаш']);
    expect(first?.lead).toBe('Гомельский холдинг и казахстанский партнер договорились увеличить выпуск комбайнов… Читать далее');
    expect(iso(first)).toBe('2026-10-02T13:30:00.000Z');
    expect(second?.title).toBe('В Речице отремонтируют мост через Днепр — работы завершат к концу года');
  });

  it('rejects malformed XML with a feed: error', async () => {
    await expect(parseFeed(served('broken/invalid.xml'), minsk)).rejects.toThrow(/^feed: /);
  });
});

describe('parseFeed on inline documents', () => {
  const rss = (items: string): string => `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${items}</channel></rss>`;

  const dates: Record<string, { doc: string; zone: string; at: string | null }> = {
    'reads an offset-less pubDate in the feed time zone': {
      doc: rss('<item><title>a</title><pubDate>Fri, 02 Oct 2026 10:15:00</pubDate></item>'), zone: 'Asia/Almaty', at: '2026-10-02T05:15:00.000Z',
    },
    'turns a garbage pubDate into null': {
      doc: rss('<item><title>a</title><pubDate>вчера</pubDate></item>'), zone: 'Europe/Minsk', at: null,
    },
    'uses dc:date when pubDate is garbage': {
      doc: rss('<item><title>a</title><pubDate>soon</pubDate><dc:date xmlns:dc="http://purl.org/dc/elements/1.1/">2026-10-02T10:00:00+03:00</dc:date></item>'),
      zone: 'UTC', at: '2026-10-02T07:00:00.000Z',
    },
    'reads an Atom entry without an offset in the feed time zone': {
      doc: '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>1</id><title>a</title><published>2026-10-02T10:00:00</published></entry></feed>',
      zone: 'Europe/Minsk', at: '2026-10-02T07:00:00.000Z',
    },
    'falls back to Atom updated when published is garbage': {
      doc: '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>1</id><title>a</title><published>nonsense</published><updated>2026-10-02T10:00:00Z</updated></entry></feed>',
      zone: 'Europe/Minsk', at: '2026-10-02T10:00:00.000Z',
    },
  };
  for (const [name, c] of Object.entries(dates)) {
    it(name, async () => {
      const feed = await parseFeed(c.doc, { timeZone: c.zone });
      expect(iso(feed.entries[0])).toBe(c.at);
    });
  }

  it('reads an Atom feed: id, alternate link, summary, category terms', async () => {
    const feed = await parseFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><entry><id>tag:x,2026:1</id>'
      + '<title type="html">КазБелАЗ &amp;amp; партнеры</title><link rel="alternate" href="https://example.kz/1"/>'
      + '<summary type="html">&lt;p&gt;Первый абзац&lt;/p&gt;&lt;p&gt;второй&lt;/p&gt;</summary><category term="Экономика"/>'
      + '<updated>2026-10-02T10:00:00+05:00</updated></entry></feed>',
      { timeZone: 'UTC' },
    );
    expect(feed.entries).toEqual([{
      guid: 'tag:x,2026:1', link: 'https://example.kz/1', title: 'КазБелАЗ & партнеры', lead: 'Первый абзац второй',
      publishedAt: new Date('2026-10-02T05:00:00Z'), categories: ['Экономика'],
    }]);
  });

  it('reads an RDF (RSS 1.0) feed', async () => {
    const feed = await parseFeed(
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
      + '<channel rdf:about="https://example.by/"><title>RDF</title></channel>'
      + '<item rdf:about="https://example.by/1"><title>МАЗ</title><link>https://example.by/1</link><description>Лид</description><dc:date>2026-10-02T10:00:00+03:00</dc:date></item>'
      + '</rdf:RDF>',
      minsk,
    );
    expect(feed.title).toBe('RDF');
    expect(feed.entries[0]).toMatchObject({ guid: 'https://example.by/1', link: 'https://example.by/1', title: 'МАЗ', lead: 'Лид' });
    expect(iso(feed.entries[0])).toBe('2026-10-02T07:00:00.000Z');
  });

  it('survives HTML entities outside CDATA that XML does not define', async () => {
    const feed = await parseFeed(rss('<item><title>&laquo;Гомсельмаш&raquo;&nbsp;&mdash; лидер</title><description>a&nbsp;b</description></item>'), minsk);
    expect(feed.entries[0]?.title).toBe('«Гомсельмаш» — лидер');
    expect(feed.entries[0]?.lead).toBe('a b');
  });

  it('takes the first paragraph of full text when there is no description', async () => {
    const feed = await parseFeed(
      '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><item><title>a</title>'
      + '<content:encoded><![CDATA[<p>Первый абзац.</p><p>Второй абзац.</p>]]></content:encoded></item></channel></rss>',
      minsk,
    );
    expect(feed.entries[0]?.lead).toBe('Первый абзац.');
  });

  it('uses a permalink guid as the link when <link> is missing, and gives an untitled item an empty title', async () => {
    const feed = await parseFeed(rss('<item><guid>https://example.by/7</guid><description>Только текст</description></item>'), minsk);
    expect(feed.entries[0]).toMatchObject({ guid: 'https://example.by/7', link: 'https://example.by/7', title: '', lead: 'Только текст' });
  });

  it('keeps scripts out of a lead', async () => {
    const feed = await parseFeed(rss('<item><title>a</title><description><![CDATA[Текст<script>alert("x")</script> дальше]]></description></item>'), minsk);
    expect(feed.entries[0]?.lead).toBe('Текст дальше');
  });

  const broken: Record<string, string> = {
    'rejects an HTML page with a feed: error': '<!DOCTYPE html><html><head><title>403</title></head><body>Forbidden</body></html>',
    'rejects an empty document with a feed: error': '',
    'rejects XML that is not a feed with a feed: error': '<?xml version="1.0"?><sitemap><url>x</url></sitemap>',
  };
  for (const [name, doc] of Object.entries(broken)) {
    it(name, async () => {
      await expect(parseFeed(doc, minsk)).rejects.toThrow(/^feed: /);
    });
  }
});
