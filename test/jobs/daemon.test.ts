/**
 * The daemon against the local fixture server on each backend. Most tests drive it with a fake
 * clock through `trigger` (what a timer tick calls); one runs the real node-cron timers on
 * second-long schedules. Nothing of ours is mocked: a webhook receiver is a local HTTP server.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Daemon } from '../../jobs/daemon.ts';
import { scheduleFrom, scheduleSchema, type Schedule } from '../../src/config/schedule-file.ts';
import type { Config } from '../../src/config/load.ts';
import { Fetcher } from '../../src/crawl/fetch.ts';
import { syncCatalog } from '../../src/db/catalog.ts';
import { memoryLogger } from '../../src/log.ts';
import type { AlertPayload } from '../../src/monitor/deliver-alert.ts';
import { FIXTURE_RETRY_AFTER_SEC, startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { openTestDb, TEST_BACKENDS, type TestDb } from '../helpers/db.ts';
import { outlet, testConfig } from '../helpers/config.ts';

const MIN = 60_000;
const H = 60 * MIN;
// Ahead of the real clock: feeds synced now are due at once (next_poll_at defaults to now()).
const T0 = new Date('2030-01-07T08:00:00Z');

/** A feed with items 1..n whose links point at the fixture server. */
function rss(base: string, name: string, n: number): string {
  const items = Array.from({ length: n }, (_, i) =>
    `<item><title>${name} story number ${i + 1}</title><link>${base}/${name}/story/${i + 1}</link><guid>${name}-${i + 1}</guid>` +
      `<pubDate>Mon, 02 Mar 2026 0${i % 8}:00:00 GMT</pubDate><description>Lead ${i + 1}</description></item>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${name}</title><link>${base}/</link>${items}</channel></rss>`;
}

async function webhookReceiver(): Promise<{ url: string; got: AlertPayload[]; auth: string[]; close(): Promise<void> }> {
  const got: AlertPayload[] = [];
  const auth: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      got.push(JSON.parse(body) as AlertPayload);
      auth.push(req.headers.authorization ?? '');
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, got, auth, close: () => new Promise((ok) => server.close(() => ok())) };
}

const schedule = (jobs: Record<string, unknown> = {}): Schedule =>
  scheduleFrom(scheduleSchema.parse({ time_zone: 'UTC', jobs: { match: { enabled: false }, ...jobs } }));

describe.each(TEST_BACKENDS)('the daemon on %s', (backend) => {
  let t: TestDb;
  let server: FixtureServer;
  let hook: Awaited<ReturnType<typeof webhookReceiver>>;
  let clock: Date;
  const daemons: Daemon[] = [];

  beforeAll(async () => {
    t = await openTestDb(backend);
    server = await startFixtureServer();
    hook = await webhookReceiver();
  });
  afterAll(async () => {
    await hook.close();
    await server.close();
    await t.drop();
  });
  beforeEach(async () => {
    await t.reset();
    clock = new Date(T0);
    server.requests.length = 0;
    hook.got.length = 0;
    hook.auth.length = 0;
  });
  afterEach(async () => {
    for (const d of daemons.splice(0)) await d.stop(5000);
  });

  const daemon = (config: Config, opts: { schedule?: Schedule; owner?: string; realClock?: boolean; http?: boolean } = {}) => {
    const log = memoryLogger('info');
    const d = new Daemon({
      db: t.db, backend, config, schedule: opts.schedule ?? schedule(), log, owner: opts.owner ?? 'test:1',
      fetcher: new Fetcher({ allowedHosts: ['127.0.0.1'], hostDelayMs: 0, timeoutMs: 3000 }, log),
      channels: { webhook: { url: hook.url, token: 'sekret-token' }, email: null, timeoutMs: 3000 },
      now: opts.realClock ? undefined : () => clock,
      http: opts.http ? { host: '127.0.0.1', port: 0 } : null,
    });
    daemons.push(d);
    return Object.assign(d, { lines: log.lines });
  };
  const hits = (path: string) => server.requests.filter((r) => r.path === path).length;
  const feedRow = (id: string) => t.db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const at = (ms: number) => (clock = new Date(T0.getTime() + ms));

  it('polls each feed when it is due, waits out a 429 as asked, and backs off a failing feed until it recovers', async () => {
    let flakyUp = false;
    server.route('/t/good', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server.url, 'good', 3)));
    server.route('/t/flaky', (_req, res) =>
      flakyUp ? res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server.url, 'flaky', 2)) : res.writeHead(500).end('down'));
    const config = testConfig([outlet({ id: 'o', fetchPages: false, feeds: [
      { id: 'good', url: `${server.url}/t/good` },
      { id: 'limited', url: `${server.url}/fault/429` },
      { id: 'flaky', url: `${server.url}/t/flaky` },
    ] })]);
    const d = daemon(config);

    await d.trigger('crawl');
    expect([hits('/t/good'), hits('/fault/429'), hits('/t/flaky')]).toEqual([1, 1, 1]);
    const limited = await feedRow('limited');
    const waited = (new Date(limited.next_poll_at).getTime() - T0.getTime()) / 1000;
    expect(waited).toBeGreaterThanOrEqual(FIXTURE_RETRY_AFTER_SEC);
    expect(waited).toBeLessThanOrEqual(FIXTURE_RETRY_AFTER_SEC * 1.1 + 1);

    at(FIXTURE_RETRY_AFTER_SEC * 1000 - 5000); // just before Retry-After runs out: nothing is due
    await d.trigger('crawl');
    expect([hits('/t/good'), hits('/fault/429'), hits('/t/flaky')]).toEqual([1, 1, 1]);

    at(FIXTURE_RETRY_AFTER_SEC * 1100 + 2000); // Retry-After (+ its jitter) is over
    await d.trigger('crawl');
    expect([hits('/t/good'), hits('/fault/429'), hits('/t/flaky')]).toEqual([1, 2, 1]);

    at(16 * MIN); // good is due again (15 min); flaky backs off to ~30 min after one failure
    await d.trigger('crawl');
    expect([hits('/t/good'), hits('/t/flaky')]).toEqual([2, 1]);
    expect((await feedRow('flaky')).consecutive_failures).toBe(1);

    flakyUp = true;
    at(34 * MIN);
    await d.trigger('crawl');
    expect(hits('/t/flaky')).toBe(2);
    const flaky = await feedRow('flaky');
    expect([flaky.status, flaky.consecutive_failures, flaky.failure_score]).toEqual(['ok', 0, 0.5]);
  });

  it('raises exactly one alert for a feed that goes silent, closes it when items return, and tells the webhook both times', async () => {
    let n = 3;
    server.route('/t/quiet', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server.url, 'quiet', n)));
    const config = testConfig([outlet({ id: 'o', fetchPages: false, feeds: [{ id: 'quiet', url: `${server.url}/t/quiet` }] })]);
    const d = daemon(config);

    await d.trigger('crawl');
    at(1 * H);
    n = 4;
    await d.trigger('crawl');
    for (const h of [5, 12, 20, 27]) {
      at(h * H);
      await d.trigger('crawl'); // answers, nothing new
      await d.trigger('health');
    }
    at(28 * H);
    await d.trigger('health'); // still silent: no second alert, no second message
    let alerts = await t.db.selectFrom('alerts').selectAll().execute();
    expect(alerts.map((a) => [a.kind, a.subject, a.resolved_at])).toEqual([['silent', 'quiet', null]]);
    expect(hook.got.map((p) => p.change)).toEqual(['opened']);

    n = 6;
    at(29 * H);
    await d.trigger('crawl');
    await d.trigger('health');
    await d.trigger('health');
    alerts = await t.db.selectFrom('alerts').selectAll().execute();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.resolved_at?.toISOString()).toBe(clock.toISOString());
    expect(alerts[0]!.resolution).toMatch(/quiet: new items arrive again/);
    expect(hook.got.map((p) => `${p.change} ${p.alert.kind} ${p.alert.subject}`)).toEqual(['opened silent quiet', 'resolved silent quiet']);
    expect(hook.auth).toEqual(['Bearer sekret-token', 'Bearer sekret-token']);
    expect(d.lines.join('\n')).toMatch(/covgap ALERT\] warning silent quiet/);
  });

  it('never lets two daemons sharing a database fetch a feed twice or run a slot twice', async () => {
    const feeds = Array.from({ length: 6 }, (_, i) => ({ id: `f${i}`, url: `${server.url}/t/f${i}` }));
    for (const f of feeds) {
      server.route(`/t/${f.id}`, (_req, res) => {
        setTimeout(() => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server.url, f.id, 2)), 30);
      });
    }
    const config = testConfig([outlet({ id: 'o', fetchPages: false, feeds })]);
    const a = daemon(config, { owner: 'host-a:1' });
    const b = daemon(config, { owner: 'host-b:2' });
    await Promise.all([a.trigger('crawl'), b.trigger('crawl'), a.trigger('crawl')]);
    expect(feeds.map((f) => hits(`/t/${f.id}`))).toEqual(feeds.map(() => 1));

    const slot = new Date('2026-03-02T03:30:00Z');
    const outcomes = await Promise.all([a.trigger('housekeeping', slot), b.trigger('housekeeping', slot)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['ok', 'skipped']);
    const late = await b.trigger('housekeeping', slot); // the lock is free again; the slot row still says done
    expect([late.status, late.reason]).toEqual(['skipped', expect.stringMatching(/already done/)]);
    const runs = await t.db.selectFrom('job_runs').selectAll().execute();
    expect(runs.map((r) => [r.job, r.slot.toISOString(), r.status, r.attempts])).toEqual([['housekeeping', slot.toISOString(), 'ok', 1]]);
  });

  it('writes the weekly report once when two daemons reach its Monday slot together', async () => {
    const reportDir = mkdtempSync(join(tmpdir(), 'covgap-report-'));
    const config = testConfig([outlet({ id: 'o', fetchPages: false, feeds: [{ id: 'x', url: `${server.url}/t/none` }] })], { report_dir: reportDir });
    await syncCatalog(t.db, config.catalog);
    const a = daemon(config, { owner: 'host-a:1' });
    const b = daemon(config, { owner: 'host-b:2' });
    const slot = new Date('2030-01-07T04:00:00Z'); // Monday 07:00 Europe/Minsk
    const outcomes = await Promise.all([a.trigger('report', slot), b.trigger('report', slot)]);
    expect(outcomes.map((o) => o.status).sort(), JSON.stringify(outcomes.map((o) => o.reason))).toEqual(['ok', 'skipped']);
    expect((await b.trigger('report', slot)).status).toBe('skipped');
    const runs = await t.db.selectFrom('job_runs').select(['job', 'status', 'attempts']).execute();
    expect(runs).toEqual([{ job: 'report', status: 'ok', attempts: 1 }]);
    const week = String(outcomes.find((o) => o.status === 'ok')!.result!.summary.week);
    expect(week).toBe('2030-W01'); // the last complete week on Monday 2030-01-07 in Minsk
    expect(readdirSync(join(reportDir, week)).filter((f) => f.endsWith('.en.html'))).toHaveLength(1);
  });

  it('runs match after a crawl that stored items', async () => {
    const config = testConfig([outlet({ id: 'belta', site: 'https://www.belta.by/', fetchPages: false, feeds: [{ id: 'belta-ru-all', url: `${server.url}/belta/rss/all.xml` }] })]);
    await syncCatalog(t.db, config.catalog);
    const d = daemon(config, { schedule: schedule({ match: { enabled: true } }) });
    await d.trigger('crawl');
    await d.stop(10_000); // waits for the match it started
    const items = await t.db.selectFrom('items as i').leftJoin('item_match_state as s', 's.item_id', 'i.id').select('s.matcher_version').execute();
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.matcher_version !== null)).toBe(true);
  });

  it('runs jobs on real second-long cron schedules and serves /healthz and /metrics', async () => {
    server.route('/t/live', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server.url, 'live', 2)));
    const config = testConfig([outlet({ id: 'o', fetchPages: false, feeds: [{ id: 'live', url: `${server.url}/t/live` }] })]);
    const d = daemon(config, {
      realClock: true, http: true,
      schedule: schedule({ crawl: { cron: '* * * * * *' }, health: { cron: '* * * * * *' }, report: { enabled: false }, housekeeping: { enabled: false } }),
    });
    await d.start();
    await new Promise((ok) => setTimeout(ok, 2600));
    const healthz = await fetch(`${d.httpUrl}/healthz`);
    expect(healthz.status).toBe(200);
    expect(await healthz.json()).toMatchObject({ ok: true, status: 'running' });
    const metrics = await (await fetch(`${d.httpUrl}/metrics`)).text();
    expect(metrics).toMatch(/^covgap_fetches_total\{feed="live",outcome="ok"\} 1$/m);
    expect(metrics).toMatch(/^covgap_items_new_total\{feed="live"\} 2$/m);
    expect(metrics).toMatch(/^covgap_feed_lag_seconds\{feed="live"\} 0$/m);
    expect(metrics).toMatch(/^covgap_job_last_duration_seconds\{job="health"\} [\d.e-]+$/m);
    expect(await d.stop(5000)).toBe('clean');
    expect(hits('/t/live')).toBe(1); // every second a crawl tick, but the feed is due every 15 min
    const slots = await t.db.selectFrom('job_runs').select(['slot', 'status']).where('job', '=', 'health').execute();
    expect(slots.length).toBeGreaterThanOrEqual(2);
    expect(slots.every((s) => s.slot.getMilliseconds() === 0 && s.status === 'ok')).toBe(true);
  });
});
