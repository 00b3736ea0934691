/** The catalog and gazetteer shipped in config/ are complete and clean. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkConfig, DEFAULT_CONFIG_DIR, loadConfig } from '../../src/config/load.ts';
import { formatProblem } from '../../src/config/yaml-file.ts';

const REFERENCE = new URL('../../../shared/catalog/reference-projects.json', import.meta.url);
const config = loadConfig({ dir: DEFAULT_CONFIG_DIR });
if (!existsSync(REFERENCE)) console.info('[shipped catalog] reference-list comparison skipped: ../shared/catalog is absent in this clone');
const { catalog } = config;

describe('shipped catalog', () => {
  it('has no errors or warnings in covgap catalog check', () => {
    expect(checkConfig(DEFAULT_CONFIG_DIR).problems.map(formatProblem)).toEqual([]);
  });

  it('gives every project Russian and English terms', () => {
    for (const p of catalog.projects) {
      const terms = [...Object.values(p.match.aliases).flat(), ...p.match.rules.flatMap((r) => r.all.flat())].filter((t): t is string => !!t && !t.startsWith('@'));
      expect(terms.some((t) => /[\u0400-\u04ff]/.test(t)), `${p.id} has Cyrillic terms`).toBe(true);
      expect(terms.some((t) => /[a-z]/i.test(t)), `${p.id} has Latin terms`).toBe(true);
    }
  });

  it('has the 6 Belarusian oblasts with Minsk city and the 17 Kazakh regions with its 3 republican cities', () => {
    const oblasts = (c: string) => catalog.regions.filter((r) => r.country === c && r.kind === 'oblast').length;
    expect(oblasts('BY')).toBe(6);
    expect(oblasts('KZ')).toBe(17);
    for (const id of ['by-minsk', 'kz-astana', 'kz-almaty', 'kz-shymkent', 'kz-abai-oblast', 'kz-zhetysu-oblast', 'kz-ulytau-oblast']) {
      expect(catalog.regions.some((r) => r.id === id), id).toBe(true);
    }
  });

  it('keeps the historical names of renamed places', () => {
    const hist = (id: string) => catalog.regions.find((r) => r.id === id)?.historical.map((h) => h.name).join(' ') ?? '';
    expect(hist('kz-astana')).toMatch(/Nur-Sultan|Нур-Султан/);
    expect(hist('kz-astana')).toMatch(/Целиноград|Tselinograd/);
    expect(hist('kz-semey')).toMatch(/Семипалатинск|Semipalatinsk/);
  });

  it('places every regional outlet in a gazetteer region of its own country', () => {
    const places = new Map(catalog.regions.map((r) => [r.id, r]));
    for (const o of config.outlets.filter((x) => x.level === 'regional')) {
      expect(places.get(o.region ?? '')?.country, o.id).toBe(o.country);
    }
  });

  it.runIf(existsSync(REFERENCE))('contains every id of the reference list (../shared/catalog) with its regions resolved', () => {
    const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as Array<{ id: string; by_regions: string[]; kz_regions: string[] }>;
    const ids = new Set(catalog.projects.map((p) => p.id));
    expect(reference.filter((r) => !ids.has(r.id)).map((r) => r.id)).toEqual([]);
    for (const r of reference) {
      const p = catalog.projects.find((x) => x.id === r.id)!;
      if (r.by_regions.length) expect(p.byRegions.length, `${r.id} BY regions`).toBeGreaterThan(0);
      if (r.kz_regions.length) expect(p.kzRegions.length, `${r.id} KZ regions`).toBeGreaterThan(0);
    }
  });
});
