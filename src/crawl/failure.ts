/**
 * The closed set of reasons a fetch (or the decode/parse after it) failed, and what the
 * scheduler does about each. This is the only file that knows HTTP status codes and Node/undici
 * error codes; everything else speaks in `FailureKind`, which goes into `fetches.error_class`
 * word for word (miniflux `fetcher/response_handler.go`, crawlee's error classes).
 */
export type FailureKind =
  | 'timeout'
  | 'dns'
  | 'tls'
  | 'connection'
  | 'rate_limited'
  | 'forbidden'
  | 'not_found'
  | 'server_error'
  | 'client_error'
  | 'too_large'
  | 'empty_body'
  | 'challenge'
  | 'redirect_refused'
  | 'redirect_loop'
  | 'robots_disallowed'
  | 'bad_encoding'
  | 'unparseable';

export const FAILURE_KINDS: readonly FailureKind[] = Object.freeze([
  'timeout',
  'dns',
  'tls',
  'connection',
  'rate_limited',
  'forbidden',
  'not_found',
  'server_error',
  'client_error',
  'too_large',
  'empty_body',
  'challenge',
  'redirect_refused',
  'redirect_loop',
  'robots_disallowed',
  'bad_encoding',
  'unparseable',
]);

/** What the scheduler does after a failure; see `policyOf`. */
export type FailurePolicy = 'retry_later' | 'count' | 'keep_slow' | 'fatal';

/** How the fetcher treats a response status before looking at the body. */
export type StatusRole = 'content' | 'not_modified' | 'redirect' | 'error';

/** Headers as the fetcher has them (`Headers`) or as a plain record (tests, stored fetches). */
export type HeaderSource =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

const POLICY: Readonly<Record<FailureKind, FailurePolicy>> = Object.freeze({
  /** Slow host or filtering that drops packets: often transient, so count and back off. */
  timeout: 'count',
  /** Resolver hiccups are common; a domain that is really gone shows as a rising score. */
  dns: 'count',
  /** Expired or mismatched certificates get fixed by the site; count until they are. */
  tls: 'count',
  /** Refused or reset connections, cut bodies, corrupt compression: transient network trouble. */
  connection: 'count',
  /** The host asked us to slow down (429, or 503 with Retry-After): its fault, not the feed's. */
  rate_limited: 'retry_later',
  /** 401/403/451: geo or datacenter blocking will not lift within minutes; poll rarely. */
  forbidden: 'keep_slow',
  /** 404/410: the feed moved or died; a human must update the URL, keep probing rarely. */
  not_found: 'keep_slow',
  /** 5xx without Retry-After: the site is broken for now; count and back off. */
  server_error: 'count',
  /** Other 4xx or a request we could not even make (bad scheme): retrying soon will not help. */
  client_error: 'keep_slow',
  /** The body is over our cap; it will stay over it until the cap or the feed changes. */
  too_large: 'keep_slow',
  /** A 200 with no bytes is usually a half-deployed or overloaded server: count it. */
  empty_body: 'count',
  /** Cloudflare-style human check (cn.inform.kz, sources §2.6): plain HTTP cannot pass it. */
  challenge: 'keep_slow',
  /** Redirect to a host we were not told about, a private address or a non-HTTP scheme. */
  redirect_refused: 'keep_slow',
  /** A redirect cycle or a chain longer than the limit: a site misconfiguration. */
  redirect_loop: 'keep_slow',
  /** The site's robots.txt forbids the URL; robots files change rarely. */
  robots_disallowed: 'keep_slow',
  /** Bytes that no declared or sniffed charset decodes (decode stage). */
  bad_encoding: 'keep_slow',
  /** Not a feed or article we can read, e.g. HTML where XML was expected (parse stage). */
  unparseable: 'keep_slow',
});

/**
 * What happens next for a failure kind. `retry_later`: honour Retry-After, count nothing.
 * `count`: raise the failure score and back off. `keep_slow`: poll rarely, never disable.
 * `fatal`: stop the whole run; no fetch failure is fatal, only the orchestrator's own errors
 * (database gone) are, so the policy exists for its callers.
 */
export function policyOf(kind: FailureKind): FailurePolicy {
  return POLICY[kind];
}

const HINT: Readonly<Partial<Record<FailureKind, string>>> = Object.freeze({
  timeout: 'the host may be slow or filtering this network, raise the crawl timeout or try another egress',
  dns: 'check the host name in the source URL',
  tls: "the site's certificate is invalid for this host, wait for the site to fix it",
  rate_limited: 'we are polling too often, raise the host delay or the poll interval',
  forbidden: 'the host may block datacenter or foreign IPs, try a BY/KZ egress',
  not_found: 'the feed may have moved, update the source URL',
  too_large: 'raise the crawl body size limit if the resource is legitimately this large',
  challenge: 'plain HTTP cannot pass an anti-bot challenge, this source needs a headed-browser fallback',
  redirect_refused: "add the target host to the source's hosts if the move is legitimate",
  redirect_loop: 'open the URL in a browser to see where it leads and update the source URL',
  robots_disallowed: 'drop this URL from the source or ask the site for permission',
});

/** The fix to append to a failure message, when there is a generic one. */
export function failureHint(kind: FailureKind): string | null {
  return HINT[kind] ?? null;
}

/** Whether a status means content, "use your copy", a redirect to follow, or a failure. */
export function statusRole(status: number): StatusRole {
  if (status >= 200 && status < 300) return 'content';
  if (status === 304) return 'not_modified';
  // 300, 305 (use proxy) and 306 are not followed: browsers do not either, and 305 is a hazard.
  if (status === 301 || status === 302 || status === 303 || status === 307 || status === 308) {
    return 'redirect';
  }
  return 'error';
}

/**
 * The failure a response status stands for, or null when the status is not one (2xx, 304, a
 * followable redirect). `bodySnippet` is the start of the error body, used to spot challenge
 * pages that lack the `cf-mitigated` header.
 */
export function classifyStatus(
  status: number,
  headers: HeaderSource,
  bodySnippet = '',
): FailureKind | null {
  const role = statusRole(status);
  if (role !== 'error') return null;
  if (status >= 300 && status < 400) return 'redirect_refused';
  if (isChallenge(status, headers, bodySnippet)) return 'challenge';
  if (status === 429) return 'rate_limited';
  // 503 + Retry-After is planned maintenance or load shedding, i.e. "come back later" (RFC 9110 §15.6.4).
  if (status === 503 && headerOf(headers, 'retry-after') !== null) return 'rate_limited';
  if (status === 401 || status === 403 || status === 407 || status === 451) return 'forbidden';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 408) return 'timeout';
  if (status === 413) return 'too_large';
  if (status >= 400 && status < 500) return 'client_error';
  return 'server_error';
}

const CHALLENGE_MARKERS = [
  'just a moment...',
  'cf-chl-',
  '/cdn-cgi/challenge-platform/',
  'cf_chl_opt',
  'attention required! | cloudflare',
  'ddos-guard',
];

// Cloudflare marks managed challenges with `cf-mitigated: challenge` on 403 (its docs, "Detect a
// challenge page response"); older interstitials and DDoS-Guard only show in the HTML.
function isChallenge(status: number, headers: HeaderSource, body: string): boolean {
  if (status !== 403 && status !== 503 && status !== 429) return false;
  if (headerOf(headers, 'cf-mitigated')?.toLowerCase() === 'challenge') return true;
  const text = body.slice(0, 16_384).toLowerCase();
  return CHALLENGE_MARKERS.some((m) => text.includes(m));
}

function headerOf(headers: HeaderSource, name: string): string | null {
  if (typeof headers.get === 'function') {
    return (headers as { get(name: string): string | null }).get(name);
  }
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  if (value === undefined) return null;
  return typeof value === 'string' ? value : value.join(', ');
}

const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
]);
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA', 'ENODATA']);
const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
]);
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_DESTROYED',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  'Z_BUF_ERROR',
  'Z_DATA_ERROR',
  'ERR_STREAM_PREMATURE_CLOSE',
]);
const TOO_LARGE_CODES = new Set(['UND_ERR_RESPONSE_EXCEEDED_MAX_SIZE', 'UND_ERR_HEADERS_OVERFLOW']);
const CLIENT_CODES = new Set(['ERR_INVALID_URL', 'ERR_INVALID_ARG_TYPE', 'ERR_INVALID_ARG_VALUE', 'UND_ERR_INVALID_ARG']);

/**
 * The kind of a thrown fetch error. Node's `fetch` throws `TypeError('fetch failed')` with the
 * real error (and its `code`) in `cause`, sometimes an AggregateError of one per address, so
 * the whole cause chain is searched, most specific evidence first. Unknown errors count as
 * `connection`: that is what an unrecognised `fetch failed` almost always is.
 */
export function classifyError(err: unknown): FailureKind {
  const chain = causeChain(err);
  for (const e of chain) {
    const name = typeof e.name === 'string' ? e.name : '';
    const code = typeof e.code === 'string' ? e.code : '';
    if (name === 'TimeoutError' || name === 'AbortError' || TIMEOUT_CODES.has(code)) return 'timeout';
    if (DNS_CODES.has(code)) return 'dns';
    if (TLS_CODES.has(code) || code.startsWith('CERT_') || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_')) {
      return 'tls';
    }
    if (TOO_LARGE_CODES.has(code)) return 'too_large';
    if (CLIENT_CODES.has(code)) return 'client_error';
  }
  for (const e of chain) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (CONNECTION_CODES.has(code)) return 'connection';
  }
  const message = chain.map((e) => (typeof e.message === 'string' ? e.message : '')).join(' | ');
  // undici rejects bad requests before any I/O: "bad port", credentials in the URL, bad schemes.
  if (/bad port|includes credentials|invalid url|unknown scheme|not supported/i.test(message)) {
    return 'client_error';
  }
  return 'connection';
}

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

function causeChain(err: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  const queue: unknown[] = [err];
  // A bounded walk: causes can be cyclic in hand-made errors.
  while (queue.length > 0 && out.length < 16) {
    const e = queue.shift();
    if (e === null || typeof e !== 'object' || out.includes(e as ErrorLike)) continue;
    const like = e as ErrorLike;
    out.push(like);
    if (like.cause !== undefined) queue.push(like.cause);
    if (Array.isArray(like.errors)) queue.push(...(like.errors as unknown[]));
  }
  return out;
}
