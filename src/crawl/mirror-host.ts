import { isIP } from 'node:net';

/**
 * The real site an article URL stands for, when the URL points at a mirror addressed by IP or
 * `localhost` (the offline demo, the test fixture server, a local archive): the outlet's site
 * host, so BelTA/Kazinform site rules and article ids still apply. Undefined for real hosts.
 */
export function mirrorHost(url: string, site: string | null): string | undefined {
  if (!site) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return undefined;
  }
  if (host !== 'localhost' && isIP(host) === 0) return undefined;
  try {
    return new URL(site).hostname;
  } catch {
    return undefined;
  }
}
