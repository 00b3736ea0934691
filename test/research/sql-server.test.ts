import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { inject } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { TEST_BACKENDS, openTestDb } from '../helpers/db.ts';
import { serveEmbedded, type SqlServer } from '../../src/research/sql-server.ts';
import { readExamples } from '../../src/research/examples.ts';
import { main } from '../../src/cli.ts';
import { seedResearchData, SEED } from './seed.ts';

const run = promisify(execFile);
const example = readExamples().find((e) => e.file === 'coverage-of-a-project-by-year.sql')!;

describe.each(TEST_BACKENDS)('covgap sql with %s', (backend) => {
  if (backend === 'pg') {
    it('refuses when DATABASE_URL points at a server, and says to connect directly', async () => {
      const t = await openTestDb('pg');
      let stderr = '';
      const write = process.stderr.write.bind(process.stderr);
      process.stderr.write = ((s: string) => ((stderr += s), true)) as typeof process.stderr.write;
      try {
        expect(await main(['sql', '--port', '0'], { ...process.env, DATABASE_URL: t.url! })).toBe(1);
      } finally {
        process.stderr.write = write;
        await t.drop();
      }
      expect(stderr).toMatch(/connect to it directly.*embedded database only/);
    });
    return;
  }

  let server: SqlServer;
  beforeAll(async () => {
    const pglite = new PGlite({ loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]) });
    server = await serveEmbedded({ pglite, port: 0, prepare: async (h) => void (await seedResearchData(h.db)) });
  });
  afterAll(async () => server?.close());

  it('answers psql with an example query over the wire protocol', async () => {
    const { stdout } = await run('psql', [server.url, '-X', '-A', '-F', '|', '-c', example.sql]);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe(example.columns.map((c) => c.name).join('|'));
    expect(lines).toContain('2025|BY|central|1|0|1');
    expect(lines).toContain('2026|KZ|regional|1|0|1');
  });

  it('answers node-postgres, with parameters, for two clients at once', async () => {
    const clients = [new pg.Client(server.url), new pg.Client(server.url)];
    await Promise.all(clients.map((c) => c.connect()));
    try {
      const [a, b] = await Promise.all([
        clients[0]!.query('select count(*)::int as n from research.item_matches where project_id = $1', [SEED.project]),
        clients[1]!.query('select iso_week from research.items where item_id = $1', [SEED.ids.sundayNightUtc]),
      ]);
      expect(a.rows).toEqual([{ n: 4 }]);
      expect(b.rows).toEqual([{ iso_week: '2026-W03' }]);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  });

  it('is read-only by default', async () => {
    const err = await run('psql', [server.url, '-X', '-v', 'ON_ERROR_STOP=1', '-c', `delete from matches`]).catch((e: { stderr: string }) => e);
    expect((err as { stderr: string }).stderr).toMatch(/read-only transaction/);
    const { stdout } = await run('psql', [server.url, '-X', '-Atc', 'select count(*) from matches']);
    expect(stdout.trim()).toBe('5');
  });
});
