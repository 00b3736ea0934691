/**
 * `covgap backfill` as a real process, killed with SIGKILL in the middle of an archive (no
 * chance to clean up), then run again: it must continue where it stopped, fetching neither the
 * listing pages nor the article pages it had finished — only the listing that was in hand.
 */
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DEFAULT_CONFIG_DIR } from '../../src/config/load.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';
import { databaseForCli } from '../helpers/db.ts';
import { beltaTemplate, routeArchives } from './archive-server.ts';

const BIN = new URL('../../bin/covgap.js', import.meta.url).pathname;
const IN_HAND = '/archive/belta/all_news/page/2/?day=05&month=03&year=24/';

describe.each(TEST_BACKENDS)('covgap backfill killed and resumed on %s', (backend) => {
  let t: TestDb;
  let server: FixtureServer;
  let env: Record<string, string>;
  let inspect: Awaited<ReturnType<typeof databaseForCli>>['inspect'];
  let holding = true;
  beforeAll(async () => {
    t = await openTestDb(backend);
    server = await startFixtureServer();
    // The first request for 5 March page 2 never gets an answer: the process is killed waiting.
    routeArchives(server, (path) => path === IN_HAND && holding);
    const dir = mkdtempSync(join(tmpdir(), 'covgap-backfill-'));
    for (const f of ['projects.yaml', 'regions.yaml']) copyFileSync(join(DEFAULT_CONFIG_DIR, f), join(dir, f));
    writeFileSync(join(dir, 'sources.yaml'), `outlets:
  - id: belta
    name: BelTA
    country: BY
    level: central
    site: https://www.belta.by/
    time_zone: Europe/Minsk
    archive:
      - { id: belta-ru-all-news, adapter: belta-all-news, url: "${beltaTemplate(server.url)}", lang: ru }
    feeds:
      - { id: belta-ru-main, url: "${server.url}/belta/rss/all.xml", lang: ru, poll_minutes: 15 }
`);
    writeFileSync(join(dir, 'settings.yaml'), 'host_delay_ms: 0\nbackfill_host_delay_ms: 0\nfetch_timeout_sec: 5\n');
    const cliDb = await databaseForCli(backend, t, dir);
    inspect = cliDb.inspect;
    env = {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', COVGAP_LOG_FORMAT: 'json', COVGAP_CONFIG_DIR: dir,
      ...cliDb.env,
    };
  });
  afterAll(async () => {
    await server?.close();
    await t?.drop();
  });

  const fetched = (from = 0) => server.requests.slice(from).map((r) => r.path).filter((p) => p !== '/robots.txt');

  it('continues after kill -9 without fetching done listing or article pages again', { timeout: 120_000 }, async () => {
    const args = [BIN, 'backfill', '--source', 'belta-ru-all-news', '--from', '2024-03-04', '--to', '2024-03-06'];
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const exited = new Promise<NodeJS.Signals | null>((ok) => child.on('exit', (_code, signal) => ok(signal)));
    const deadline = Date.now() + 60_000;
    while (!server.requests.some((r) => r.path === IN_HAND) && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 50));
    expect(server.requests.some((r) => r.path === IN_HAND), stderr).toBe(true);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const before = fetched();
    const doneBefore = before.filter((p) => p !== IN_HAND);
    // 4 March (2 pages, 4 articles) and 5 March page 1 (3 articles) were finished.
    expect(doneBefore.filter((p) => p.includes('/all_news/'))).toHaveLength(3);
    expect(doneBefore.filter((p) => p.includes('/view/'))).toHaveLength(7);
    const units = await inspect((h) => h.db.selectFrom('backfill_units').select([sql<string>`day::text`.as('day'), 'page', 'status']).orderBy('day').orderBy('page').execute());
    expect(units.map((u) => `${u.day}/${u.page}/${u.status}`)).toEqual(['2024-03-04/1/done', '2024-03-04/2/done', '2024-03-05/1/done']);

    holding = false;
    const mark = server.requests.length;
    const again = await promisify(execFile)(process.execPath, args, { env });
    expect(again.stdout).toMatch(/backfill belta-ru-all-news: complete — 3\/3 days, 3 listing page\(s\)/);
    const after = fetched(mark);
    expect(after.filter((p) => doneBefore.includes(p))).toEqual([]);
    expect(after.filter((p) => p.includes('/all_news/'))).toEqual([
      IN_HAND, '/archive/belta/all_news/page/1/?day=06&month=03&year=24/', '/archive/belta/all_news/page/2/?day=06&month=03&year=24/',
    ]);
    // The 5 other articles, each once.
    expect(after.filter((p) => p.includes('/view/'))).toHaveLength(5);
    const items = await inspect((h) => h.db.selectFrom('items').select(['page_status']).execute());
    expect(items).toHaveLength(12);
    expect(items.every((i) => i.page_status === 'ok')).toBe(true);
  });
});
