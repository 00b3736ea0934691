/**
 * Soak (`npm run soak [-- --minutes 30] [--feeds 8] [--fault-rate 0.25] [--seed 1] [--database-url postgres://…]`):
 * simulated polling against a local fixture server that publishes new items on every tick and
 * injects random faults (5xx bursts, 429 + Retry-After, resets mid-body, timeouts, invalid XML,
 * empty bodies), through the real crawl stage (fetcher, decoder, parser, dedup, database).
 * The clock is simulated: each tick advances it by 15 minutes and crawls the feeds that are
 * due, so a one-minute run covers days of polling and backoff.
 *
 * Checks (exit 1 when one fails): every item served in a complete 200 answer is stored exactly
 * once (ingested = served, no duplicates), and the JS heap after warm-up stays flat (drift
 * under 64 MiB). RSS is printed too; on PGlite it includes the embedded database's WASM memory,
 * which grows with the data. Prints a sample line every ~5 s and, last, one JSON object.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crawl } from '../src/crawl/run.ts';
import { Fetcher } from '../src/crawl/fetch.ts';
import { syncCatalog } from '../src/db/catalog.ts';
import { connect } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { memoryLogger } from '../src/log.ts';
import { startFixtureServer } from '../test/fixtures/server.ts';
import { outlet, testConfig } from '../test/helpers/config.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const MINUTES = Number(arg('minutes', '1'));
const FEEDS = Number(arg('feeds', '8'));
const FAULT_RATE = Number(arg('fault-rate', '0.25'));
const SEED = Number(arg('seed', '1'));
const DATABASE_URL = arg('database-url', '');
const WINDOW = 20; // items a feed shows, newest first, like a real RSS feed
const TICK_MS = 15 * 60_000;
const MIB = 1024 * 1024;

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(SEED);

type Fault = 'http_500' | 'http_503_burst' | 'http_429' | 'reset' | 'timeout' | 'invalid_xml' | 'empty';
const FAULTS: Fault[] = ['http_500', 'http_503_burst', 'http_429', 'reset', 'timeout', 'invalid_xml', 'empty'];

interface LiveFeed { id: string; items: Array<{ n: number; at: Date }>; next: number; burst: number }

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'covgap-soak-'));
  const handle = DATABASE_URL ? await connect({ databaseUrl: DATABASE_URL }) : await connect({ dataDir: join(dir, 'data') });
  const failed = (await migrate(handle.db)).find((r) => r.status === 'failed');
  if (failed) throw failed.error;
  if (DATABASE_URL) await handle.db.deleteFrom('items').where('outlet_id', 'like', 'soak-%').execute();
  const server = await startFixtureServer();
  // Starts at the real now: feeds enter the database due at now(), and the clock only moves forward.
  let sim = new Date();
  const feeds: LiveFeed[] = Array.from({ length: FEEDS }, (_, i) => ({ id: `soak-${i}`, items: [], next: 0, burst: 0 }));
  const served = new Set<string>();
  let published = 0;
  const faultsServed: Record<string, number> = {};

  for (const feed of feeds) {
    server.route(`/${feed.id}`, (req, res) => {
      const roll = random();
      let fault: Fault | null = feed.burst > 0 ? 'http_503_burst' : roll < FAULT_RATE ? FAULTS[Math.floor(random() * FAULTS.length)]! : null;
      if (fault === 'http_503_burst' && feed.burst === 0) feed.burst = 2 + Math.floor(random() * 3); // 3–5 answers in a row
      if (fault) faultsServed[fault] = (faultsServed[fault] ?? 0) + 1;
      const body = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${feed.id}</title>` +
        feed.items.map((it) => `<item><title>${feed.id} story ${it.n}</title><link>http://soak.test/${feed.id}/${it.n}</link><guid>${feed.id}-${it.n}</guid><pubDate>${it.at.toUTCString()}</pubDate></item>`).join('') +
        '</channel></rss>';
      switch (fault) {
        case 'http_503_burst':
          feed.burst--;
          return void res.writeHead(503, { 'content-type': 'text/plain' }).end('down');
        case 'http_500': return void res.writeHead(500).end('oops');
        case 'http_429': return void res.writeHead(429, { 'retry-after': '600' }).end('slow down');
        case 'reset':
          res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(body.length + 100) });
          res.write(body.slice(0, body.length >> 1));
          return void setTimeout(() => req.socket.destroy(), 5);
        case 'timeout': return; // never answers; the fetcher's deadline ends it
        case 'invalid_xml': return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body.replace('</channel>', '<item><title>unclosed'));
        case 'empty': return void res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': '0' }).end();
        default:
          for (const it of feed.items) served.add(`http://soak.test/${feed.id}/${it.n}`);
          return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body);
      }
    });
  }
  const config = testConfig([outlet({ id: 'soak-outlet', fetchPages: false, feeds: feeds.map((f) => ({ id: f.id, url: `${server.url}/${f.id}`, pollMinutes: 15 })) })]);
  await syncCatalog(handle.db, config.catalog);
  const log = memoryLogger('warn');
  const fetcher = new Fetcher({ allowedHosts: ['127.0.0.1'], hostDelayMs: 0, timeoutMs: 500, respectRobots: false }, log);

  const samples: Array<{ s: number; rssMiB: number; heapMiB: number; items: number }> = [];
  const failures: Record<string, number> = {};
  const started = performance.now();
  const endAt = started + MINUTES * 60_000;
  let ticks = 0;
  let lastSample = -Infinity;
  const sample = async () => {
    // Live memory, not garbage waiting for a collection (`npm run soak` passes --expose-gc).
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    const items = Number((await handle.db.selectFrom('items').select((eb) => eb.fn.countAll().as('n')).where('outlet_id', '=', 'soak-outlet').executeTakeFirstOrThrow()).n);
    const s = { s: Math.round((performance.now() - started) / 1000), rssMiB: Math.round(m.rss / MIB), heapMiB: Math.round(m.heapUsed / MIB), items };
    samples.push(s);
    process.stdout.write(`soak: t=${s.s}s ticks=${ticks} sim=${sim.toISOString().slice(0, 16)} rss=${s.rssMiB}MiB heap=${s.heapMiB}MiB items=${items} served=${served.size}\n`);
  };
  while (performance.now() < endAt) {
    sim = new Date(sim.getTime() + TICK_MS);
    for (const feed of feeds) {
      const fresh = Math.floor(random() * 4); // 0–3 new stories per quarter hour
      for (let k = 0; k < fresh; k++) feed.items.unshift({ n: feed.next++, at: new Date(sim.getTime() - Math.floor(random() * TICK_MS)) });
      published += fresh;
      feed.items.length = Math.min(feed.items.length, WINDOW);
    }
    const now = sim;
    const summary = await crawl({ db: handle.db, config, fetcher, log, now: () => now }, { dueOnly: true, pages: false });
    if (summary.fatal) throw summary.fatal;
    for (const f of summary.feeds) if (f.failure) failures[f.failure] = (failures[f.failure] ?? 0) + 1;
    ticks++;
    if (performance.now() - lastSample > 5000) {
      lastSample = performance.now();
      await sample();
    }
  }
  await sample();

  const rows = await handle.db.selectFrom('items').select('url').where('outlet_id', '=', 'soak-outlet').execute();
  const ingested = new Set(rows.map((r) => r.url));
  const missing = [...served].filter((u) => !ingested.has(u));
  const extra = [...ingested].filter((u) => !served.has(u));
  const duplicates = rows.length - ingested.size;
  const pending = feeds.reduce((n, f) => n + f.items.filter((it) => !served.has(`http://soak.test/${f.id}/${it.n}`)).length, 0);
  const warm = samples.slice(Math.floor(samples.length * 0.2));
  const heapDriftMiB = warm.length >= 2 ? warm[warm.length - 1]!.heapMiB - Math.min(...warm.map((s) => s.heapMiB)) : 0;
  const result = {
    minutes: MINUTES, ticks, simulatedDays: Math.round((ticks * TICK_MS) / 86_400_000 * 10) / 10, feeds: FEEDS, faultRate: FAULT_RATE, seed: SEED,
    backend: handle.backend, published, served: served.size, ingested: ingested.size, missing: missing.length, extra: extra.length, duplicates,
    // Published but never in a complete 200 answer: still in the feed's window (the next poll
    // gets them) or scrolled out of it while the feed was failing or backing off.
    notYetServed: pending, scrolledOutUnserved: published - served.size - pending, faultsServed, failuresRecorded: failures,
    rssMiB: { first: samples[0]?.rssMiB, last: samples.at(-1)?.rssMiB, max: Math.max(...samples.map((s) => s.rssMiB)) },
    heapMiB: { first: samples[0]?.heapMiB, last: samples.at(-1)?.heapMiB, max: Math.max(...samples.map((s) => s.heapMiB)), driftAfterWarmUp: heapDriftMiB },
    ok: missing.length === 0 && extra.length === 0 && duplicates === 0 && heapDriftMiB < 64,
  };
  await server.close();
  await handle.close();
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exitCode = result.ok ? 0 : 1;
}

main().catch((err) => {
  process.stderr.write(`soak: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
