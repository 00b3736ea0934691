/**
 * The `covgap` command as a user runs it: the real bin in a child process, a configuration
 * folder whose feeds point at the local fixture server (or at a closed local port, standing in
 * for "no network"), and a database of each backend.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR } from '../../src/config/load.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { openTestDb, seedPgliteDataDir, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';

const BIN = new URL('../../bin/covgap.js', import.meta.url).pathname;
const run = promisify(execFile);

async function covgap(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', COVGAP_LOG_FORMAT: 'json', ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** A local port nothing listens on: connections are refused, as with no network. */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((ok) => srv.listen(0, '127.0.0.1', () => ok()));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((ok) => srv.close(() => ok()));
  return port;
}

function configWith(sources: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'covgap-cli-'));
  for (const f of ['projects.yaml', 'regions.yaml']) copyFileSync(join(DEFAULT_CONFIG_DIR, f), join(dir, f));
  writeFileSync(join(dir, 'sources.yaml'), sources);
  writeFileSync(join(dir, 'settings.yaml'), 'host_delay_ms: 0\nfetch_timeout_sec: 3\n');
  return dir;
}

const sourcesFor = (base: string) => `outlets:
  - id: belta
    name: BelTA
    country: BY
    level: central
    site: https://www.belta.by/
    time_zone: Europe/Minsk
    feeds:
      - { id: belta-ru-all, url: "${base}/belta/rss/all.xml", lang: ru, poll_minutes: 15 }
  - id: kazinform
    name: Kazinform
    country: KZ
    level: central
    site: https://www.inform.kz/
    time_zone: Asia/Almaty
    feeds:
      - { id: kazinform-ru, url: "${base}/kazinform/rss/rus.xml", lang: ru, poll_minutes: 15 }
`;

describe('covgap without a database', () => {
  it('teaches its commands in --help', async () => {
    const r = await covgap(['--help'], {});
    expect(r.code).toBe(0);
    for (const cmd of ['run', 'crawl', 'status', 'migrate', 'catalog', 'match', 'explain', 'eval', 'demo']) expect(r.stdout).toMatch(new RegExp(`\\n  ${cmd}\\b`));
    expect(r.stdout).toMatch(/DATABASE_URL/);
  });

  it('prints a clean catalog check', async () => {
    const r = await covgap(['catalog', 'check'], {});
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/projects: 103/);
    expect(r.stdout).toMatch(/OK: 0 error\(s\)/);
  });

  it('shows one project for an editor and suggests ids for a typo', async () => {
    const r = await covgap(['catalog', 'show', 'kazbelaz-karaganda'], {});
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/KazBelAZ/);
    const typo = await covgap(['catalog', 'show', 'kazbelaz'], {});
    expect(typo.code).toBe(1);
    expect(typo.stderr).toMatch(/Did you mean: kazbelaz-karaganda/);
  });

  it('names the file, line and fix of a configuration error and exits 1', async () => {
    const dir = configWith('outlets:\n  - id: belta\n    name: BelTA\n    country: XX\n');
    const r = await covgap(['crawl'], { COVGAP_CONFIG_DIR: dir, COVGAP_DATA_DIR: join(dir, 'data') });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/sources\.yaml:4 outlets\[0\] \(belta\)\.country/);
  });
});

describe.each(TEST_BACKENDS)('covgap on %s', (backend) => {
  let t: TestDb;
  let server: FixtureServer;
  let env: Record<string, string>;
  beforeAll(async () => {
    t = await openTestDb(backend);
    server = await startFixtureServer();
    const dir = configWith(sourcesFor(server.url));
    // PGlite is single-process: the CLI gets its own data folder; pg gets the test database.
    if (backend === 'pglite') await seedPgliteDataDir(join(dir, 'data'));
    env = backend === 'pg' ? { COVGAP_CONFIG_DIR: dir, DATABASE_URL: t.url! } : { COVGAP_CONFIG_DIR: dir, COVGAP_DATA_DIR: join(dir, 'data') };
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('migrates, crawls, matches and reports healthy feeds with their item counts', { timeout: 180_000 }, async () => {
    const m = await covgap(['migrate'], env);
    expect(m.code).toBe(0);
    expect(m.stdout).toMatch(/catalog \w+: 103 projects/);

    const c = await covgap(['run'], env);
    expect(c.stderr).not.toMatch(/unexpected error/);
    expect(c.code).toBe(0);
    expect(c.stdout).toMatch(/crawl: 2 feed\(s\) — 2 fetched \(11 new items\), 0 unchanged, 0 failed/);
    expect(c.stdout).toMatch(/match: 11 items/);

    const s = await covgap(['status', '--json'], env);
    expect(s.code).toBe(0);
    const status = JSON.parse(s.stdout) as { feeds: Array<{ feedId: string; word: string; items: number }> };
    expect(status.feeds.map((f) => [f.feedId, f.word, f.items])).toEqual([
      ['belta-ru-all', 'ok', 6],
      ['kazinform-ru', 'ok', 5],
    ]);

    const again = await covgap(['crawl', '--no-pages'], env);
    expect(again.stdout).toMatch(/0 new items\), 2 unchanged/);
  });

  it('keeps going when every source is unreachable, with a classified error per feed and exit code 3', { timeout: 120_000 }, async () => {
    const dir = configWith(sourcesFor(`http://127.0.0.1:${await closedPort()}`));
    if (backend === 'pglite') await seedPgliteDataDir(join(dir, 'data'));
    const e: Record<string, string> = backend === 'pg' ? { ...env, COVGAP_CONFIG_DIR: dir } : { COVGAP_CONFIG_DIR: dir, COVGAP_DATA_DIR: join(dir, 'data') };
    const r = await covgap(['run', '--all'], e);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/2 failed/);
    expect(r.stdout).toMatch(/failed +belta-ru-all +connection/);
    const errors = r.stderr.split('\n').filter((l) => l.includes('"level":"error"'));
    expect(errors.some((l) => l.includes('"feed":"kazinform-ru"') && l.includes('"errorClass":"connection"'))).toBe(true);
    const s = await covgap(['status'], e);
    expect(s.code).toBe(1);
    expect(s.stdout).toMatch(/failing/);
  });
});
