import { describe, expect, it } from 'vitest';
import {
  classifyError,
  classifyStatus,
  FAILURE_KINDS,
  failureHint,
  policyOf,
  statusRole,
  type FailureKind,
} from '../../src/crawl/failure.ts';

// Shaped like what Node's fetch throws: TypeError('fetch failed') with the real error in `cause`.
function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}
function coded(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

describe('classifyError', () => {
  const cases: Array<[string, unknown, FailureKind]> = [
    ['an AbortSignal.timeout rejection is a timeout', new DOMException('aborted due to timeout', 'TimeoutError'), 'timeout'],
    ['an AbortError is a timeout (we only abort on deadlines)', new DOMException('aborted', 'AbortError'), 'timeout'],
    ['undici connect timeout in cause is a timeout', fetchFailed(coded('UND_ERR_CONNECT_TIMEOUT')), 'timeout'],
    ['undici headers timeout in cause is a timeout', fetchFailed(coded('UND_ERR_HEADERS_TIMEOUT')), 'timeout'],
    ['undici body timeout in cause is a timeout', fetchFailed(coded('UND_ERR_BODY_TIMEOUT')), 'timeout'],
    ['ENOTFOUND is dns', fetchFailed(coded('ENOTFOUND', 'getaddrinfo ENOTFOUND nowhere.invalid')), 'dns'],
    ['EAI_AGAIN is dns', fetchFailed(coded('EAI_AGAIN')), 'dns'],
    ['an expired certificate is tls', fetchFailed(coded('CERT_HAS_EXPIRED')), 'tls'],
    ['a self-signed certificate is tls', fetchFailed(coded('DEPTH_ZERO_SELF_SIGNED_CERT')), 'tls'],
    ['an OpenSSL protocol error is tls', fetchFailed(coded('ERR_SSL_WRONG_VERSION_NUMBER')), 'tls'],
    ['a wrong host name on the certificate is tls', fetchFailed(coded('ERR_TLS_CERT_ALTNAME_INVALID')), 'tls'],
    ['ECONNREFUSED is connection', fetchFailed(coded('ECONNREFUSED')), 'connection'],
    ['ECONNRESET is connection', fetchFailed(coded('ECONNRESET')), 'connection'],
    ['a body cut mid-stream ("terminated") is connection', new TypeError('terminated', { cause: coded('UND_ERR_SOCKET') }), 'connection'],
    [
      'an AggregateError of refused addresses is connection',
      fetchFailed(new AggregateError([coded('ECONNREFUSED'), coded('ECONNREFUSED')])),
      'connection',
    ],
    ['a dns error deep in the chain wins over the generic wrapper', fetchFailed(new Error('x', { cause: coded('ENOTFOUND') })), 'dns'],
    ['undici "bad port" is client_error', fetchFailed(new Error('bad port')), 'client_error'],
    ['credentials in the URL are client_error', new TypeError('Request cannot be constructed from a URL that includes credentials: x'), 'client_error'],
    ['an unknown fetch failure is connection', fetchFailed(new Error('something odd')), 'connection'],
    ['a thrown string is connection', 'boom', 'connection'],
  ];
  it.each(cases)('%s', (_name, err, kind) => {
    expect(classifyError(err)).toBe(kind);
  });

  it('survives a cause chain that points back at itself', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    a.cause = a;
    expect(classifyError(a)).toBe('connection');
  });
});

describe('classifyStatus', () => {
  const cases: Array<[string, number, Record<string, string>, string, FailureKind | null]> = [
    ['200 is not a failure', 200, {}, '', null],
    ['304 is not a failure', 304, {}, '', null],
    ['a followable 301 is not a failure', 301, { location: '/x' }, '', null],
    ['300 Multiple Choices is a refused redirect', 300, {}, '', 'redirect_refused'],
    ['403 with cf-mitigated: challenge is a challenge', 403, { 'cf-mitigated': 'challenge' }, '', 'challenge'],
    ['403 whose body says "Just a moment..." is a challenge', 403, {}, '<title>Just a moment...</title>', 'challenge'],
    ['503 with a Cloudflare challenge script is a challenge', 503, {}, '<script src="/cdn-cgi/challenge-platform/x">', 'challenge'],
    ['a plain 403 is forbidden', 403, {}, 'Forbidden', 'forbidden'],
    ['401 is forbidden', 401, {}, '', 'forbidden'],
    ['451 (geo block) is forbidden', 451, {}, '', 'forbidden'],
    ['404 is not_found', 404, {}, '', 'not_found'],
    ['410 is not_found', 410, {}, '', 'not_found'],
    ['429 is rate_limited', 429, {}, '', 'rate_limited'],
    ['503 with Retry-After is rate_limited', 503, { 'Retry-After': '60' }, '', 'rate_limited'],
    ['503 without Retry-After is server_error', 503, {}, '', 'server_error'],
    ['500 is server_error', 500, {}, '', 'server_error'],
    ['502 is server_error', 502, {}, '', 'server_error'],
    ['408 is a timeout', 408, {}, '', 'timeout'],
    ['413 is too_large', 413, {}, '', 'too_large'],
    ['400 is client_error', 400, {}, '', 'client_error'],
  ];
  it.each(cases)('%s', (_name, status, headers, body, kind) => {
    expect(classifyStatus(status, headers, body)).toBe(kind);
  });

  it('reads a Headers object as well as a record', () => {
    expect(classifyStatus(403, new Headers({ 'CF-Mitigated': 'challenge' }))).toBe('challenge');
    expect(classifyStatus(503, new Headers({ 'retry-after': '5' }))).toBe('rate_limited');
  });
});

describe('statusRole', () => {
  it.each([
    [200, 'content'],
    [203, 'content'],
    [304, 'not_modified'],
    [301, 'redirect'],
    [302, 'redirect'],
    [303, 'redirect'],
    [307, 'redirect'],
    [308, 'redirect'],
    [305, 'error'],
    [404, 'error'],
  ] as const)('status %i is %s', (status, role) => {
    expect(statusRole(status)).toBe(role);
  });
});

describe('policyOf', () => {
  it('gives every kind a policy', () => {
    for (const kind of FAILURE_KINDS) expect(['retry_later', 'count', 'keep_slow', 'fatal']).toContain(policyOf(kind));
  });

  it.each([
    ['rate_limited', 'retry_later'],
    ['timeout', 'count'],
    ['connection', 'count'],
    ['server_error', 'count'],
    ['forbidden', 'keep_slow'],
    ['not_found', 'keep_slow'],
    ['challenge', 'keep_slow'],
    ['unparseable', 'keep_slow'],
  ] as const)('%s is %s', (kind, policy) => {
    expect(policyOf(kind)).toBe(policy);
  });

  it('gives the challenge kind a hint that names the browser fallback', () => {
    expect(failureHint('challenge')).toMatch(/browser/);
  });
});
