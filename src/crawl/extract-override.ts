/**
 * sources.yaml `extract:` (plain selector strings) → the SelectorSet extract.ts runs, so a
 * regional site's markup is fixed in config, not in code. `selector@attr` reads an attribute.
 */
import type { Outlet, OutletExtract } from '../config/load.ts';
import type { ExtractOverride } from './extract.ts';
import type { DateSource, SelectorSet, TextSource } from './site-rules.ts';

/** `meta[property="og:title"]@content` → { selector, attr }; a bare selector reads text. */
export function parseSource(spec: string): TextSource {
  const at = spec.lastIndexOf('@');
  // An `@` inside brackets belongs to an attribute value (`a[href^="mailto:x@y"]`).
  if (at > 0 && !spec.slice(at).includes(']') && /^[\w:-]+$/.test(spec.slice(at + 1))) {
    return { selector: spec.slice(0, at).trim(), attr: spec.slice(at + 1) };
  }
  return { selector: spec.trim() };
}

/** Attribute dates are machine dates (ISO 8601); text dates are printed ones. */
export function parseDateSource(spec: string): DateSource {
  const src = parseSource(spec);
  return src.attr ? { selector: src.selector, attr: src.attr, read: 'instant' } : { selector: src.selector, read: 'local-text' };
}

export function selectorSetOf(cfg: OutletExtract): SelectorSet {
  return {
    title: cfg.title.map(parseSource),
    body: cfg.body,
    ...(cfg.paragraphs ? { paragraphs: cfg.paragraphs } : {}),
    remove: ['script', 'style', 'noscript', 'iframe', ...cfg.remove],
    ...(cfg.stopAt.length ? { stopAt: cfg.stopAt } : {}),
    date: cfg.date.map(parseDateSource),
    lead: cfg.lead.map(parseSource),
  };
}

/** The outlet's extraction override, or null when sources.yaml gives none. */
export function overrideFor(outlet: Pick<Outlet, 'id' | 'timeZone' | 'extract'>): ExtractOverride | null {
  return outlet.extract ? { name: outlet.id, timeZone: outlet.timeZone, set: selectorSetOf(outlet.extract) } : null;
}
