/**
 * `npm run docs:schema` writes docs/schema.md from a freshly migrated embedded database;
 * `npm run docs:schema:check` (CI) fails when the file is stale or any table, view, column or
 * research function lacks a COMMENT ON.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { connect } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { findUncommented, readSchemaCatalog } from '../src/research/schema-catalog.ts';
import { renderSchemaDocs, schemaDocsProblems, SCHEMA_DOCS_PATH } from '../src/research/schema-docs.ts';

const check = process.argv.includes('--check');
const path = fileURLToPath(new URL('../' + SCHEMA_DOCS_PATH, import.meta.url));
const handle = await connect({ dataDir: 'memory://' });
try {
  const failed = (await migrate(handle.db)).find((r) => r.status === 'failed');
  if (failed) throw failed.error;
  const catalog = await readSchemaCatalog(handle.db);
  const rendered = renderSchemaDocs(catalog);
  const uncommented = findUncommented(catalog);
  if (!check) {
    writeFileSync(path, rendered);
    process.stdout.write(`docs:schema: wrote ${SCHEMA_DOCS_PATH} (${catalog.relations.length} tables and views)\n`);
  }
  const problems = schemaDocsProblems(rendered, check ? (existsSync(path) ? readFileSync(path, 'utf8') : null) : rendered, uncommented);
  for (const p of problems) process.stderr.write(`docs:schema: ${p}\n`);
  if (problems.length) process.exitCode = 1;
  else if (check) process.stdout.write(`docs:schema: ${SCHEMA_DOCS_PATH} is up to date and everything is commented\n`);
} finally {
  await handle.close();
}
