/**
 * One polite HTTP GET per call: conditional headers, an overall deadline, a cap on decoded
 * bytes, redirects followed by hand (only to allowed hosts), robots.txt and a per-host delay.
 * It never throws: every outcome is a `FetchResult`, every failure a `FailureKind`.
 * The rest of crawl/ is pure; this file and `report/deliver.ts` are the only network code.
 */
import { createHash } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { toError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { classifyError, classifyStatus, failureHint, statusRole, type FailureKind } from './failure.ts';
import { ALLOW_ALL, crawlDelayOf, isAllowed, parseRobots, type Robots } from './robots.ts';
import { parseCacheTtl, parseRetryAfter } from './schedule.ts';

export const DEFAULT_USER_AGENT = 'covgap/0.1 (+https://github.com/covgap/covgap; media research)';

export interface FetcherOptions {
  /** Sent as User-Agent; its first word (`covgap`) is the robots.txt product token. */
  userAgent?: string;
  /** Deadline for the whole exchange: redirects, headers and body. Default 20 000. */
  timeoutMs?: number;
  /** Cap on the decoded body (after gzip/br), so a compression bomb is caught. Default 5 MiB. */
  maxBytes?: number;
  /** Redirect hops followed before `redirect_loop`. Default 5. */
  maxRedirects?: number;
  /**
   * Hosts a redirect may lead to besides the request's own host: the hosts of configured
   * sources. `*.belta.by` matches belta.by and every subdomain. A wildcard never licenses a
   * private or loopback address; only an exact entry (`127.0.0.1` in tests) does.
   */
  allowedHosts?: readonly string[];
  /** Minimum gap between request starts to one host; requests to a host run one at a time. Default 2000. */
  hostDelayMs?: number;
  /** Fetch /robots.txt once per origin (re-read daily) and refuse what it disallows. Default true. */
  respectRobots?: boolean;
  /** Deadline for a robots.txt fetch; on failure everything is allowed. Default 5000. */
  robotsTimeoutMs?: number;
  /** Default `ru,en;q=0.8`: the agencies serve their Russian editions to `ru` (sources §5.10). */
  acceptLanguage?: string;
}

export interface FetchRequest {
  url: string;
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchResult =
  | {
      kind: 'ok';
      status: number;
      /** Final URL after redirects. */
      url: string;
      contentType: string | null;
      body: Buffer;
      etag: string | null;
      lastModified: string | null;
      /** sha256 hex of the body, to spot unchanged feeds whose server ignores conditional GETs. */
      bodyHash: string;
      bytes: number;
      durationMs: number;
      /** From Cache-Control max-age or Expires; see `parseCacheTtl`. */
      ttlSec: number | null;
    }
  | { kind: 'not_modified'; status: 304; url: string; durationMs: number }
  | {
      kind: 'failed';
      failure: FailureKind;
      status: number | null;
      /** The URL of the hop that failed. */
      url: string;
      /** Starts with `fetch: `, names the URL and, when there is one, the fix. */
      message: string;
      retryAfterSec: number | null;
      durationMs: number;
    };

type Failed = Extract<FetchResult, { kind: 'failed' }>;

const ROBOTS_MAX_BYTES = 512 * 1024; // RFC 9309 §2.5: parse at least 500 KiB
const ROBOTS_TTL_MS = 24 * 3600 * 1000; // RFC 9309 §2.4: do not cache longer than 24 h
const MAX_CRAWL_DELAY_MS = 30_000;
const ERROR_SNIPPET_BYTES = 16 * 1024;
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';

/** Fetches one URL per call; holds per-host politeness state and the robots.txt cache. */
export class Fetcher {
  readonly #log: Logger;
  readonly #userAgent: string;
  readonly #token: string;
  readonly #timeoutMs: number;
  readonly #maxBytes: number;
  readonly #maxRedirects: number;
  readonly #allowedHosts: readonly string[];
  readonly #hostDelayMs: number;
  readonly #respectRobots: boolean;
  readonly #robotsTimeoutMs: number;
  readonly #acceptLanguage: string;
  readonly #hosts = new Map<string, HostState>();
  readonly #robots = new Map<string, { loadedAt: number; robots: Promise<Robots> }>();

  constructor(options: FetcherOptions, log: Logger) {
    this.#log = log;
    this.#userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    this.#token = /^[^\s/]+/.exec(this.#userAgent)?.[0] ?? 'covgap';
    this.#timeoutMs = options.timeoutMs ?? 20_000;
    this.#maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
    this.#maxRedirects = options.maxRedirects ?? 5;
    this.#allowedHosts = options.allowedHosts ?? [];
    this.#hostDelayMs = options.hostDelayMs ?? 2000;
    this.#respectRobots = options.respectRobots ?? true;
    this.#robotsTimeoutMs = options.robotsTimeoutMs ?? 5000;
    this.#acceptLanguage = options.acceptLanguage ?? 'ru,en;q=0.8';
  }

  /** One GET of `req.url`, conditional when `etag`/`lastModified` are given. Never throws. */
  async fetch(req: FetchRequest): Promise<FetchResult> {
    const url = parseHttpUrl(req.url);
    if (typeof url === 'string') return this.#failed('client_error', req.url, null, url, performance.now());

    const release = await this.#acquire(url.host);
    let started = performance.now();
    const deadline = new Deadline(this.#timeoutMs);
    let current = url;
    try {
      if (!(await this.#robotsAllow(url))) return this.#disallowed(url, started);
      await this.#spaceStart(url.host);
      // The clock starts at the first byte we send: waiting our turn is not the host's slowness.
      started = performance.now();
      deadline.start();
      const seen = new Set([url.href]);
      for (let hop = 0; ; hop++) {
        if (hop > 0) {
          if (!(await raceAbort(this.#robotsAllow(current), deadline.signal))) {
            return this.#disallowed(current, started);
          }
          this.#markStart(current.host);
        }
        const init: RequestInit = { method: 'GET', headers: this.#headers(req), redirect: 'manual', signal: deadline.signal };
        const res = await fetch(current, init).catch((err: unknown) => {
          if (!staleKeepAlive(err) || deadline.signal.aborted) throw err;
          return fetch(current, init);
        });
        const role = statusRole(res.status);
        if (role === 'redirect') {
          await discard(res);
          const next = await this.#nextHop(current, res.headers.get('location'), seen, hop, deadline.signal);
          if (!(next instanceof URL)) return this.#failed(next.kind, current.href, res.status, next.detail, started);
          seen.add(next.href);
          current = next;
          continue;
        }
        if (role === 'not_modified') {
          await discard(res);
          return this.#done({ kind: 'not_modified', status: 304, url: current.href, durationMs: since(started) });
        }
        if (role === 'content') return await this.#content(res, current, deadline, started);
        return await this.#errorResponse(res, current, deadline, started);
      }
    } catch (thrown) {
      const err = toError(thrown);
      const kind = deadline.timedOut ? 'timeout' : classifyError(err);
      const detail =
        kind === 'timeout' ? `no complete response within ${seconds(this.#timeoutMs)}` : describeError(err);
      return this.#failed(kind, current.href, null, detail, started);
    } finally {
      deadline.dispose();
      release();
    }
  }

  #headers(req: FetchRequest): Record<string, string> {
    const headers: Record<string, string> = {
      'user-agent': this.#userAgent,
      accept: ACCEPT,
      'accept-language': this.#acceptLanguage,
    };
    if (req.etag) headers['if-none-match'] = req.etag;
    if (req.lastModified) headers['if-modified-since'] = req.lastModified;
    return headers;
  }

  async #content(res: Response, url: URL, deadline: Deadline, started: number): Promise<FetchResult> {
    const declared = Number(res.headers.get('content-length') ?? NaN);
    const encoded = (res.headers.get('content-encoding') ?? 'identity') !== 'identity';
    // Without compression the declared length is the decoded length: refuse before reading.
    if (!encoded && declared > this.#maxBytes) {
      deadline.cancel();
      return this.#tooLarge(url, res.status, `declared ${declared} bytes`, started);
    }
    const { bytes, over } = await readCapped(res.body, this.#maxBytes);
    if (over) {
      deadline.cancel(); // drop the connection rather than let it drain the rest
      return this.#tooLarge(url, res.status, `more than ${this.#maxBytes} bytes (decoded)`, started);
    }
    if (bytes.length === 0) return this.#failed('empty_body', url.href, res.status, 'no bytes in the body', started);
    const now = new Date();
    return this.#done({
      kind: 'ok',
      status: res.status,
      url: url.href,
      contentType: res.headers.get('content-type'),
      body: bytes,
      etag: res.headers.get('etag'),
      lastModified: res.headers.get('last-modified'),
      bodyHash: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      durationMs: since(started),
      ttlSec: parseCacheTtl(
        {
          cacheControl: res.headers.get('cache-control'),
          expires: res.headers.get('expires'),
          date: res.headers.get('date'),
        },
        now,
      ),
    });
  }

  async #errorResponse(res: Response, url: URL, deadline: Deadline, started: number): Promise<FetchResult> {
    // Challenge pages are recognised by their HTML too, so look at the start of the body. A
    // body that breaks off does not matter: the status alone still classifies the response.
    const { bytes, over } = await readCapped(res.body, ERROR_SNIPPET_BYTES).catch(() => ({
      bytes: Buffer.alloc(0),
      over: true,
    }));
    if (over) deadline.cancel();
    const kind = classifyStatus(res.status, res.headers, bytes.toString('utf8')) ?? 'server_error';
    const retryAfterSec = parseRetryAfter(res.headers.get('retry-after'), new Date());
    const detail = retryAfterSec === null ? '' : `retry after ${retryAfterSec} s`;
    return this.#failed(kind, url.href, res.status, detail, started, retryAfterSec);
  }

  async #nextHop(
    from: URL,
    location: string | null,
    seen: ReadonlySet<string>,
    hop: number,
    signal: AbortSignal,
  ): Promise<URL | { kind: FailureKind; detail: string }> {
    if (!location) return { kind: 'redirect_refused', detail: 'redirect without a Location header' };
    let to: URL;
    try {
      to = new URL(location, from);
    } catch {
      return { kind: 'redirect_refused', detail: `redirect to an invalid URL ${JSON.stringify(location)}` };
    }
    if (seen.has(to.href)) return { kind: 'redirect_loop', detail: `redirect back to ${to.href}` };
    if (hop + 1 > this.#maxRedirects) {
      return { kind: 'redirect_loop', detail: `more than ${this.#maxRedirects} redirects, last to ${to.href}` };
    }
    const refusal = await this.#refusal(from, to, signal);
    return refusal === null ? to : { kind: 'redirect_refused', detail: `redirect to ${to.href}: ${refusal}` };
  }

  /** Why a redirect from `from` to `to` may not be followed, or null when it may. */
  async #refusal(from: URL, to: URL, signal: AbortSignal): Promise<string | null> {
    if (to.protocol !== 'http:' && to.protocol !== 'https:') return `scheme ${to.protocol} is not http(s)`;
    if (to.username || to.password) return 'the target URL carries credentials';
    const host = bareHost(to.hostname);
    if (host === bareHost(from.hostname)) return null;
    const match = matchHost(host, this.#allowedHosts);
    if (match === null) return `host ${host} is not among the allowed hosts`;
    if (match === 'exact') return null;
    // Only wildcard matches get here: a sub-domain must not lead us into a private network.
    if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is a loopback name`;
    if (isIP(host) !== 0) return isPrivateAddress(host) ? `${host} is a private address` : null;
    const addresses = await raceAbort(lookup(host, { all: true }), signal).catch(() => []);
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    // A lookup failure is left to fetch, which then fails as `dns` with the resolver's words.
    return bad ? `${host} resolves to the private address ${bad.address}` : null;
  }

  async #robotsAllow(url: URL): Promise<boolean> {
    if (!this.#respectRobots) return true;
    const path = url.pathname + url.search;
    return isAllowed(await this.#robotsFor(url), this.#token, path);
  }

  #robotsFor(url: URL): Promise<Robots> {
    const cached = this.#robots.get(url.origin);
    if (cached && Date.now() - cached.loadedAt < ROBOTS_TTL_MS) return cached.robots;
    const robots = this.#loadRobots(url);
    this.#robots.set(url.origin, { loadedAt: Date.now(), robots });
    return robots;
  }

  // Never rejects: robots.txt is advice about politeness, and failing to read it must not stop
  // the crawl. RFC 9309 would treat 5xx as "disallow all"; we log it instead (covgap's rule).
  async #loadRobots(site: URL): Promise<Robots> {
    let url = new URL('/robots.txt', site);
    const deadline = new Deadline(Math.min(this.#robotsTimeoutMs, this.#timeoutMs));
    try {
      await this.#spaceStart(site.host);
      deadline.start();
      const seen = new Set([url.href]);
      for (let hop = 0; ; hop++) {
        if (hop > 0) this.#markStart(url.host);
        const res = await fetch(url, {
          headers: { 'user-agent': this.#userAgent, accept: 'text/plain, */*;q=0.5' },
          redirect: 'manual',
          signal: deadline.signal,
        });
        const role = statusRole(res.status);
        if (role === 'redirect') {
          await discard(res);
          const next = await this.#nextHop(url, res.headers.get('location'), seen, hop, deadline.signal);
          if (!(next instanceof URL)) return this.#robotsUnreadable(site, `${next.kind}: ${next.detail}`);
          seen.add(next.href);
          url = next;
          continue;
        }
        if (role === 'content') {
          // Past the cap we parse what we have, as RFC 9309 §2.5 allows.
          const { bytes } = await readCapped(res.body, ROBOTS_MAX_BYTES);
          deadline.cancel();
          const robots = parseRobots(bytes.toString('utf8'));
          const delaySec = crawlDelayOf(robots, this.#token);
          this.#hostState(site.host).crawlDelayMs = Math.min(MAX_CRAWL_DELAY_MS, (delaySec ?? 0) * 1000);
          this.#log.debug('fetch: robots.txt read', { url: url.href, groups: robots.groups.length });
          return robots;
        }
        await discard(res);
        // 4xx means "no robots.txt": everything is allowed (RFC 9309 §2.3.1.3).
        if (res.status >= 400 && res.status < 500) return ALLOW_ALL;
        return this.#robotsUnreadable(site, `HTTP ${res.status}`);
      }
    } catch (thrown) {
      const err = toError(thrown);
      const why = deadline.timedOut ? `timeout after ${seconds(this.#robotsTimeoutMs)}` : describeError(err);
      return this.#robotsUnreadable(site, why);
    } finally {
      deadline.dispose();
    }
  }

  #robotsUnreadable(site: URL, why: string): Robots {
    this.#log.warn(`fetch: cannot read ${site.origin}/robots.txt (${why}); treating everything as allowed`, {
      host: site.host,
    });
    return ALLOW_ALL;
  }

  #hostState(host: string): HostState {
    let state = this.#hosts.get(host);
    if (!state) {
      state = { tail: Promise.resolve(), lastStart: -Infinity, crawlDelayMs: 0 };
      this.#hosts.set(host, state);
    }
    return state;
  }

  /** Waits for earlier requests to `host` to finish; returns the function that lets the next one in. */
  async #acquire(host: string): Promise<() => void> {
    const state = this.#hostState(host);
    const previous = state.tail;
    let release!: () => void;
    state.tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    return release;
  }

  /** Waits until `host` has rested for the delay since the last request start, then marks a start. */
  async #spaceStart(host: string): Promise<void> {
    const state = this.#hostState(host);
    const delay = Math.max(this.#hostDelayMs, state.crawlDelayMs);
    const wait = state.lastStart + delay - performance.now();
    if (wait > 0) await sleep(wait);
    state.lastStart = performance.now();
  }

  // Redirect hops go at once (a redirect is part of one request, as in browsers) but still
  // count as a start, so the next request to that host waits.
  #markStart(host: string): void {
    this.#hostState(host).lastStart = performance.now();
  }

  #disallowed(url: URL, started: number): FetchResult {
    const detail = `robots.txt of ${url.origin} disallows ${url.pathname}${url.search} for ${this.#token}`;
    return this.#failed('robots_disallowed', url.href, null, detail, started);
  }

  #tooLarge(url: URL, status: number, detail: string, started: number): FetchResult {
    return this.#failed('too_large', url.href, status, detail, started);
  }

  #failed(
    failure: FailureKind,
    url: string,
    status: number | null,
    detail: string,
    started: number,
    retryAfterSec: number | null = null,
  ): Failed {
    const what = `${failure}${status === null ? '' : ` (HTTP ${status})`}${detail ? `: ${detail}` : ''}`;
    const hint = failureHint(failure);
    const message = `fetch: ${what} at ${url}${hint ? `; ${hint}` : ''}`;
    return this.#done({ kind: 'failed', failure, status, url, message, retryAfterSec, durationMs: since(started) });
  }

  #done<R extends FetchResult>(result: R): R {
    if (result.kind === 'failed') {
      this.#log.debug(result.message, { url: result.url, failure: result.failure, status: result.status });
    } else {
      this.#log.debug(`fetch: ${result.kind}`, { url: result.url, status: result.status, ms: result.durationMs });
    }
    return result;
  }
}

/**
 * `exact` when `host` is listed as is, `wildcard` when a `*.domain` entry covers it (the
 * domain itself included), null otherwise. Exported for callers that vet article links.
 */
export function matchHost(host: string, allowed: readonly string[]): 'exact' | 'wildcard' | null {
  const h = bareHost(host.toLowerCase());
  const patterns = allowed.map((a) => bareHost(a.trim().toLowerCase()));
  if (patterns.includes(h)) return 'exact';
  const covered = patterns.some((pattern) => {
    if (!pattern.startsWith('*.')) return false;
    const domain = pattern.slice(2);
    return h === domain || h.endsWith('.' + domain);
  });
  return covered ? 'wildcard' : null;
}

interface HostState {
  /** Settles when the latest queued request to this host is done. */
  tail: Promise<void>;
  lastStart: number;
  crawlDelayMs: number;
}

/** One AbortController whose timer starts on demand and can tell a timeout from our own cancel. */
class Deadline {
  readonly #controller = new AbortController();
  readonly #ms: number;
  #timer: NodeJS.Timeout | undefined;
  timedOut = false;

  constructor(ms: number) {
    this.#ms = ms;
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  start(): void {
    this.#timer = setTimeout(() => {
      this.timedOut = true;
      this.#controller.abort(new DOMException(`deadline of ${this.#ms} ms passed`, 'TimeoutError'));
    }, this.#ms);
  }

  cancel(): void {
    this.#controller.abort(new DOMException('request no longer needed', 'AbortError'));
  }

  dispose(): void {
    clearTimeout(this.#timer);
  }
}

/** Reads a body up to `cap` decoded bytes; past it, cancels the stream and reports `over`. */
async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  cap: number,
): Promise<{ bytes: Buffer; over: boolean }> {
  if (body === null) return { bytes: Buffer.alloc(0), over: false };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total + value.byteLength > cap) {
      chunks.push(value.subarray(0, cap - total));
      await reader.cancel().catch(() => undefined);
      return { bytes: Buffer.concat(chunks), over: true };
    }
    chunks.push(value);
    total += value.byteLength;
  }
  return { bytes: Buffer.concat(chunks), over: false };
}

async function discard(res: Response): Promise<void> {
  await res.body?.cancel().catch(() => undefined);
}

function parseHttpUrl(raw: string): URL | string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `not a valid URL ${JSON.stringify(raw)}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `unsupported scheme ${url.protocol} (only http and https are fetched)`;
  }
  if (url.username || url.password) return 'credentials in the URL are not sent';
  return url;
}

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata endpoints
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3], // multicast and reserved
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 127], // unspecified and loopback
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv6');
}

// BlockList also matches IPv4-mapped IPv6 (::ffff:127.0.0.1) against the IPv4 subnets.
function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return PRIVATE.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

function bareHost(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/**
 * The server closed a reused keep-alive socket just as we sent on it (undici: "other side
 * closed" before any response byte). A GET is safe to send again once, on a new socket, as
 * browsers do. Seen after a long store between two requests to one host: the server's idle
 * timeout (Node: 5 s) beat the client's (test/reliability/process-faults.test.ts).
 */
function staleKeepAlive(thrown: unknown): boolean {
  const cause = (thrown as { cause?: { code?: unknown } } | null)?.cause;
  return cause?.code === 'UND_ERR_SOCKET';
}

function describeError(err: Error): string {
  const cause = err.cause instanceof Error ? err.cause : null;
  const code = (cause as { code?: unknown } | null)?.code ?? (err as { code?: unknown }).code;
  const text = cause ? `${err.message}: ${cause.message}` : err.message;
  return typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text;
}

function since(started: number): number {
  return Math.round(performance.now() - started);
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
