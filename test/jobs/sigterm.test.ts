/**
 * `covgap schedule` as systemd runs it: the real bin in a child process, stopped with SIGTERM
 * in the middle of a crawl. It must finish the feed in hand, hand the other claimed feeds back,
 * exit 0 within 10 s, and the next run must pick up where it stopped. On pg, two real
 * processes crawling at once must not fetch a feed twice nor run a job slot twice.
 */
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR } from '../../src/config/load.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';
import { databaseForCli } from '../helpers/db.ts';

const BIN = new URL('../../bin/covgap.js', import.meta.url).pathname;
const FEEDS = ['s1', 's2', 's3', 's4'];
const SLOW_MS = 1500;

function rss(base: string, name: string): string {
  const items = [1, 2].map((i) => `<item><title>${name} story ${i}</title><link>${base}/${name}/story/${i}</link><guid>${name}-${i}</guid></item>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${name}</title><link>${base}/</link>${items}</channel></rss>`;
}

function configDir(base: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'covgap-sigterm-'));
  for (const f of ['projects.yaml', 'regions.yaml']) copyFileSync(join(DEFAULT_CONFIG_DIR, f), join(dir, f));
  writeFileSync(join(dir, 'sources.yaml'), `outlets:
  - id: slow
    name: Slow Outlet
    country: BY
    level: central
    time_zone: Europe/Minsk
    fetch_pages: false
    feeds:
${FEEDS.map((f) => `      - { id: ${f}, url: "${base}/slow/${f}", lang: ru, poll_minutes: 15 }`).join('\n')}
`);
  writeFileSync(join(dir, 'settings.yaml'), 'host_delay_ms: 0\nfetch_timeout_sec: 5\n');
  writeFileSync(join(dir, 'schedule.yaml'), `time_zone: UTC
jobs:
  crawl: { cron: "* * * * * *" }
  match: { enabled: false }
  health: { enabled: false }
  report: { enabled: false }
  housekeeping: { cron: "0 * * * *" }
`);
  return dir;
}

describe.each(TEST_BACKENDS)('covgap schedule on %s', (backend) => {
  let t: TestDb;
  let server: FixtureServer;
  let env: Record<string, string>;
  let inspect: Awaited<ReturnType<typeof databaseForCli>>['inspect'];
  beforeAll(async () => {
    t = await openTestDb(backend);
    server = await startFixtureServer();
    for (const f of FEEDS) {
      server.route(`/slow/${f}`, (_req, res) => {
        setTimeout(() => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server.url, f)), SLOW_MS);
      });
    }
    const dir = configDir(server.url);
    const cliDb = await databaseForCli(backend, t, dir);
    inspect = cliDb.inspect;
    env = {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', COVGAP_LOG_FORMAT: 'json', COVGAP_CONFIG_DIR: dir, COVGAP_METRICS_PORT: '0',
      ...cliDb.env,
    };
  });
  afterAll(async () => {
    await server?.close();
    await t?.drop();
  });

  /** The database the child processes use (PGlite: only while no child has it open). */
  const slowHits = () => server.requests.filter((r) => r.path.startsWith('/slow/')).length;

  it('finishes the feed in hand on SIGTERM, exits 0 within 10 s, and the next run continues', { timeout: 120_000 }, async () => {
    const child = spawn(process.execPath, [BIN, 'schedule'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    const deadline = Date.now() + 60_000;
    while (slowHits() < 2 && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 50));
    expect(slowHits()).toBe(2); // the first feed is done, the second is in hand
    const sent = performance.now();
    child.kill('SIGTERM');
    const code = await exited;
    const tookMs = performance.now() - sent;
    expect(code, stderr).toBe(0);
    expect(tookMs).toBeLessThan(10_000);
    expect(stderr).toMatch(/handed back for the next run/);
    expect(stderr).toMatch(/stopped cleanly/);

    const state = await inspect(async (h) => ({
      feeds: await h.db.selectFrom('feeds').select(['id', 'last_fetch_at', 'next_poll_at']).orderBy('id').execute(),
      fetches: await h.db.selectFrom('fetches').select(['feed_id', 'outcome', 'items_new']).orderBy('id').execute(),
      items: await h.db.selectFrom('items').select(['feed_id']).execute(),
    }));
    const fetched = state.feeds.filter((f) => f.last_fetch_at).map((f) => f.id);
    expect(fetched).toEqual(['s1', 's2']);
    // Every fetched feed is complete (its items, its fetch-log row); the rest are due again.
    expect(state.fetches.map((f) => [f.feed_id, f.outcome, f.items_new])).toEqual([['s1', 'ok', 2], ['s2', 'ok', 2]]);
    expect(state.items.map((i) => i.feed_id).sort()).toEqual(['s1', 's1', 's2', 's2']);
    for (const f of state.feeds.filter((f) => !f.last_fetch_at)) expect(new Date(f.next_poll_at).getTime()).toBeLessThanOrEqual(Date.now());

    const next = await promisify(execFile)(process.execPath, [BIN, 'run', 'crawl'], { env });
    expect(next.stdout).toMatch(/crawl: 2 due feed\(s\) — 2 fetched \(4 new items\)/);
    const items = await inspect((h) => h.db.selectFrom('items').select('feed_id').execute());
    expect(items).toHaveLength(8);
  });

  // Two processes need a server: embedded PGlite is one process's database by design.
  if (backend === 'pg') it('lets two processes crawl and run a slot at once without doing anything twice', { timeout: 60_000 }, async () => {
    await t.db.updateTable('feeds').set({ next_poll_at: new Date(Date.now() - 1000) }).execute();
    await t.db.deleteFrom('job_runs').execute(); // the daemon above backfilled this hour's slot
    server.requests.length = 0;
    const run = (args: string[]) => promisify(execFile)(process.execPath, [BIN, ...args], { env }).then((r) => r.stdout, (e: { stdout?: string }) => e.stdout ?? '');
    await Promise.all([run(['run', 'crawl']), run(['run', 'crawl'])]);
    const perFeed = FEEDS.map((f) => server.requests.filter((r) => r.path === `/slow/${f}`).length);
    expect(perFeed).toEqual([1, 1, 1, 1]);

    const outs = await Promise.all([run(['run', 'housekeeping']), run(['run', 'housekeeping'])]);
    expect(outs.filter((o) => /^housekeeping: \d+ fetch-log/m.test(o))).toHaveLength(1);
    expect(outs.filter((o) => /housekeeping: skipped/.test(o))).toHaveLength(1);
    const runs = await t.db.selectFrom('job_runs').select(['job', 'status']).execute();
    expect(runs).toEqual([{ job: 'housekeeping', status: 'ok' }]);
  });
});
