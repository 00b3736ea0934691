import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';
import { findUncommented, readSchemaCatalog } from '../../src/research/schema-catalog.ts';
import { renderSchemaDocs, schemaDocsProblems, SCHEMA_DOCS_PATH } from '../../src/research/schema-docs.ts';

describe.each(TEST_BACKENDS)('schema documentation on %s', (backend) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(backend);
  });
  afterAll(async () => t.drop());

  it('has a COMMENT ON for every table, view, column and research function after all migrations', async () => {
    expect(findUncommented(await readSchemaCatalog(t.db))).toEqual([]);
  });

  it('renders exactly the checked-in docs/schema.md (run `npm run docs:schema` after changing sql/)', async () => {
    const rendered = renderSchemaDocs(await readSchemaCatalog(t.db));
    expect(schemaDocsProblems(rendered, readFileSync(SCHEMA_DOCS_PATH, 'utf8'), [])).toEqual([]);
  });

  it('reports an uncommented table and column, and a stale file', async () => {
    await t.db.transaction().execute(async (trx) => {
      await sql`create table research_probe (id integer, note text)`.execute(trx);
      await sql`comment on column research_probe.id is 'Probe id.'`.execute(trx);
      const catalog = await readSchemaCatalog(trx);
      expect(findUncommented(catalog)).toEqual(['table public.research_probe', 'column public.research_probe.note']);
      const problems = schemaDocsProblems(renderSchemaDocs(catalog), readFileSync(SCHEMA_DOCS_PATH, 'utf8'), findUncommented(catalog));
      expect(problems).toHaveLength(3);
      expect(problems[2]).toMatch(/docs\/schema\.md is stale .*npm run docs:schema/);
      await sql`drop table research_probe`.execute(trx);
    });
  });
});
