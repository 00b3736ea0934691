/**
 * Property tests (fast-check) over the pure parsers the crawler feeds with hostile text: the
 * feed parser, the URL canonicaliser, the dateline and the two date readers. Each property says
 * what may never happen whatever the input: an exception of the wrong shape escaping, an
 * Invalid Date, a canonical URL that changes when canonicalised again. Runs are kept modest
 * (a few hundred cases each) so the file takes seconds; a failure prints its seed to replay.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/crawl/canonical-url.ts';
import { extractDateline } from '../../src/crawl/dateline.ts';
import { parseFeedDate, parseLocalDate, type DateLang } from '../../src/crawl/dates.ts';
import { parseFeed } from '../../src/crawl/feed.ts';

const ZONES = ['Europe/Minsk', 'Asia/Almaty', 'UTC', 'Asia/Oral'] as const;
const LANGS: DateLang[] = ['ru', 'en', 'kk', 'be', 'de', 'pl', 'zh'];

// Pieces real feeds are made of, so mutations land near the parser's interesting paths rather
// than in a wall of random code points the XML parser rejects at byte one.
const FRAGMENTS = [
  '<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '</rss>', '<channel>', '</channel>',
  '<item>', '</item>', '<title>', '</title>', '<link>', '</link>', '<guid>', '</guid>', '<pubDate>', '</pubDate>',
  '<description>', '</description>', '<![CDATA[', ']]>', '<feed xmlns="http://www.w3.org/2005/Atom">', '</feed>',
  '<entry>', '</entry>', '<link href="https://www.belta.by/x/view/1"/>', '<published>', '</published>',
  '&nbsp;', '&laquo;', '&amp;', '&#0;', '&#x110000;', '&undefined;', '<category>', '</category>',
  'Sat, 22 Aug 2026 12:00:00 +0300', '2026-02-30T25:61:00Z', 'Гомсельмаш', '<script>alert(1)</script>',
  'javascript:alert(1)', '\u0000', '\uFEFF', '\uD800', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '&a;', ' ', '\n',
];
const feedLike = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join(''));
const VALID_FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${[1, 2, 3]
  .map((i) => `<item><title>Story ${i}</title><link>https://www.belta.by/economics/view/${i}/</link><guid>g${i}</guid><pubDate>Sat, 22 Aug 2026 12:0${i}:00 +0300</pubDate><description>Lead ${i}</description></item>`)
  .join('')}</channel></rss>`;
/** The valid feed with a random slice replaced by random text: truncations, splices, garbage. */
const mutatedFeed = fc
  .tuple(fc.nat(VALID_FEED.length), fc.nat(60), fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 20 })))
  .map(([at, cut, insert]) => VALID_FEED.slice(0, at) + insert + VALID_FEED.slice(at + cut));

/** parseFeed either returns entries with sane fields or rejects with a `feed:` Error. */
async function parsesOrRejectsCleanly(text: string): Promise<void> {
  let result: Awaited<ReturnType<typeof parseFeed>>;
  try {
    result = await parseFeed(text, { timeZone: 'Europe/Minsk' });
  } catch (err) {
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/^feed: /);
    return;
  }
  expect(Array.isArray(result.entries)).toBe(true);
  for (const e of result.entries) {
    expect(typeof e.title).toBe('string');
    if (e.publishedAt !== null) expect(Number.isNaN(e.publishedAt.getTime())).toBe(false);
    expect(Array.isArray(e.categories)).toBe(true);
  }
}

const noInvalidDate = (d: Date | null) => d === null || !Number.isNaN(d.getTime());

describe('fuzzing the crawl parsers', () => {
  it('parseFeed never lets anything but a "feed:" Error escape on feed-like noise', async () => {
    await fc.assert(fc.asyncProperty(feedLike, parsesOrRejectsCleanly), { numRuns: 300 });
  });

  it('parseFeed never lets anything but a "feed:" Error escape on a mutated valid feed', async () => {
    await fc.assert(fc.asyncProperty(mutatedFeed, parsesOrRejectsCleanly), { numRuns: 300 });
  });

  it('parseFeed never lets anything but a "feed:" Error escape on arbitrary strings', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), parsesOrRejectsCleanly), { numRuns: 200 });
  });

  const urlLike = fc.oneof(
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.tuple(fc.constantFrom('http://', 'https://', 'HTTPS://', 'javascript:', 'data:text/html,', '//', ''), fc.string({ maxLength: 40 }))
      .map(([a, b]) => a + b),
    fc.tuple(fc.webUrl(), fc.constantFrom('?utm_source=tg&b=2&a=1', '#top', '/amp/', '/%D0%B1%d0%b0', ':443', '/../x', '?fbclid=1'))
      .map(([a, b]) => a + b),
    fc.string({ unit: 'binary', maxLength: 60 }),
  );

  it('canonicalUrl never throws, returns http(s) or null, and is idempotent', () => {
    fc.assert(
      fc.property(urlLike, fc.option(fc.constantFrom('https://www.belta.by/rss', 'https://www.inform.kz/ru/', 'not a base'), { nil: undefined }), (raw, base) => {
        const once = canonicalUrl(raw, base);
        if (once === null) return;
        expect(once).toMatch(/^https?:\/\//);
        expect(canonicalUrl(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('canonicalUrl never turns a javascript: or data: link into a URL', () => {
    fc.assert(
      fc.property(fc.constantFrom('javascript:', 'JavaScript:', ' javascript:', 'data:', 'vbscript:'), fc.string({ maxLength: 30 }), (scheme, rest) => {
        expect(canonicalUrl(scheme + rest)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  const datelineLike = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.tuple(fc.constantFrom('ГОМЕЛЬ', 'КОСТАНАЙ', 'МИНСК', 'Astana', ''), fc.constantFrom(', 2 октября (БЕЛТА) – ', '. KAZINFORM – ', ' (БЕЛТА) ', ', '), fc.string({ maxLength: 80 }))
      .map(([a, b, c]) => a + b + c),
    fc.string({ unit: 'binary', maxLength: 700 }),
  );

  it('extractDateline never throws and returns a non-empty upper-case place or null', () => {
    fc.assert(
      fc.property(datelineLike, (text) => {
        const d = extractDateline(text);
        if (d === null) return;
        expect(d.place.length).toBeGreaterThan(0);
        expect(d.place).toBe(d.place.toUpperCase());
      }),
      { numRuns: 1000 },
    );
  });

  const dateLike = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.tuple(fc.integer({ min: -5, max: 40 }), fc.constantFrom('Jan', 'feb', 'авг', 'Августа', 'мая', 'Xyz', 'қазан', 'кастрычніка'), fc.integer({ min: -1, max: 100_000 }),
      fc.integer({ min: -1, max: 99 }), fc.integer({ min: -1, max: 99 }), fc.constantFrom('', ' +0300', ' MSK', ' +99:99', ' GMT', ' Z', 'Z'))
      .map(([d, m, y, h, mi, z]) => `${d} ${m} ${y} ${h}:${String(mi).padStart(2, '0')}${z}`),
    fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('', 'Z', '+05:00', '-0330', '+99'))
      .map(([y, m, d, h, z]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00:00${z}`),
    fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toUTCString())),
  );

  it('parseFeedDate never throws and never returns an Invalid Date', () => {
    fc.assert(
      fc.property(dateLike, fc.constantFrom(...ZONES), (text, zone) => {
        expect(noInvalidDate(parseFeedDate(text, zone))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('parseFeedDate reads back any instant printed as RFC 822 or ISO 8601', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), fc.constantFrom(...ZONES), (d, zone) => {
        const whole = new Date(Math.floor(d.getTime() / 1000) * 1000);
        expect(parseFeedDate(whole.toUTCString(), zone)?.getTime()).toBe(whole.getTime());
        expect(parseFeedDate(whole.toISOString(), zone)?.getTime()).toBe(whole.getTime());
      }),
      { numRuns: 500 },
    );
  });

  it('parseLocalDate never throws and never returns an Invalid Date', () => {
    fc.assert(
      fc.property(dateLike, fc.constantFrom(...LANGS), fc.constantFrom(...ZONES), (text, lang, zone) => {
        expect(noInvalidDate(parseLocalDate(text, lang, zone))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
