/**
 * robots.txt as RFC 9309 defines it: groups of user-agent lines with Allow/Disallow rules,
 * `*` and a trailing `$` in patterns, the longest matching rule wins and Allow wins ties.
 * Pure: the fetcher downloads the file, this reads it.
 */

export interface RobotsRule {
  allow: boolean;
  /** Percent-encoding normalised pattern, as written (with `*` and a possible trailing `$`). */
  pattern: string;
}

export interface RobotsGroup {
  /** Lower-cased product tokens, `*` for the default group. */
  agents: string[];
  rules: RobotsRule[];
  /** Non-standard but common (Yandex honours it); null when absent. */
  crawlDelaySec: number | null;
}

export interface Robots {
  groups: RobotsGroup[];
  sitemaps: string[];
}

/** What a missing (4xx) or unreadable robots.txt means: everything is allowed. */
export const ALLOW_ALL: Robots = Object.freeze({ groups: [], sitemaps: [] }) as Robots;

/** Reads a robots.txt body; unknown lines are ignored, as the RFC asks. */
export function parseRobots(text: string): Robots {
  const groups: RobotsGroup[] = [];
  const sitemaps: string[] = [];
  let current: RobotsGroup | null = null;
  // A user-agent line right after another one joins the same group (RFC 9309 §2.1).
  let collectingAgents = false;

  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();

    if (key === 'user-agent') {
      if (!collectingAgents || current === null) {
        current = { agents: [], rules: [], crawlDelaySec: null };
        groups.push(current);
      }
      current.agents.push(productToken(value));
      collectingAgents = true;
      continue;
    }
    if (key === 'sitemap') {
      if (value) sitemaps.push(value);
      continue;
    }
    if (current === null) continue; // rules before any user-agent line belong to nobody
    if (key === 'allow' || key === 'disallow') {
      collectingAgents = false;
      // An empty Disallow allows everything; an empty rule never matches anything specific.
      if (value) current.rules.push({ allow: key === 'allow', pattern: normalisePath(value) });
    } else if (key === 'crawl-delay') {
      collectingAgents = false;
      const sec = Number(value);
      if (Number.isFinite(sec) && sec >= 0) current.crawlDelaySec = sec;
    }
  }
  return { groups: groups.filter((g) => g.agents.length > 0), sitemaps };
}

/**
 * Whether `path` (path plus query, as in the request line) may be fetched by the crawler whose
 * product token is `userAgentToken` (e.g. `covgap`, matched case-insensitively).
 *
 * @example isAllowed(parseRobots('User-agent: *\nDisallow: /printv'), 'covgap', '/printv/123') // false
 */
export function isAllowed(robots: Robots, userAgentToken: string, path: string): boolean {
  const target = normalisePath(path);
  // RFC 9309 §2.2.2: /robots.txt itself is always allowed.
  if (target === '/robots.txt') return true;
  let best: RobotsRule | null = null;
  for (const rule of rulesFor(robots, userAgentToken)) {
    if (!matches(rule.pattern, target)) continue;
    const longer = best === null || rule.pattern.length > best.pattern.length;
    const tieAllow = best !== null && rule.pattern.length === best.pattern.length && rule.allow;
    if (longer || tieAllow) best = rule;
  }
  return best === null || best.allow;
}

/** The Crawl-delay for our token (or `*`), in seconds; null when the file sets none. */
export function crawlDelayOf(robots: Robots, userAgentToken: string): number | null {
  const delays = groupsFor(robots, userAgentToken)
    .map((g) => g.crawlDelaySec)
    .filter((d): d is number => d !== null);
  return delays.length > 0 ? Math.max(...delays) : null;
}

function groupsFor(robots: Robots, userAgentToken: string): RobotsGroup[] {
  const token = productToken(userAgentToken);
  // All groups naming us are merged (§2.2.1); only without one does `*` apply.
  const ours = robots.groups.filter((g) => g.agents.includes(token));
  return ours.length > 0 ? ours : robots.groups.filter((g) => g.agents.includes('*'));
}

function rulesFor(robots: Robots, userAgentToken: string): RobotsRule[] {
  return groupsFor(robots, userAgentToken).flatMap((g) => g.rules);
}

// "covgap/0.1 (+https://…)" → "covgap": robots groups name the product token only.
function productToken(value: string): string {
  const token = /^[^\s/]*/.exec(value.trim())?.[0] ?? '';
  return token.toLowerCase();
}

/**
 * Paths arrive percent-encoded (from URL.pathname) but robots files often hold raw UTF-8
 * (Cyrillic slugs). Encode non-ASCII and upper-case escapes on both sides so they compare.
 */
function normalisePath(value: string): string {
  let out = '';
  for (const ch of value) {
    // A lone surrogate cannot be encoded; it cannot occur in a real path either, so keep it.
    out += ch.charCodeAt(0) > 0x7e || ch === ' ' ? encodeOrKeep(ch) : ch;
  }
  return out.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
}

function encodeOrKeep(ch: string): string {
  try {
    return encodeURIComponent(ch);
  } catch {
    return ch;
  }
}

/**
 * Prefix match with `*` as any run of characters and a final `$` as end of path. A two-pointer
 * wildcard match (O(n·m) at worst) instead of a RegExp, so a hostile pattern like `*a*a*a*b`
 * cannot make matching exponential.
 */
function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const p = anchored ? pattern.slice(0, -1) : pattern + '*';
  let i = 0; // path
  let j = 0; // pattern
  let star = -1;
  let resume = 0;
  while (i < path.length) {
    if (j < p.length && p[j] !== '*' && p[j] === path[i]) {
      i++;
      j++;
    } else if (j < p.length && p[j] === '*') {
      star = j++;
      resume = i;
    } else if (star !== -1) {
      j = star + 1;
      i = ++resume;
    } else {
      return false;
    }
  }
  while (j < p.length && p[j] === '*') j++;
  return j === p.length;
}
