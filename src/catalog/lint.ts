/**
 * Cross-entry checks of the catalog that a schema cannot express: duplicate ids, unknown or
 * wrong-side region ids, `@` references to places that do not exist, aliases shared by two
 * projects, projects that can never match. Pure: returns problems with their YAML paths.
 */
import type { ProjectsFile, RegionsFile, SourcesFile } from '../config/schema.ts';

export interface LintProblem {
  readonly severity: 'error' | 'warning';
  readonly file: 'projects' | 'regions' | 'sources';
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
}

/** Folds a phrase the way two editors' spellings of one alias would coincide. */
export function foldPhrase(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"“”„'’`()]/g, '')
    .replace(/[\u2010-\u2015\-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/i;

export function lintRegions(file: RegionsFile): LintProblem[] {
  const out: LintProblem[] = [];
  const err = (path: LintProblem['path'], message: string) => out.push({ severity: 'error', file: 'regions', path, message });
  const byId = new Map<string, { i: number; country: string; parent: string | null | undefined }>();
  file.regions.forEach((r, i) => {
    if (byId.has(r.id)) err(['regions', i, 'id'], `duplicate id '${r.id}' (first at regions[${byId.get(r.id)!.i}])`);
    else byId.set(r.id, { i, country: r.country, parent: r.parent });
  });
  file.regions.forEach((r, i) => {
    if (r.kind === 'country' && r.parent) err(['regions', i, 'parent'], 'a country has no parent');
    if (r.kind !== 'country' && !r.parent) err(['regions', i], `'${r.id}' needs a parent (its oblast, or the country)`);
    if (r.parent) {
      const p = byId.get(r.parent);
      if (!p) err(['regions', i, 'parent'], `unknown parent '${r.parent}'`);
      else if (p.country !== r.country) err(['regions', i, 'parent'], `parent '${r.parent}' is in ${p.country}, '${r.id}' says ${r.country}`);
    }
    const seen = new Set<string>([r.id]);
    for (let cur = r.parent; cur; cur = byId.get(cur)?.parent) {
      if (seen.has(cur)) {
        err(['regions', i, 'parent'], `parent chain of '${r.id}' loops through '${cur}'`);
        break;
      }
      seen.add(cur);
    }
    const allNames = [...Object.values(r.names), ...Object.values(r.adjectives)].flat();
    if (allNames.length === 0) err(['regions', i, 'names'], `'${r.id}' has no names: the matcher could never find it`);
  });
  return out;
}

export function lintProjects(file: ProjectsFile, regions: RegionsFile | null): LintProblem[] {
  const out: LintProblem[] = [];
  const err = (path: LintProblem['path'], message: string) => out.push({ severity: 'error', file: 'projects', path, message });
  const warn = (path: LintProblem['path'], message: string) => out.push({ severity: 'warning', file: 'projects', path, message });
  const regionCountry = new Map((regions?.regions ?? []).map((r) => [r.id, r.country]));
  const placeNames = new Map<string, string>();
  for (const r of regions?.regions ?? []) {
    for (const n of [...Object.values(r.names), ...Object.values(r.adjectives)].flat()) placeNames.set(foldPhrase(n), r.id);
  }

  const ids = new Map<string, number>();
  const aliasOwner = new Map<string, { project: string; path: LintProblem['path'] }>();
  file.projects.forEach((p, i) => {
    const at = (...rest: Array<string | number>) => ['projects', i, ...rest];
    if (ids.has(p.id)) err(at('id'), `duplicate id '${p.id}' (first at projects[${ids.get(p.id)}])`);
    else ids.set(p.id, i);

    if (regions) {
      for (const [side, country] of [['by_regions', 'BY'], ['kz_regions', 'KZ']] as const) {
        p[side].forEach((rid, j) => {
          const c = regionCountry.get(rid);
          if (!c) err(at(side, j), `unknown region '${rid}' (ids are in config/regions.yaml)`);
          else if (c !== country) err(at(side, j), `'${rid}' is in ${c}; it belongs in ${country === 'BY' ? 'kz_regions' : 'by_regions'}`);
        });
      }
    }

    const terms: Array<{ term: string; path: LintProblem['path'] }> = [];
    for (const [lang, list] of Object.entries(p.match.aliases)) {
      (list ?? []).forEach((alias, j) => {
        terms.push({ term: alias, path: at('match', 'aliases', lang, j) });
        if (alias.startsWith('@')) err(at('match', 'aliases', lang, j), `an alias cannot be a place reference ('${alias}'); use a rule`);
        const key = foldPhrase(alias);
        const place = placeNames.get(key);
        if (place) err(at('match', 'aliases', lang, j), `alias '${alias}' is a name of the place '${place}' and would match every item about it; move it into a rule with context`);
        const owner = aliasOwner.get(key);
        if (owner && owner.project !== p.id) {
          err(at('match', 'aliases', lang, j), `alias '${alias}' is also an alias of '${owner.project}': an alias must identify one project; move the shared term into each project's rules with the context that tells them apart`);
        } else aliasOwner.set(key, { project: p.id, path: at('match', 'aliases', lang, j) });
      });
    }
    p.match.rules.forEach((rule, r) =>
      rule.all.forEach((group, g) => group.forEach((t, k) => terms.push({ term: t, path: at('match', 'rules', r, 'all', g, k) }))),
    );
    p.match.exclude.forEach((t, k) => terms.push({ term: t, path: at('match', 'exclude', k) }));

    if (regions) {
      for (const { term, path } of terms) {
        if (!term.startsWith('@')) continue;
        const ref = term.slice(1).replace(/\+$/, '');
        if (!regionCountry.has(ref)) err(path, `unknown place reference '${term}' (write @<region-id> or @<region-id>+ with an id from config/regions.yaml)`);
      }
    }
    const aliasCount = Object.values(p.match.aliases).flat().length;
    if (aliasCount === 0 && p.match.rules.length === 0) err(at('match'), `'${p.id}' has neither aliases nor rules: it can never match`);
    const words = terms.filter((t) => !t.term.startsWith('@')).map((t) => t.term);
    if (!words.some((w) => CYRILLIC.test(w))) warn(at('match'), `'${p.id}' has no Russian (Cyrillic) terms; most agency copy is Russian`);
    if (!words.some((w) => LATIN.test(w))) warn(at('match'), `'${p.id}' has no English (Latin) terms`);
  });
  return out;
}

export function lintSources(file: SourcesFile, regions: RegionsFile | null): LintProblem[] {
  const out: LintProblem[] = [];
  const err = (path: LintProblem['path'], message: string) => out.push({ severity: 'error', file: 'sources', path, message });
  const regionCountry = new Map((regions?.regions ?? []).map((r) => [r.id, r.country]));
  const outletIds = new Set<string>();
  const feedIds = new Map<string, string>();
  file.outlets.forEach((o, i) => {
    if (outletIds.has(o.id)) err(['outlets', i, 'id'], `duplicate outlet id '${o.id}'`);
    outletIds.add(o.id);
    if (o.level === 'regional' && !o.region) err(['outlets', i], `regional outlet '${o.id}' needs a region (a gazetteer id such as by-gomel-oblast)`);
    if (o.region && regions) {
      const c = regionCountry.get(o.region);
      if (!c) err(['outlets', i, 'region'], `unknown region '${o.region}' (ids are in config/regions.yaml)`);
      else if (c !== o.country) err(['outlets', i, 'region'], `'${o.region}' is in ${c} but the outlet is in ${o.country}`);
    }
    o.feeds.forEach((f, j) => {
      const prev = feedIds.get(f.id);
      if (prev) err(['outlets', i, 'feeds', j, 'id'], `duplicate feed id '${f.id}' (also in outlet '${prev}')`);
      feedIds.set(f.id, o.id);
    });
  });
  return out;
}
