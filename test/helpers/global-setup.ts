/**
 * Once per `vitest run`: a migrated PGlite data dir dumped to a tarball (each test file loads
 * it instead of running initdb + migrations, ~6 s each) and, when COVGAP_TEST_PG_URL is set, a
 * migrated template database on the server.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { connect } from '../../src/db/connect.ts';
import { migrate } from '../../src/db/migrate.ts';
import { adminQuery, buildPgTemplate, PG_URL } from './db.ts';

export default async function setup({ provide }: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'covgap-test-'));
  const pglite = new PGlite();
  await pglite.waitReady;
  const handle = await connect({ pglite });
  const results = await migrate(handle.db);
  const failed = results.find((r) => r.status === 'failed');
  if (failed) throw failed.error;
  const dump = await pglite.dumpDataDir('none');
  const path = join(dir, 'pglite-template.tar');
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  provide('pgliteTemplate', path);

  const template = `covgap_test_template_${process.pid}`;
  provide('pgTemplate', template);
  if (PG_URL) {
    await buildPgTemplate(template);
    process.stdout.write(`[covgap tests] database tests run on PGlite and on ${PG_URL}\n`);
  } else {
    process.stdout.write('[covgap tests] database tests run on PGlite only; set COVGAP_TEST_PG_URL=postgres://postgres@127.0.0.1:5432/test to add the real server\n');
  }
  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (PG_URL) await adminQuery(`drop database if exists ${template} with (force)`).catch(() => {});
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplate: string;
  }
}
