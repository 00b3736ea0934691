import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher, matchHost, type FetcherOptions, type FetchResult } from '../../src/crawl/fetch.ts';
import { memoryLogger } from '../../src/log.ts';
import { FIXTURE_RETRY_AFTER_SEC, startFixtureServer, type FixtureServer } from '../fixtures/server.ts';

const TINY_FEED = readFileSync(new URL('../fixtures/http/faults/tiny-feed.xml', import.meta.url));

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});

// Small limits keep every failure fast; robots and delays are off unless a test is about them.
function fetcher(options: FetcherOptions = {}, log = memoryLogger()): Fetcher {
  return new Fetcher(
    { timeoutMs: 800, maxBytes: 1024 * 1024, hostDelayMs: 0, respectRobots: false, allowedHosts: ['127.0.0.1'], ...options },
    log,
  );
}

function failure(result: FetchResult): Extract<FetchResult, { kind: 'failed' }> {
  if (result.kind !== 'failed') throw new Error(`expected a failure, got ${result.kind}`);
  return result;
}

describe('Fetcher', () => {
  it('returns the body, its sha256 and the validators of a feed', async () => {
    const result = await fetcher().fetch({ url: `${server.url}/faults/tiny-feed.xml` });
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.status).toBe(200);
    expect(result.body.equals(TINY_FEED)).toBe(true);
    expect(result.bytes).toBe(TINY_FEED.length);
    expect(result.bodyHash).toBe(createHash('sha256').update(TINY_FEED).digest('hex'));
    expect(result.contentType).toBe('application/rss+xml; charset=utf-8');
    expect(result.etag).toMatch(/^".+"$/);
    expect(result.lastModified).not.toBeNull();
    expect(result.url).toBe(`${server.url}/faults/tiny-feed.xml`);
  });

  it('sends our User-Agent and Accept-Language, and decodes the gzip it asked for', async () => {
    const result = await fetcher({ acceptLanguage: 'ru' }).fetch({ url: `${server.url}/faults/tiny-feed.xml?ua` });
    const sent = server.requests.find((r) => r.path === '/faults/tiny-feed.xml?ua');
    expect(sent?.headers['user-agent']).toMatch(/^covgap\/0\.1 /);
    expect(sent?.headers['accept-language']).toBe('ru');
    expect(sent?.headers['accept-encoding']).toMatch(/gzip/);
    expect(result.kind === 'ok' && result.body.equals(TINY_FEED)).toBe(true);
  });

  it('gets 304 when the ETag still matches', async () => {
    const f = fetcher();
    const first = await f.fetch({ url: `${server.url}/faults/tiny-feed.xml` });
    if (first.kind !== 'ok') throw new Error(first.kind);
    const second = await f.fetch({ url: `${server.url}/faults/tiny-feed.xml?again`, etag: first.etag });
    expect(second).toMatchObject({ kind: 'not_modified', status: 304 });
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe(first.etag);
  });

  it('gets 304 from If-Modified-Since alone', async () => {
    const f = fetcher();
    const first = await f.fetch({ url: `${server.url}/faults/tiny-feed.xml` });
    if (first.kind !== 'ok') throw new Error(first.kind);
    const second = await f.fetch({ url: `${server.url}/faults/tiny-feed.xml`, lastModified: first.lastModified });
    expect(second.kind).toBe('not_modified');
  });

  it('reads the TTL from Cache-Control', async () => {
    server.route('/cached', (_req, res) => void res.writeHead(200, { 'cache-control': 'max-age=600' }).end('<rss/>'));
    const result = await fetcher().fetch({ url: `${server.url}/cached` });
    expect(result.kind === 'ok' && result.ttlSec).toBe(600);
  });

  it('gives up on a host that never answers after the timeout', async () => {
    const result = failure(await fetcher({ timeoutMs: 300 }).fetch({ url: `${server.url}/fault/timeout` }));
    expect(result.failure).toBe('timeout');
    expect(result.durationMs).toBeGreaterThanOrEqual(250);
    expect(result.durationMs).toBeLessThan(2000);
  });

  it('cuts a body that drips a byte at a time at the overall deadline', async () => {
    const result = failure(await fetcher({ timeoutMs: 800 }).fetch({ url: `${server.url}/fault/slow` }));
    expect(result.failure).toBe('timeout');
    expect(result.durationMs).toBeLessThan(2000);
  });

  it('reports a connection dropped mid-body as a connection failure', async () => {
    const result = failure(await fetcher().fetch({ url: `${server.url}/fault/reset` }));
    expect(result.failure).toBe('connection');
  });

  it('reports 429 as rate limited with the Retry-After seconds', async () => {
    const result = failure(await fetcher().fetch({ url: `${server.url}/fault/429` }));
    expect(result).toMatchObject({ failure: 'rate_limited', status: 429, retryAfterSec: FIXTURE_RETRY_AFTER_SEC });
  });

  it('reports 503 with Retry-After as rate limited and plain 503 as a server error', async () => {
    const f = fetcher();
    expect(failure(await f.fetch({ url: `${server.url}/fault/503?retry-after=30` }))).toMatchObject({
      failure: 'rate_limited',
      retryAfterSec: 30,
    });
    expect(failure(await f.fetch({ url: `${server.url}/fault/503` })).failure).toBe('server_error');
  });

  it('reports 500 as a server error', async () => {
    const result = failure(await fetcher().fetch({ url: `${server.url}/fault/500` }));
    expect(result).toMatchObject({ failure: 'server_error', status: 500, retryAfterSec: null });
  });

  it('reports 404 as not found', async () => {
    const result = failure(await fetcher().fetch({ url: `${server.url}/faults/no-such-feed.xml` }));
    expect(result).toMatchObject({ failure: 'not_found', status: 404 });
  });

  it('follows a redirect within the same host and reports the final URL', async () => {
    const to = encodeURIComponent('/faults/tiny-feed.xml');
    const result = await fetcher().fetch({ url: `${server.url}/fault/redirect?to=${to}&status=301` });
    expect(result).toMatchObject({ kind: 'ok', url: `${server.url}/faults/tiny-feed.xml` });
  });

  it('stops a redirect loop', async () => {
    const result = failure(await fetcher().fetch({ url: `${server.url}/fault/redirect-loop` }));
    expect(result.failure).toBe('redirect_loop');
  });

  it('stops a redirect chain longer than maxRedirects', async () => {
    const inner = `/fault/redirect?to=${encodeURIComponent('/faults/tiny-feed.xml')}`;
    const outer = `/fault/redirect?to=${encodeURIComponent(inner)}`;
    const f = fetcher({ maxRedirects: 1 });
    expect(failure(await f.fetch({ url: `${server.url}${outer}` })).failure).toBe('redirect_loop');
    expect((await fetcher({ maxRedirects: 2 }).fetch({ url: `${server.url}${outer}` })).kind).toBe('ok');
  });

  it('refuses a redirect to a host that is not allowed, naming both URLs', async () => {
    const result = failure(await fetcher().fetch({ url: `${server.url}/fault/redirect-external` }));
    expect(result.failure).toBe('redirect_refused');
    expect(result.message).toContain('https://example.com/x');
    expect(result.message).toContain(`${server.url}/fault/redirect-external`);
    // Nothing was sent to example.com: the refusal happens before the hop.
    expect(result.durationMs).toBeLessThan(500);
  });

  it('refuses a redirect to a loopback name even when a wildcard allows the domain', async () => {
    const port = new URL(server.url).port;
    const to = encodeURIComponent(`http://feeds.localhost:${port}/faults/tiny-feed.xml`);
    const f = fetcher({ allowedHosts: ['127.0.0.1', '*.localhost'] });
    const result = failure(await f.fetch({ url: `${server.url}/fault/redirect?to=${to}` }));
    expect(result.failure).toBe('redirect_refused');
    expect(result.message).toMatch(/loopback/);
  });

  it('refuses a redirect to the cloud metadata address', async () => {
    const to = encodeURIComponent('http://169.254.169.254/latest/meta-data/');
    const result = failure(await fetcher().fetch({ url: `${server.url}/fault/redirect?to=${to}` }));
    expect(result.failure).toBe('redirect_refused');
  });

  it('refuses a redirect to a non-HTTP scheme', async () => {
    const to = encodeURIComponent('file:///etc/passwd');
    const result = failure(await fetcher().fetch({ url: `${server.url}/fault/redirect?to=${to}` }));
    expect(result.failure).toBe('redirect_refused');
  });

  it('caps an endless body at maxBytes', async () => {
    const result = failure(await fetcher().fetch({ url: `${server.url}/fault/oversize` }));
    expect(result).toMatchObject({ failure: 'too_large', status: 200 });
    expect(result.message).toContain(String(1024 * 1024));
  });

  it('refuses a declared oversize body without reading it', async () => {
    const result = failure(await fetcher().fetch({ url: `${server.url}/fault/oversize?declared=1` }));
    expect(result.failure).toBe('too_large');
    expect(result.message).toMatch(/declared/);
  });

  it('caps the decoded size of a gzip bomb, not just its wire size', async () => {
    const result = failure(await fetcher({ timeoutMs: 5000 }).fetch({ url: `${server.url}/fault/gzip-bomb` }));
    expect(result.failure).toBe('too_large');
    expect(result.message).toMatch(/decoded/);
    expect(result.durationMs).toBeLessThan(2000);
  });

  it('returns what a truncated gzip stream decodes to, leaving the parser to judge it', async () => {
    // Node's fetch inflates leniently, like browsers: no error, a shorter body.
    const result = await fetcher().fetch({ url: `${server.url}/fault/truncated-gzip` });
    expect(result.kind).toBe('ok');
  });

  it('reports an empty 200 as empty_body', async () => {
    const result = failure(await fetcher().fetch({ url: `${server.url}/fault/empty` }));
    expect(result).toMatchObject({ failure: 'empty_body', status: 200 });
  });

  it('recognises a Cloudflare challenge', async () => {
    const result = failure(await fetcher().fetch({ url: `${server.url}/fault/challenge` }));
    expect(result).toMatchObject({ failure: 'challenge', status: 403 });
    expect(result.message).toMatch(/browser/);
  });

  it('refuses a URL robots.txt disallows, reading robots.txt once per host', async () => {
    const f = fetcher({ respectRobots: true });
    const before = server.requests.filter((r) => r.path === '/robots.txt').length;
    const result = failure(await f.fetch({ url: `${server.url}/private/feed.xml` }));
    expect(result.failure).toBe('robots_disallowed');
    expect(result.message).toContain('/private/feed.xml');
    expect((await f.fetch({ url: `${server.url}/faults/tiny-feed.xml` })).kind).toBe('ok');
    expect(server.requests.filter((r) => r.path === '/robots.txt').length - before).toBe(1);
    expect(server.requests.some((r) => r.path === '/private/feed.xml')).toBe(false);
  });

  it('allows everything when robots.txt is missing', async () => {
    const other = await startFixtureServer();
    try {
      other.route('/robots.txt', (_req, res) => void res.writeHead(404).end());
      const result = await fetcher({ respectRobots: true }).fetch({ url: `${other.url}/faults/tiny-feed.xml` });
      expect(result.kind).toBe('ok');
    } finally {
      await other.close();
    }
  });

  it('allows everything and warns when robots.txt cannot be read', async () => {
    const other = await startFixtureServer();
    const log = memoryLogger();
    try {
      other.route('/robots.txt', () => undefined); // never answers
      const f = fetcher({ respectRobots: true, robotsTimeoutMs: 200 }, log);
      expect((await f.fetch({ url: `${other.url}/faults/tiny-feed.xml` })).kind).toBe('ok');
    } finally {
      await other.close();
    }
    expect(log.lines.some((l) => l.includes('"level":"warn"') && l.includes('robots.txt'))).toBe(true);
  });

  it('spaces request starts to one host by at least the host delay', async () => {
    const delay = 150;
    // Warm up on another Fetcher: Node loads undici on the first fetch (~100 ms), which would
    // delay the first arrival and shrink the first measured gap.
    await fetcher().fetch({ url: `${server.url}/faults/tiny-feed.xml?warm-up` });
    const f = fetcher({ hostDelayMs: delay });
    const start = server.requests.length;
    const results = await Promise.all(
      [1, 2, 3].map((i) => f.fetch({ url: `${server.url}/faults/tiny-feed.xml?delay=${i}` })),
    );
    expect(results.map((r) => r.kind)).toEqual(['ok', 'ok', 'ok']);
    const at = server.requests.slice(start).map((r) => r.at);
    expect(at).toHaveLength(3);
    // The fetcher spaces the moments it sends; the server sees arrivals, which under a loaded
    // parallel test run lag by a few ms more or less each. Unspaced requests arrive ~1 ms apart,
    // so a 25 ms allowance still tells spacing from none.
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(delay - 25);
  });

  it('does not make one host wait for another', async () => {
    const other = await startFixtureServer();
    try {
      const f = fetcher({ hostDelayMs: 1000 });
      const started = performance.now();
      const results = await Promise.all([
        f.fetch({ url: `${server.url}/faults/tiny-feed.xml` }),
        f.fetch({ url: `${other.url}/faults/tiny-feed.xml` }),
      ]);
      expect(results.map((r) => r.kind)).toEqual(['ok', 'ok']);
      expect(performance.now() - started).toBeLessThan(800);
    } finally {
      await other.close();
    }
  });

  it('names the URL and the module in every failure message', async () => {
    const url = `${server.url}/fault/500?x=1`;
    const result = failure(await fetcher().fetch({ url }));
    expect(result.message.startsWith('fetch: ')).toBe(true);
    expect(result.message).toContain(url);
  });

  it('refuses a non-HTTP URL without a request', async () => {
    const result = failure(await fetcher().fetch({ url: 'ftp://example.com/feed.xml' }));
    expect(result.failure).toBe('client_error');
    expect(result.message).toMatch(/^fetch: .*ftp:\/\/example\.com\/feed\.xml/);
  });

  it('reports a refused connection as a connection failure', async () => {
    const gone = await startFixtureServer();
    const url = `${gone.url}/faults/tiny-feed.xml`;
    await gone.close();
    expect(failure(await fetcher().fetch({ url })).failure).toBe('connection');
  });
});

describe('matchHost', () => {
  it.each([
    ['www.belta.by', ['*.belta.by'], 'wildcard'],
    ['belta.by', ['*.belta.by'], 'wildcard'],
    ['evilbelta.by', ['*.belta.by'], null],
    ['WWW.INFORM.KZ', ['www.inform.kz'], 'exact'],
    ['127.0.0.1', ['127.0.0.1'], 'exact'],
    ['example.com', ['*.belta.by', 'www.inform.kz'], null],
  ] as const)('%s against %j is %s', (host, allowed, expected) => {
    expect(matchHost(host, allowed)).toBe(expected);
  });
});
