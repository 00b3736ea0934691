import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/model.ts';
import { compileCatalog, orgForms } from '../../src/match/alias-index.ts';
import { catalog, projects } from './catalog-fixture.ts';

describe('compileCatalog', () => {
  it('compiles the fixture catalog without warnings', () => {
    expect(compileCatalog(catalog).warnings).toEqual([]);
  });
  it('warns about a phrase with no words, an alias two projects share and an unknown region', () => {
    const [a, b] = projects as [(typeof projects)[0], (typeof projects)[0]];
    const broken: Catalog = {
      ...catalog,
      projects: [
        { ...a, match: { ...a.match, aliases: { ru: ['АгромашХолдинг', '—'] } } },
        { ...b, match: { ...b.match, aliases: { en: ['Agromashholdinga'] }, rules: [{ name: 'r', all: [['@kz-nowhere']], window: null }] } },
      ],
    };
    const warnings = compileCatalog(broken).warnings.join('\n');
    expect(warnings).toMatch(/alias "—" has no words/);
    expect(warnings).toMatch(/shared by projects gomselmash-kostanay, mtz-kostanay/);
    expect(warnings).toMatch(/unknown region reference @kz-nowhere/);
  });
});

describe('orgForms', () => {
  it('offers the bracketed short name and the name without its legal form', () => {
    expect(orgForms('OJSC BELAZ (Belarusian Autoworks)')).toEqual(
      expect.arrayContaining(['OJSC BELAZ (Belarusian Autoworks)', 'Belarusian Autoworks', 'OJSC BELAZ', 'BELAZ']));
  });
});
