/**
 * One spelling per article URL, so that feed links, page links and reprints compare equal;
 * and the agency's own article id, the stronger dedup key (sources.md §1.3, §2.1, §5.6).
 */

// Parameters that only say where a click came from. `from` and `ref` are what Russian-language
// sites and Yandex add (`?from=rss`, `?ref=tg`); `_openstat` and `yclid` are Yandex's.
const TRACKING_EXACT = new Set([
  'fbclid', 'gclid', 'dclid', 'msclkid', 'yclid', 'ysclid', '_openstat', 'from', 'ref', 'ref_src',
  'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl',
]);
const TRACKING_PREFIX = ['utm_'];

function isTracking(key: string): boolean {
  const k = key.toLowerCase();
  return TRACKING_EXACT.has(k) || TRACKING_PREFIX.some((p) => k.startsWith(p));
}

// RFC 3986 §6.2.2.2: escapes of unreserved characters are decoded, the others written in upper
// case, so `%c2%a0` (a no-break space in a WordPress slug, sources.md §5.8) equals `%C2%A0`.
function normalisePercent(s: string): string {
  return s.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => {
    const ch = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(ch) ? ch : `%${hex.toUpperCase()}`;
  });
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

function cleanQuery(search: string): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const key = eq < 0 ? pair : pair.slice(0, eq);
      return { key: safeDecode(key), raw: normalisePercent(pair) };
    })
    .filter((p) => !isTracking(p.key));
  // Sort by key only; Array.prototype.sort is stable, so repeated keys keep their order.
  kept.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return kept.length ? `?${kept.map((p) => p.raw).join('&')}` : '';
}

function isKazinform(host: string): boolean {
  return host === 'inform.kz' || host.endsWith('.inform.kz');
}

// Kazinform serves the same article as `<article>/amp`, `<article>/amp/` and on the old site
// `/amp/<slug>_a<id>` (qz.inform.kz, sources.md §2.1). Other sites' `/amp` may be a real page.
function dropAmp(path: string): string {
  if (/\/amp\/?$/.test(path) && path !== '/amp' && path !== '/amp/') {
    return path.endsWith('/') ? path.replace(/\/amp\/$/, '/') : path.replace(/\/amp$/, '');
  }
  if (/^\/amp\/[^/]+_a\d+\/?$/.test(path)) return path.slice(4);
  return path;
}

/**
 * The canonical form of an http(s) URL, resolved against `base`; null when it is not one.
 * Keeps the scheme, `www.` and the trailing slash as the site writes them.
 * @example canonicalUrl('HTTPS://Www.Belta.by:443/x/?utm_source=tg&b=2&a=1#top') // 'https://www.belta.by/x/?a=1&b=2'
 */
export function canonicalUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  // URL already lower-cases scheme and host, drops the default port and resolves dot segments.
  let path = normalisePercent(url.pathname);
  if (isKazinform(url.hostname)) path = dropAmp(path);
  const host = url.hostname.replace(/\.$/, '');
  // `http://./x` has the host "." — nothing once the root dot goes (found by test/reliability/fuzz.test.ts).
  if (!host) return null;
  const port = url.port ? `:${url.port}` : '';
  const auth = url.username ? `${url.username}${url.password ? `:${url.password}` : ''}@` : '';
  return `${url.protocol}//${auth}${host}${port}${path}${cleanQuery(url.search)}`;
}

export interface ArticleId {
  /** The edition host without a leading `www.` (belta.by and www.belta.by are one edition). */
  readonly host: string;
  readonly id: string;
}

// `/<rubric>/view/<slug>-<id>-<year>/`; the slug may be empty (`/society/view/-46507-2026/` on
// chn.belta.by) or digits (`85-46499-2026`), so the id is the last number before the year.
// Not anchored at the start and `.html` allowed, so fixture-server paths (`/belta/economics/
// view/…-700123-2026.html`) parse too.
const BELTA_PATH = /\/[a-z0-9_-]+\/view\/(?:[^/]*-)?(\d+)-(?:19|20)\d\d(?:\/|\.html)?$/i;
const KAZINFORM_OLD = /_a(\d+)(?:\/|\.html)?$/i;
// The 2023+ hex tail is 6–8 characters. Every observed id has a digit in it (adef40, 92062a,
// 53c1f1, 6a64cf5e, 526520ec, 4d2a72), and requiring one keeps slugs ending in an all-letter
// hex word (`-facade`, `-decade`) from being taken for ids; about 0.3 % of real ids (no digit)
// are missed and fall back to URL dedup.
const KAZINFORM_NEW = /-([0-9a-f]{6,8})(?:\/|\.html)?$/i;

function editionHost(host: string): string {
  return host.replace(/^www\./, '');
}

/**
 * The agency's own id for an article URL: BelTA `…-<id>-<year>/`, Kazinform `_a<id>` or the hex
 * tail; null for anything else. `opts.host` names the real site when the URL is a mirror's
 * (the fixture server).
 * @example articleIdOf('https://chn.belta.by/society/view/-46507-2026/') // { host: 'chn.belta.by', id: '46507' }
 */
export function articleIdOf(url: string, opts: { host?: string } = {}): ArticleId | null {
  const canonical = canonicalUrl(url);
  if (!canonical) return null;
  const parsed = new URL(canonical);
  const host = (opts.host ?? parsed.hostname).toLowerCase();
  const path = parsed.pathname;
  if (host === 'belta.by' || host.endsWith('.belta.by')) {
    const m = BELTA_PATH.exec(path);
    return m?.[1] ? { host: editionHost(host), id: m[1] } : null;
  }
  if (isKazinform(host)) {
    const kzPath = dropAmp(path);
    const old = KAZINFORM_OLD.exec(kzPath);
    if (old?.[1]) return { host: editionHost(host), id: `a${old[1]}` };
    const hex = KAZINFORM_NEW.exec(kzPath);
    if (hex?.[1] && /\d/.test(hex[1])) return { host: editionHost(host), id: hex[1].toLowerCase() };
  }
  return null;
}
