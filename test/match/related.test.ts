import { describe, expect, it } from 'vitest';
import { compileCatalog } from '../../src/match/alias-index.ts';
import { related } from '../../src/match/related.ts';
import { catalog } from './catalog-fixture.ts';

describe('related', () => {
  const index = compileCatalog(catalog);
  it('suggests the project whose description fits the text best', () => {
    expect(related(index, 'Combine harvesters from Gomselmash were assembled in Kostanay', 2)[0]?.projectId).toBe('gomselmash-kostanay');
  });
  it('suggests nothing for an unrelated text', () => {
    expect(related(index, 'Weather forecast: snow and wind', 3)).toEqual([]);
  });
});
