/** `covgap sources probe` against the fixture server: what a feed URL really serves. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveTargets } from '../../src/commands/sources.ts';
import { Fetcher } from '../../src/crawl/fetch.ts';
import { discoverFeeds, feedKindOf, probeFeed } from '../../src/crawl/probe.ts';
import { memoryLogger } from '../../src/log.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { outlet } from '../helpers/config.ts';

describe('sources probe', () => {
  let server: FixtureServer;
  let fetcher: Fetcher;
  beforeAll(async () => {
    server = await startFixtureServer();
    server.route('/atom.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title></feed>');
    });
    fetcher = new Fetcher({ allowedHosts: ['127.0.0.1'], hostDelayMs: 0, timeoutMs: 2000 }, memoryLogger('info'));
  });
  afterAll(() => server.close());
  const now = new Date('2026-10-05T00:00:00Z');

  it('reports a windows-1251 WordPress feed: status, type, charset, kind, items and dates', async () => {
    const r = await probeFeed(fetcher, { id: 'gp-by-ru', url: `${server.url}/regional/gp-cp1251.xml`, timeZone: 'Europe/Minsk' }, { now });
    expect(r).toMatchObject({ verdict: 'ok', status: 200, charset: 'windows-1251', charsetSource: 'header', kind: 'rss', items: 3, undated: 0, title: 'Гомельская праўда', failure: null });
    expect(r.newest?.toISOString()).toBe('2026-10-02T13:30:00.000Z');
    expect(r.oldest?.toISOString()).toBe('2026-09-30T18:45:00.000Z');
  });

  const cases: Record<string, { path: string; now?: Date; verdict: string; kind: string | null; failure?: string }> = {
    'calls a feed whose newest item is months old stale': { path: '/regional/gp-cp1251.xml', now: new Date('2027-03-01T00:00:00Z'), verdict: 'stale', kind: 'rss' },
    'calls an HTML article page not a feed': { path: '/regional/novosti/ekonomika/news48213.html', verdict: 'not_a_feed', kind: 'html' },
    'calls an Atom feed without entries empty': { path: '/atom.xml', verdict: 'empty', kind: 'atom' },
    'calls a feed with broken XML unparseable': { path: '/broken/invalid.xml', verdict: 'unparseable', kind: 'rss' },
    'reports a 404 as failed with its error class': { path: '/no/such/feed.xml', verdict: 'failed', kind: null, failure: 'not_found' },
  };
  for (const [name, c] of Object.entries(cases)) {
    it(name, async () => {
      const r = await probeFeed(fetcher, { url: server.url + c.path }, { now: c.now ?? now });
      expect(r.verdict, r.message).toBe(c.verdict);
      expect(r.kind).toBe(c.kind);
      if (c.failure) expect(r.failure).toBe(c.failure);
    });
  }

  it('tells the kinds apart from the first element', () => {
    const cases: Array<[string, string]> = [
      ['<?xml version="1.0"?>\n<!-- generator -->\n<rss version="2.0">', 'rss'],
      ['\uFEFF<feed xmlns="http://www.w3.org/2005/Atom">', 'atom'],
      ['<?xml version="1.0"?><rdf:RDF xmlns:rdf="…">', 'rdf'],
      ['<!DOCTYPE html><html>', 'html'],
      ['{"items": []}', 'other'],
    ];
    for (const [text, kind] of cases) expect(feedKindOf(text), text).toBe(kind);
  });

  it('lists the feeds an HTML page announces', () => {
    const html = '<html><head><link rel="alternate" type="application/rss+xml" href="/feed/"><link rel="alternate" hreflang="kk" href="/kz/"></head></html>';
    expect(discoverFeeds(html, 'https://vestisemey.kz/123/x.html')).toEqual(['https://vestisemey.kz/feed/']);
  });

  it('resolves outlet ids, feed ids and URLs, and --all takes disabled feeds too', () => {
    const config = { outlets: [
      outlet({ id: 'gp-by', feeds: [{ id: 'gp-by-ru', url: 'https://gp.by/rss.xml' }, { id: 'gp-by-be', url: 'https://gp.by/be/rss.xml', enabled: false }] }),
      outlet({ id: 'kstnews', timeZone: 'Asia/Almaty', feeds: [{ id: 'kstnews-ru', url: 'https://kstnews.kz/feed/', enabled: false }] }),
    ] };
    expect(resolveTargets(config, ['gp-by'], false).map((t) => t.id)).toEqual(['gp-by-ru', 'gp-by-be']);
    expect(resolveTargets(config, ['kstnews-ru'], false)).toMatchObject([{ id: 'kstnews-ru', timeZone: 'Asia/Almaty', enabled: false }]);
    expect(resolveTargets(config, ['https://example.kz/feed/'], false)).toMatchObject([{ id: null, url: 'https://example.kz/feed/' }]);
    expect(resolveTargets(config, [], true)).toHaveLength(3);
    expect(() => resolveTargets(config, ['nope'], false)).toThrow(/no outlet or feed 'nope'/);
  });
});
