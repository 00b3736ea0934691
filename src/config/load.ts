/**
 * Reads config/*.yaml and the environment once, validates everything and returns a frozen
 * Config. The only module that reads process.env (callers pass it in).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog, Names, Project, Region } from '../catalog/model.ts';
import { lintProjects, lintRegions, lintSources, type LintProblem } from '../catalog/lint.ts';
import { UserError } from '../errors.ts';
import { projectsSchema, regionsSchema, sourcesSchema, type OutletConfig, type ProjectsFile, type RegionsFile } from './schema.ts';
import { resolveSettings, type Settings } from './settings.ts';
import { formatProblem, readYamlFile, type Problem, type YamlFile } from './yaml-file.ts';
import { z } from 'zod';

/** The config/ folder shipped with covgap (used when COVGAP_CONFIG_DIR is not set). */
export const DEFAULT_CONFIG_DIR = fileURLToPath(new URL('../../config/', import.meta.url));

export interface Outlet {
  readonly id: string;
  readonly name: string;
  readonly country: 'BY' | 'KZ';
  readonly level: 'central' | 'regional';
  readonly region: string | null;
  readonly site: string | null;
  readonly timeZone: string;
  readonly fetchPages: boolean;
  /** Reprint originals come from agencies: `agency:` in sources.yaml, else level central. */
  readonly agency?: boolean;
  /** Page selectors from sources.yaml `extract:`, tried before the built-in site rules. */
  readonly extract?: OutletExtract | null;
  /** Archives for `covgap backfill` (sources.yaml `archive:`); absent or empty: none. */
  readonly archive?: readonly ArchiveSource[];
  readonly feeds: readonly FeedSource[];
}

export interface ArchiveSource {
  readonly id: string;
  readonly outletId: string;
  readonly adapter: 'belta-all-news' | 'kazinform-lenta' | 'sitemap';
  readonly url: string;
  readonly lang: string;
  readonly enabled: boolean;
  readonly maxPagesPerDay: number;
}

export interface OutletExtract {
  readonly body: string;
  readonly paragraphs: string | null;
  readonly title: readonly string[];
  readonly lead: readonly string[];
  readonly date: readonly string[];
  readonly remove: readonly string[];
  readonly stopAt: readonly string[];
}

export interface FeedSource {
  readonly id: string;
  readonly outletId: string;
  readonly url: string;
  readonly kind: 'rss';
  readonly edition: string | null;
  readonly lang: string;
  readonly section: string | null;
  readonly pollMinutes: number;
  readonly enabled: boolean;
  readonly confidence: 'high' | 'med' | 'low';
  readonly note: string | null;
}

export interface Config {
  readonly dir: string;
  readonly settings: Settings;
  readonly outlets: readonly Outlet[];
  readonly catalog: Catalog;
  readonly warnings: readonly string[];
}

export class ConfigError extends UserError {
  constructor(readonly problems: readonly Problem[]) {
    super(
      `config: ${problems.filter((p) => p.severity === 'error').length} problem(s) in the configuration:\n` +
        problems.map((p) => '  ' + formatProblem(p)).join('\n'),
    );
  }
}

export interface LoadOptions {
  /** Folder with sources.yaml, projects.yaml, regions.yaml, settings.yaml. */
  dir?: string;
  env?: Record<string, string | undefined>;
}

export function configDirFrom(env: Record<string, string | undefined>, dir?: string): string {
  return resolve(dir ?? env.COVGAP_CONFIG_DIR ?? DEFAULT_CONFIG_DIR);
}

/** Loads and validates the whole configuration; throws ConfigError listing every problem. */
export function loadConfig(options: LoadOptions = {}): Config {
  const env = options.env ?? {};
  const dir = configDirFrom(env, options.dir);
  const checked = checkConfig(dir);
  const errors = checked.problems.filter((p) => p.severity === 'error');
  if (errors.length || !checked.catalog || !checked.outlets) throw new ConfigError(checked.problems);

  const settingsFile = join(dir, 'settings.yaml');
  let fileSettings: Record<string, unknown> = {};
  if (existsSync(settingsFile)) {
    const f = readYamlFile(settingsFile, z.record(z.string(), z.unknown()).nullable(), display(dir, 'settings.yaml'));
    if (f.problems.length) throw new ConfigError(f.problems);
    fileSettings = f.data ?? {};
  }
  const settings = resolveSettings(fileSettings, env, display(dir, 'settings.yaml'));
  return Object.freeze({
    dir,
    settings,
    outlets: checked.outlets,
    catalog: checked.catalog,
    warnings: checked.problems.filter((p) => p.severity === 'warning').map(formatProblem),
  });
}

/** Loads only the catalog (projects + gazetteer); throws ConfigError on errors. */
export function loadCatalog(dir: string = DEFAULT_CONFIG_DIR): Catalog {
  const checked = checkCatalog(dir);
  if (!checked.catalog || checked.problems.some((p) => p.severity === 'error')) throw new ConfigError(checked.problems);
  return checked.catalog;
}

export interface CheckResult {
  readonly problems: Problem[];
  readonly catalog: Catalog | null;
  readonly outlets: Outlet[] | null;
}

/** Validates the catalog files without throwing (for `covgap catalog check`). */
export function checkCatalog(dir: string): CheckResult {
  const regionsFile = readYamlFile(join(dir, 'regions.yaml'), regionsSchema, display(dir, 'regions.yaml'));
  const projectsFile = readYamlFile(join(dir, 'projects.yaml'), projectsSchema, display(dir, 'projects.yaml'));
  const problems = [...regionsFile.problems, ...projectsFile.problems];
  if (regionsFile.data) problems.push(...located(lintRegions(regionsFile.data), regionsFile));
  if (projectsFile.data) problems.push(...located(lintProjects(projectsFile.data, regionsFile.data), projectsFile));
  const ok = regionsFile.data && projectsFile.data && !problems.some((p) => p.severity === 'error');
  const catalog = ok ? buildCatalog(projectsFile.data!, regionsFile.data!, projectsFile.text + '\0' + regionsFile.text) : null;
  return { problems, catalog, outlets: null };
}

/** Validates catalog and sources without throwing. */
export function checkConfig(dir: string): CheckResult {
  const cat = checkCatalog(dir);
  const sourcesFile = readYamlFile(join(dir, 'sources.yaml'), sourcesSchema, display(dir, 'sources.yaml'));
  const problems = [...cat.problems, ...sourcesFile.problems];
  if (sourcesFile.data) {
    const regionsData = cat.catalog ? { regions: cat.catalog.regions.map((r) => ({ id: r.id, country: r.country })) } : null;
    problems.push(...located(lintSources(sourcesFile.data, regionsData as RegionsFile | null), sourcesFile));
  }
  const outlets = sourcesFile.data && !problems.some((p) => p.severity === 'error') ? sourcesFile.data.outlets.map(toOutlet) : null;
  return { problems, catalog: cat.catalog, outlets };
}

function located(problems: LintProblem[], file: YamlFile<unknown>): Problem[] {
  return problems.map((p) => ({ severity: p.severity, file: file.file, line: file.lineOf(p.path), where: file.describe(p.path), message: p.message }));
}

function display(dir: string, name: string): string {
  const rel = relative(process.cwd(), join(dir, name));
  return rel.startsWith('..') ? join(dir, name) : rel;
}

function toOutlet(o: OutletConfig): Outlet {
  return Object.freeze({
    id: o.id,
    name: o.name,
    country: o.country,
    level: o.level,
    region: o.region ?? null,
    site: o.site ?? null,
    timeZone: o.time_zone,
    fetchPages: o.fetch_pages,
    agency: o.agency ?? o.level === 'central',
    extract: o.extract
      ? { body: o.extract.body, paragraphs: o.extract.paragraphs ?? null, title: o.extract.title, lead: o.extract.lead, date: o.extract.date, remove: o.extract.remove, stopAt: o.extract.stop_at }
      : null,
    archive: o.archive.map((a) => Object.freeze({ id: a.id, outletId: o.id, adapter: a.adapter, url: a.url, lang: a.lang, enabled: a.enabled, maxPagesPerDay: a.max_pages_per_day })),
    feeds: o.feeds.map((f) =>
      Object.freeze({
        id: f.id,
        outletId: o.id,
        url: f.url,
        kind: f.kind,
        edition: f.edition ?? null,
        lang: f.lang,
        section: f.section ?? null,
        pollMinutes: f.poll_minutes,
        enabled: f.enabled,
        confidence: f.confidence,
        note: f.note ?? null,
      }),
    ),
  });
}

function buildCatalog(projects: ProjectsFile, regions: RegionsFile, text: string): Catalog {
  const version = createHash('sha256').update(text).digest('hex').slice(0, 12);
  const regionList: Region[] = regions.regions.map((r) => ({
    id: r.id,
    kind: r.kind,
    country: r.country,
    parent: r.parent ?? null,
    label: r.label,
    names: r.names as Names,
    adjectives: r.adjectives as Names,
    historical: r.historical.map((h) => ({ name: h.name, until: h.until ?? null })),
    dateline: r.dateline,
  }));
  const projectList: Project[] = projects.projects.map((p) => ({
    id: p.id,
    kind: p.kind,
    sector: p.sector,
    lifecycle: p.lifecycle,
    importance: p.importance,
    years: p.years,
    name: p.name,
    description: p.description,
    byOrgs: p.by_orgs,
    kzOrgs: p.kz_orgs,
    byRegions: p.by_regions,
    kzRegions: p.kz_regions,
    seedLines: p.seed_lines,
    citedUrls: p.cited_urls,
    retired: p.retired,
    match: {
      aliases: p.match.aliases as Names,
      rules: p.match.rules.map((r) => ({ name: r.name, all: r.all, window: r.window ?? null })),
      exclude: p.match.exclude,
    },
  }));
  return deepFreeze({ version, projects: projectList, regions: regionList });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
