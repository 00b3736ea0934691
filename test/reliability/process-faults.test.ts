/**
 * The crawler process dies or has company: the real bin in child processes against the
 * fixture server. `kill -9` in the middle of storing a large feed (no shutdown code runs; on
 * PGlite the embedded database itself is killed mid-write) — the re-run must recover and be
 * idempotent. Two `covgap crawl` processes at once on the server — no duplicate, no deadlock.
 * SIGTERM and two concurrent `covgap run crawl` jobs are in test/jobs/sigterm.test.ts.
 */
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR } from '../../src/config/load.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { openTestDb, databaseForCli, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';

const BIN = new URL('../../bin/covgap.js', import.meta.url).pathname;
const BIG = 800;
const SMALL = ['s1', 's2'];

function rss(base: string, name: string, n: number): string {
  const items = Array.from({ length: n }, (_, i) => `<item><title>${name} story ${i}</title><link>${base}/${name}/story/${i}</link><guid>${name}-${i}</guid></item>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${name}</title>${items}</channel></rss>`;
}

function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((ok) => {
    execFile(process.execPath, [BIN, ...args], { env, timeout: 120_000 }, (err, stdout, stderr) => {
      ok({ code: err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : -1) : 0, stdout, stderr });
    });
  });
}

describe.each(TEST_BACKENDS)('crawler process faults on %s', (backend) => {
  let t: TestDb;
  let server: FixtureServer;
  let env: Record<string, string>;
  let inspect: Awaited<ReturnType<typeof databaseForCli>>['inspect'];
  let bigServedAt = 0;
  beforeAll(async () => {
    t = await openTestDb(backend);
    server = await startFixtureServer();
    server.route('/big', (_req, res) => {
      bigServedAt = performance.now();
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server.url, 'big', BIG));
    });
    for (const f of SMALL) server.route(`/${f}`, (_req, res) => void setTimeout(() => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server.url, f, 3)), 300));
    const dir = mkdtempSync(join(tmpdir(), 'covgap-kill-'));
    for (const f of ['projects.yaml', 'regions.yaml']) copyFileSync(join(DEFAULT_CONFIG_DIR, f), join(dir, f));
    // `big` first: the kill lands after its 800 items, while the small feeds are in flight.
    writeFileSync(join(dir, 'sources.yaml'), `outlets:
  - id: o
    name: O
    country: BY
    level: central
    time_zone: Europe/Minsk
    fetch_pages: false
    feeds:
${['big', ...SMALL].map((f) => `      - { id: ${f}, url: "${server.url}/${f}", lang: ru, poll_minutes: 15 }`).join('\n')}
`);
    writeFileSync(join(dir, 'settings.yaml'), 'host_delay_ms: 0\nfetch_timeout_sec: 10\n');
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

  const itemUrls = () => inspect((h) => h.db.selectFrom('items').select('url').execute()).then((rows) => rows.map((r) => r.url));

  it('recovers from kill -9 while a large feed is being stored: the re-run stores every item once, and a third run adds nothing', { timeout: 240_000 }, async () => {
    const child = spawn(process.execPath, [BIN, 'crawl'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const exited = new Promise<NodeJS.Signals | null>((ok) => child.on('exit', (_code, signal) => ok(signal)));
    const deadline = Date.now() + 90_000;
    while (!bigServedAt && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 20));
    expect(bigServedAt, stderr).toBeGreaterThan(0);
    // The 800 items are stored in one statement (insertItems); the three small feeds answer
    // 300 ms each after that. On pg, kill once the items are in; PGlite cannot be read while the
    // child holds it, so kill 300 ms after the big feed was served: while it is being parsed or
    // stored, or just after, and always before the small feeds are done.
    if (backend === 'pg') {
      while ((await itemUrls()).length < 100 && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 20));
    } else {
      await new Promise((ok) => setTimeout(ok, 300));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const atKill = (await itemUrls()).length;
    expect(atKill).toBeLessThan(BIG + 2 * 3); // it really was killed before the end

    const again = await run(['crawl'], env);
    expect(again.code, again.stderr).toBe(0);
    const urls = await itemUrls();
    expect(urls).toHaveLength(BIG + SMALL.length * 3);
    expect(new Set(urls).size).toBe(urls.length);
    const third = await run(['crawl'], env);
    expect(third.code, third.stderr).toBe(0);
    expect(third.stdout).toMatch(/\(0 new items\)/);
    expect(await itemUrls()).toHaveLength(BIG + SMALL.length * 3);
    console.log(`[reliability] ${backend}: kill -9 mid-store left ${atKill} of ${BIG + 6} items; the re-run completed them with no duplicate`);
  });

  // Two processes need a server: embedded PGlite is one process's database by design.
  if (backend === 'pg') it('lets two covgap crawl processes run at once without duplicates or a deadlock', { timeout: 180_000 }, async () => {
    await t.reset();
    const started = performance.now();
    const [a, b] = await Promise.all([run(['crawl'], env), run(['crawl'], env)]);
    const ms = performance.now() - started;
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const urls = await itemUrls();
    expect(urls).toHaveLength(BIG + SMALL.length * 3);
    expect(new Set(urls).size).toBe(urls.length);
    // Both processes report their own counts; together they found each item exactly once.
    const fresh = (s: string) => Number(/\((\d+) new items\)/.exec(s)?.[1] ?? NaN);
    expect(fresh(a.stdout) + fresh(b.stdout)).toBe(BIG + SMALL.length * 3);
    console.log(`[reliability] two concurrent covgap crawl: ${Math.round(ms)} ms, ${fresh(a.stdout)} + ${fresh(b.stdout)} new items`);
  });
});
