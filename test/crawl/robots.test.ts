import { describe, expect, it } from 'vitest';
import { ALLOW_ALL, crawlDelayOf, isAllowed, parseRobots } from '../../src/crawl/robots.ts';

// eng.belta.by's rules as recorded in research/sources.md §1.6.
const BELTA = `
User-agent: *
Disallow: /printv
Disallow: /*getResults*
Disallow: /*extendedSearch*
Sitemap: https://eng.belta.by/sitemap.xml
`;

describe('isAllowed', () => {
  const belta = parseRobots(BELTA);

  it.each([
    ['an ordinary article', '/politics/view/some-story-123-2026/', true],
    ['a print view', '/printv/politics/view/123/', false],
    ['a search URL with getResults anywhere in it', '/search/getResults?q=x', false],
    ['an extended search in the query string', '/search?extendedSearch=1', false],
    ['robots.txt itself', '/robots.txt', true],
  ])('on BelTA rules allows %s: %s', (_name, path, allowed) => {
    expect(isAllowed(belta, 'covgap', path)).toBe(allowed);
  });

  it('lets the longest matching rule win', () => {
    const robots = parseRobots('User-agent: *\nDisallow: /news/\nAllow: /news/public/\n');
    expect(isAllowed(robots, 'covgap', '/news/public/1')).toBe(true);
    expect(isAllowed(robots, 'covgap', '/news/secret/1')).toBe(false);
  });

  it('lets Allow win a tie of equally long rules', () => {
    const robots = parseRobots('User-agent: *\nDisallow: /page\nAllow: /page\n');
    expect(isAllowed(robots, 'covgap', '/page')).toBe(true);
  });

  it('anchors a pattern ending in $ at the end of the path', () => {
    const robots = parseRobots('User-agent: *\nDisallow: /*.pdf$\n');
    expect(isAllowed(robots, 'covgap', '/files/report.pdf')).toBe(false);
    expect(isAllowed(robots, 'covgap', '/files/report.pdf?download=1')).toBe(true);
  });

  it('uses our own group instead of the * group when one names us', () => {
    const robots = parseRobots('User-agent: *\nDisallow: /\n\nUser-agent: CovGap\nDisallow: /private/\n');
    expect(isAllowed(robots, 'covgap', '/rss/all')).toBe(true);
    expect(isAllowed(robots, 'covgap', '/private/x')).toBe(false);
    expect(isAllowed(robots, 'otherbot', '/rss/all')).toBe(false);
  });

  it('matches our token from a full User-Agent string', () => {
    const robots = parseRobots('User-agent: covgap/0.1\nDisallow: /x\n');
    expect(isAllowed(robots, 'covgap/0.1 (+https://github.com/covgap/covgap)', '/x')).toBe(false);
  });

  it('merges consecutive user-agent lines into one group', () => {
    const robots = parseRobots('User-agent: googlebot\nUser-agent: covgap\nDisallow: /tmp/\n');
    expect(isAllowed(robots, 'covgap', '/tmp/a')).toBe(false);
  });

  it('merges separate groups that name the same agent', () => {
    const robots = parseRobots('User-agent: covgap\nDisallow: /a/\n\nUser-agent: covgap\nDisallow: /b/\n');
    expect(isAllowed(robots, 'covgap', '/a/1')).toBe(false);
    expect(isAllowed(robots, 'covgap', '/b/1')).toBe(false);
  });

  it('treats an empty Disallow as allowing everything', () => {
    expect(isAllowed(parseRobots('User-agent: *\nDisallow:\n'), 'covgap', '/anything')).toBe(true);
  });

  it('allows everything when no group applies or the file is empty', () => {
    expect(isAllowed(parseRobots('User-agent: googlebot\nDisallow: /\n'), 'covgap', '/x')).toBe(true);
    expect(isAllowed(parseRobots(''), 'covgap', '/x')).toBe(true);
    expect(isAllowed(ALLOW_ALL, 'covgap', '/x')).toBe(true);
  });

  it('compares a raw Cyrillic pattern with the percent-encoded path', () => {
    const robots = parseRobots('User-agent: *\nDisallow: /поиск/\n');
    expect(isAllowed(robots, 'covgap', new URL('https://x.by/поиск/?q=1').pathname)).toBe(false);
  });

  it('ignores comments, a BOM, CRLF line ends and unknown lines', () => {
    const robots = parseRobots('\uFEFFUser-agent: * # everyone\r\nHost: belta.by\r\nDisallow: /admin # staff only\r\n');
    expect(isAllowed(robots, 'covgap', '/admin/login')).toBe(false);
    expect(isAllowed(robots, 'covgap', '/rss')).toBe(true);
  });

  it('ignores rules that come before any user-agent line', () => {
    expect(isAllowed(parseRobots('Disallow: /\n'), 'covgap', '/x')).toBe(true);
  });

  it('matches a hostile many-star pattern against a long path quickly', () => {
    const robots = parseRobots(`User-agent: *\nDisallow: /${'*a'.repeat(30)}b\n`);
    const started = performance.now();
    expect(isAllowed(robots, 'covgap', '/' + 'a'.repeat(5000))).toBe(true);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('parseRobots', () => {
  it('collects sitemaps and crawl delays', () => {
    const robots = parseRobots(BELTA + '\nUser-agent: covgap\nCrawl-delay: 5\nDisallow: /x\n');
    expect(robots.sitemaps).toEqual(['https://eng.belta.by/sitemap.xml']);
    expect(crawlDelayOf(robots, 'covgap')).toBe(5);
    expect(crawlDelayOf(robots, 'otherbot')).toBeNull();
  });
});
