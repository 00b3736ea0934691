/**
 * Catalog validation: each class of mistake an editor can make has a failing fixture and a
 * message that names the file, the line and the entry.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfig, ConfigError, loadConfig } from '../../src/config/load.ts';
import { formatProblem } from '../../src/config/yaml-file.ts';

const REGIONS = `regions:
  - id: by
    kind: country
    country: BY
    label: { en: Belarus, ru: Беларусь }
    names: { en: [Belarus], ru: [Беларусь] }
  - id: kz
    kind: country
    country: KZ
    label: { en: Kazakhstan, ru: Казахстан }
    names: { en: [Kazakhstan], ru: [Казахстан] }
  - id: by-gomel-oblast
    kind: oblast
    country: BY
    parent: by
    label: { en: Gomel Region, ru: Гомельская область }
    names: { en: [Gomel Region], ru: [Гомельская область] }
  - id: kz-kostanay-oblast
    kind: oblast
    country: KZ
    parent: kz
    label: { en: Kostanay Region, ru: Костанайская область }
    names: { en: [Kostanay Region], ru: [Костанайская область] }
    adjectives: { ru: [костанайский] }
`;

const project = (id: string, extra = '') => `  - id: ${id}
    lifecycle: active
    kind: joint-venture
    sector: machinery
    importance: 2
    years: [2010]
    name: { en: Project ${id}, ru: Проект ${id} }
    description: { en: A project., ru: Проект. }
    by_regions: [by-gomel-oblast]
    kz_regions: [kz-kostanay-oblast]
${extra || `    match:
      aliases: { ru: [Алиас-${id}], en: [Alias-${id}] }
`}`;

const SOURCES = `outlets:
  - id: belta
    name: BelTA
    country: BY
    level: central
    time_zone: Europe/Minsk
    feeds:
      - { id: belta-ru, url: "https://www.belta.by/rss", lang: ru, poll_minutes: 15 }
`;

function configDir(files: { projects?: string; regions?: string; sources?: string; settings?: string }): string {
  const dir = mkdtempSync(join(tmpdir(), 'covgap-cat-'));
  writeFileSync(join(dir, 'regions.yaml'), files.regions ?? REGIONS);
  writeFileSync(join(dir, 'projects.yaml'), files.projects ?? `projects:\n${project('alpha')}${project('beta')}`);
  writeFileSync(join(dir, 'sources.yaml'), files.sources ?? SOURCES);
  if (files.settings !== undefined) writeFileSync(join(dir, 'settings.yaml'), files.settings);
  return dir;
}

function errorsOf(dir: string): string[] {
  return checkConfig(dir).problems.filter((p) => p.severity === 'error').map(formatProblem);
}

describe('catalog check', () => {
  it('accepts a valid mini catalog', () => {
    expect(errorsOf(configDir({}))).toEqual([]);
  });

  const cases: Array<[string, Parameters<typeof configDir>[0], RegExp]> = [
    ['a YAML syntax error, with its line', { projects: 'projects:\n  - id: a\n    name: [unclosed\n' }, /projects\.yaml:\d+ .*YAML syntax/],
    ['an empty project name', { projects: `projects:\n${project('alpha').replace('name: { en: Project alpha,', 'name: { en: "",')}` }, /projects\.yaml:\d+ projects\[0\] \(alpha\)\.name\.en: must not be empty/],
    ['a missing required field', { projects: `projects:\n${project('alpha').replace('    lifecycle: active\n', '')}` }, /projects\[0\] \(alpha\)\.lifecycle/],
    ['a duplicate project id', { projects: `projects:\n${project('alpha')}${project('alpha').replace(/Alias-alpha/g, 'Other').replace(/Алиас-alpha/g, 'Другой')}` }, /projects\[1\] \(alpha\)\.id: duplicate id 'alpha'/],
    ['an unknown region id', { projects: `projects:\n${project('alpha').replace('by_regions: [by-gomel-oblast]', 'by_regions: [by-atlantis-oblast]')}` }, /:\d+ projects\[0\] \(alpha\)\.by_regions\[0\]: unknown region 'by-atlantis-oblast'/],
    ['a region on the wrong side', { projects: `projects:\n${project('alpha').replace('by_regions: [by-gomel-oblast]', 'by_regions: [kz-kostanay-oblast]')}` }, /'kz-kostanay-oblast' is in KZ; it belongs in kz_regions/],
    ['an alias shared by two projects', { projects: `projects:\n${project('alpha')}${project('beta').replace('Alias-beta', 'Alias-alpha')}` }, /projects\[1\] \(beta\)\.match\.aliases\.en\[0\]: alias 'Alias-alpha' is also an alias of 'alpha'/],
    ['an alias that is a place name', { projects: `projects:\n${project('alpha').replace('Alias-alpha', 'Kostanay Region')}` }, /alias 'Kostanay Region' is a name of the place 'kz-kostanay-oblast'/],
    ['an unknown place reference in a rule', { projects: `projects:\n${project('alpha', `    match:\n      rules:\n        - name: r\n          all: [[МТЗ, MTZ], ["@kz-nowhere"]]\n`)}` }, /match\.rules\[0\]\.all\[1\]\[0\]: unknown place reference '@kz-nowhere'/],
    ['a project that can never match', { projects: `projects:\n${project('alpha', '    match: {}\n')}` }, /'alpha' has neither aliases nor rules/],
    ['a duplicate region id', { regions: REGIONS + REGIONS.split('\n').slice(1, 6).join('\n') + '\n' }, /regions\.yaml:\d+ regions\[4\] \(by\)\.id: duplicate id 'by'/],
    ['a region whose parent does not exist', { regions: REGIONS.replace('parent: kz\n', 'parent: kz-nowhere\n') }, /unknown parent 'kz-nowhere'/],
    ['a region with no names at all', { regions: REGIONS.replace("    names: { en: [Kostanay Region], ru: [Костанайская область] }\n    adjectives: { ru: [костанайский] }\n", '') }, /'kz-kostanay-oblast' has no names/],
    ['a regional outlet without a region', { sources: SOURCES.replace('level: central', 'level: regional') }, /sources\.yaml:\d+ outlets\[0\] \(belta\): regional outlet 'belta' needs a region/],
    ['an outlet region that is not in the gazetteer', { sources: SOURCES.replace('level: central', 'level: regional\n    region: by-nowhere') }, /outlets\[0\] \(belta\)\.region: unknown region 'by-nowhere'/],
    ['a feed URL that is not http(s)', { sources: SOURCES.replace('https://www.belta.by/rss', 'ftp://www.belta.by/rss') }, /outlets\[0\] \(belta\)\.feeds\[0\] \(belta-ru\)\.url/],
    ['an unknown time zone', { sources: SOURCES.replace('Europe/Minsk', 'Europe/Gomel') }, /not an IANA time zone/],
  ];
  it.each(cases)('reports %s', (_name, files, pattern) => {
    const errors = errorsOf(configDir(files));
    expect(errors.join('\n')).toMatch(pattern);
  });

  it('refuses to load a configuration with errors and lists them all', () => {
    const dir = configDir({ projects: `projects:\n${project('alpha').replace('by_regions: [by-gomel-oblast]', 'by_regions: [by-x]')}` });
    expect(() => loadConfig({ dir })).toThrow(ConfigError);
    expect(() => loadConfig({ dir })).toThrow(/1 problem\(s\)[\s\S]*unknown region 'by-x'/);
  });

  it('rejects an unknown setting and a malformed environment value, naming where each came from', () => {
    expect(() => loadConfig({ dir: configDir({ settings: 'host_delay: 5\n' }) })).toThrow(/settings\.yaml: unknown setting 'host_delay'/);
    expect(() => loadConfig({ dir: configDir({}), env: { COVGAP_HOST_DELAY_MS: 'soon' } })).toThrow(/environment variable COVGAP_HOST_DELAY_MS/);
  });

  it('lets the environment override settings.yaml, which overrides the default', () => {
    const dir = configDir({ settings: 'host_delay_ms: 500\nfetch_timeout_sec: 7\n' });
    const s = loadConfig({ dir, env: { COVGAP_HOST_DELAY_MS: '900' } }).settings;
    expect(s.host_delay_ms).toBe(900);
    expect(s.fetch_timeout_sec).toBe(7);
    expect(s.max_redirects).toBe(5);
  });
});
