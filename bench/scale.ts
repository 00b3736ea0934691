/**
 * `npm run bench:scale` — years of data, measured (docs/performance.md).
 *
 * Generates a multi-year archive (bench/scale-data.ts) into a dedicated database on the
 * PostgreSQL server, then measures what a year-old installation lives with:
 *   ingest        batched (insertItems) over the whole archive, and batched vs row-by-row
 *                 (insertItem) on the same sample once the table is full;
 *   match         first match, then a full re-match after a catalog change (worker threads);
 *   report        the weekly gap report (computed, frozen, rendered in every format and
 *                 language) for the latest week and for a week two years back;
 *   queries       every research example in sql/examples/ (EXPLAIN (ANALYZE, BUFFERS) of the slowest);
 *   size          database size per million items.
 * The same steps then run on embedded PGlite with fewer items. Each figure is printed next to
 * its target (the targets are for PostgreSQL with a million items; smaller runs and PGlite
 * print their figures only); the exit code is 1 when a target is missed.
 *
 * Environment:
 *   COVGAP_BENCH_ITEMS         items on PostgreSQL (default 1000000)
 *   COVGAP_BENCH_PGLITE_ITEMS  items on PGlite (default 100000; 0 skips PGlite)
 *   COVGAP_BENCH_PG_URL        a server database to connect to first (default
 *                              postgres://postgres@127.0.0.1:5432/test); the benchmark creates
 *                              and drops its own database `covgap_bench_scale` there
 *   COVGAP_BENCH_DB            that database's name (default covgap_bench_scale)
 *   COVGAP_BENCH_KEEP=1        keep that database afterwards (to explore it with psql)
 *   COVGAP_MATCH_WORKERS       matcher worker threads (default: the setting, i.e. the cores)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { Catalog } from '../src/catalog/model.ts';
import { loadConfig, type Config } from '../src/config/load.ts';
import { syncCatalog } from '../src/db/catalog.ts';
import { connect, type DbHandle } from '../src/db/connect.ts';
import { insertItem, insertItems } from '../src/db/items.ts';
import { migrate } from '../src/db/migrate.ts';
import { keepOutletWeeks } from '../src/db/outlet-weeks.ts';
import { syncSources } from '../src/db/sources.ts';
import type { Database, NewItem } from '../src/db/tables.ts';
import { addWeeks, weekBounds } from '../src/gaps/week.ts';
import { memoryLogger } from '../src/log.ts';
import { matchStored } from '../src/match/run.ts';
import { lastCompleteWeek, runReport } from '../src/report/run.ts';
import { readExamples } from '../src/research/examples.ts';
import { generateItems } from './scale-data.ts';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]!.replace(/^\/\*\*?|^ \* ?/gm, '') + '\n');
  process.exit(0);
}

const N_PG = Number(process.env.COVGAP_BENCH_ITEMS ?? 1_000_000);
const N_LITE = Number(process.env.COVGAP_BENCH_PGLITE_ITEMS ?? 100_000);
const ADMIN_URL = process.env.COVGAP_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const KEEP = process.env.COVGAP_BENCH_KEEP === '1';
const BENCH_DB = process.env.COVGAP_BENCH_DB ?? 'covgap_bench_scale';
const YEARS = 3;
const BATCH = 2_000;
const SAMPLE = 10_000;

const config = loadConfig({});
const workers = config.settings.match_workers;
const now = new Date();
const tz = config.settings.report_time_zone;
const latestWeek = lastCompleteWeek(now, tz);
const oldWeek = addWeeks(latestWeek, -104);
const archiveStart = weekBounds(addWeeks(latestWeek, -52 * YEARS + 1), tz).start;
const archiveEnd = weekBounds(latestWeek, tz).end;
const began = performance.now();

interface Figure {
  readonly backend: string;
  readonly name: string;
  readonly value: string;
  readonly target: string;
  /** null: informational, no target. */
  readonly ok: boolean | null;
}
const figures: Figure[] = [];
function figure(backend: string, name: string, value: string, target = '', ok: boolean | null = null): void {
  figures.push({ backend, name, value, target, ok });
  const mark = ok === null ? '' : ok ? '  ✓' : '  ✗ MISSED';
  say(`  ${name}: ${value}${target ? `  (target ${target})` : ''}${mark}`);
}
function say(line: string): void {
  process.stdout.write(`${line}\n`);
}
const secs = (ms: number) => (ms / 1000).toFixed(1);
const rate = (n: number, ms: number) => Math.round((n * 1000) / ms);
const fmt = (n: number) => n.toLocaleString('en-US');
const elapsed = () => `${secs(performance.now() - began)} s`;

/** Busy share of all cores, from /proc/stat (Linux); null elsewhere. */
function cpuTicks(): { busy: number; total: number } | null {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = f[3]! + (f[4] ?? 0);
    const total = f.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/** The catalog after an editor's change: one more alias, a new version → every item re-matched. */
function editedCatalog(c: Catalog): Catalog {
  return {
    ...c,
    version: `${c.version}+bench-edit`,
    projects: c.projects.map((p, i) => (i === 0 ? { ...p, match: { ...p.match, aliases: { ...p.match.aliases, ru: [...(p.match.aliases.ru ?? []), 'Договор о дружбе Минск Астана'] } } } : p)),
  };
}

async function ingest(db: Kysely<Database>, label: string, n: number, perWeek: number, streams: number): Promise<void> {
  // The archive is loaded by `streams` concurrent writers, each taking every streams-th chunk of
  // the timeline: the full-text vector is computed by the server, one core per connection.
  let stored = 0;
  let genMs = 0;
  let next = n / 10;
  const t0 = performance.now();
  const chunks = Math.ceil(n / BATCH);
  const writer = async (s: number): Promise<void> => {
    for (let c = s; c < chunks; c += streams) {
      const g0 = performance.now();
      const batch = [...generateItems(config.catalog, config.outlets, { seed: 7, perWeek, start: archiveStart, projectShare: 0.02 }, Math.min(BATCH, n - c * BATCH), c * BATCH)];
      genMs += performance.now() - g0;
      const outcomes = await insertItems(db, batch, config.settings.title_dedup_days);
      stored += outcomes.filter((o) => o === 'new').length;
      if (stored >= next) {
        say(`    … ${fmt(stored)} items stored (${fmt(rate(stored, performance.now() - t0))} items/s, ${elapsed()})`);
        next += n / 10;
      }
    }
  };
  await Promise.all(Array.from({ length: streams }, (_, s) => writer(s)));
  const ms = performance.now() - t0;
  const { chars } = (await sql<{ chars: number }>`select avg(length(title) + length(coalesce(lead, '')) + length(coalesce(body, '')))::int as chars from items`.execute(db)).rows[0]!;
  figure(label, `archive load with article bodies (batched, ${streams} connection${streams > 1 ? 's' : ''}; the server computes each item's full-text vector)`, `${fmt(rate(stored, ms))} items/s (${fmt(stored)} items of ${fmt(chars)} characters on average in ${secs(ms)} s, of which ${secs(genMs)} s generating the text)`);

}

async function ingestSamples(db: Kysely<Database>, label: string, n: number, perWeek: number, target: boolean): Promise<void> {
  // What the crawler and backfill store: a feed or listing item (title, lead); its body comes
  // later with the page. Same sample size, same full table: row by row, then batched.
  const sample = (first: number) => [...generateItems(config.catalog, config.outlets, { seed: 11, perWeek, start: archiveStart, projectShare: 0.02, withBody: false }, SAMPLE, first)];
  const rows = sample(n + 1);
  const t1 = performance.now();
  for (const item of rows) await insertItem(db, item, config.settings.title_dedup_days);
  const rowMs = performance.now() - t1;
  const batched = sample(n + 1 + SAMPLE);
  const t2 = performance.now();
  for (let i = 0; i < batched.length; i += BATCH) await insertItems(db, batched.slice(i, i + BATCH), config.settings.title_dedup_days);
  const batchMs = performance.now() - t2;
  figure(label, `ingest of feed items into the full archive, ${fmt(SAMPLE)} each way`, `batched ${fmt(rate(SAMPLE, batchMs))} items/s, row by row ${fmt(rate(SAMPLE, rowMs))} items/s: ${(rowMs / batchMs).toFixed(1)}×`, target ? '≥ 5,000 items/s batched' : '', target ? rate(SAMPLE, batchMs) >= 5000 : null);
}

/** Regional papers reprint agency copy: mark every 20th regional item as a reprint of the agency item just before it. */
async function markReprints(db: Kysely<Database>): Promise<void> {
  await sql`update items r set reprint_of = (
      select a.id from items a join outlets ao on ao.id = a.outlet_id
      where ao.level = 'central' and a.id < r.id order by a.id desc limit 1)
    from outlets o where o.id = r.outlet_id and o.level = 'regional' and r.id % 20 = 0`.execute(db);
}

async function match(db: Kysely<Database>, label: string, n: number, target: boolean): Promise<void> {
  const log = memoryLogger('warn');
  const t0 = performance.now();
  const first = await matchStored({ db, catalog: config.catalog, log, threshold: config.settings.match_threshold, workers });
  const firstMs = performance.now() - t0;
  figure(label, 'first match of the archive', `${fmt(rate(first.items, firstMs))} items/s (${fmt(first.items)} items, ${fmt(first.matches)} matches, ${fmt(first.relevant)} relevant, ${secs(firstMs)} s)`);
  // The archive in service, as a catalog change finds it: vacuumed, its rows' hint bits set.
  // Straight after the first match autovacuum would run through 3 million fresh match and
  // place rows during the re-match (measured: 3,500 items/s instead of ~9,000).
  await vacuum(db, label, 'after the first match');

  const edited = editedCatalog(config.catalog);
  await syncCatalog(db, edited);
  const cpu0 = process.cpuUsage();
  const ticks0 = cpuTicks();
  const t1 = performance.now();
  const again = await matchStored({ db, catalog: edited, log, threshold: config.settings.match_threshold, workers });
  const ms = performance.now() - t1;
  const cpu = process.cpuUsage(cpu0);
  const ticks1 = cpuTicks();
  const ownCores = (cpu.user + cpu.system) / 1000 / ms;
  const machine = ticks0 && ticks1 ? ((ticks1.busy - ticks0.busy) / (ticks1.total - ticks0.total)) * os.availableParallelism() : null;
  if (again.items !== n + 2 * SAMPLE) throw new Error(`re-match saw ${again.items} items, expected ${n + 2 * SAMPLE}`);
  figure(
    label,
    `full re-match after a catalog change (${again.workers ? `${again.workers} worker threads` : 'in-process'})`,
    `${fmt(rate(again.items, ms))} items/s (${secs(ms)} s; covgap used ${ownCores.toFixed(2)} cores${machine === null ? '' : `, the machine ${machine.toFixed(2)} of ${os.availableParallelism()}`})`,
    target ? '≥ 4,000 items/s on both cores' : '',
    target ? rate(again.items, ms) >= 4000 : null,
  );
  // A crawl's worth of new items, matched the way every cycle does: find the unmatched among
  // all items, match them, store.
  const fresh = [...generateItems(config.catalog, config.outlets, { seed: 13, perWeek: 1000, start: new Date(archiveEnd.getTime() - 7 * 86_400_000), projectShare: 0.02 }, 500, 10_000_000)];
  await insertItems(db, fresh, config.settings.title_dedup_days);
  const t2 = performance.now();
  const cycle = await matchStored({ db, catalog: edited, log, threshold: config.settings.match_threshold, workers });
  const cycleMs = performance.now() - t2;
  figure(label, 'a crawl cycle\'s match: 500 new items among all', `${secs(cycleMs)} s (${fmt(cycle.items)} items matched)`);
  await syncCatalog(db, config.catalog);
}

async function reports(db: Kysely<Database>, label: string, target: boolean): Promise<void> {
  const out = mkdtempSync(join(os.tmpdir(), 'covgap-bench-report-'));
  try {
    for (const [what, week] of [['latest week', latestWeek], ['a week two years back', oldWeek]] as const) {
      const times: number[] = [];
      let window = '';
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        const r = await runReport({ db, catalog: config.catalog, settings: config.settings, log: memoryLogger('warn'), now }, { week, formats: ['html', 'md', 'csv', 'json'], langs: ['en', 'ru'], outDir: out, recompute: true });
        times.push(performance.now() - t0);
        window = `${fmt(r.report.totals.itemsWindow)} items, ${fmt(r.report.totals.originalsWindow)} matched originals in its ${r.report.windowWeeks.length}-week window, ${r.report.gaps.length} gaps`;
      }
      const worst = Math.max(...times);
      figure(label, `weekly report, ${what} (${week}; ${window})`, `${secs(times[0]!)} s first, ${secs(worst)} s worst of 3 (computed, frozen, rendered: 4 formats × 2 languages)`, target ? '< 2 s' : '', target ? worst < 2000 : null);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function queries(db: Kysely<Database>, label: string, target: boolean): Promise<void> {
  let slowest = { file: '', ms: 0, sql: '' };
  for (const ex of readExamples()) {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      rows = (await sql.raw(ex.sql).execute(db)).rows.length;
      times.push(performance.now() - t0);
    }
    const worst = Math.max(...times);
    if (worst > slowest.ms) slowest = { file: ex.file, ms: worst, sql: ex.sql };
    figure(label, `query ${ex.file} (${rows} rows)`, `${times.map((t) => t.toFixed(0)).join(' / ')} ms`, target ? '< 500 ms each run' : '', target ? worst < 500 : null);
  }
  say(`  EXPLAIN (ANALYZE, BUFFERS) of the slowest, ${slowest.file}:`);
  const plan = await sql.raw<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${slowest.sql}`).execute(db);
  for (const r of plan.rows) say(`    ${r['QUERY PLAN']}`);
}

async function size(db: Kysely<Database>, label: string): Promise<void> {
  const { n } = (await sql<{ n: number }>`select count(*)::int as n from items`.execute(db)).rows[0]!;
  const { bytes } = (await sql<{ bytes: number }>`select pg_database_size(current_database())::bigint as bytes`.execute(db)).rows[0]!;
  const parts = (await sql<{ rel: string; bytes: number }>`
      select c.relname as rel, pg_total_relation_size(c.oid)::bigint as bytes from pg_class c join pg_namespace s on s.oid = c.relnamespace
      where s.nspname = 'public' and c.relkind = 'r' order by 2 desc limit 4`.execute(db)).rows;
  const gib = (b: number) => `${(b / 1024 ** 3).toFixed(2)} GiB`;
  figure(label, 'database size', `${gib(bytes)} for ${fmt(n)} items = ${gib((bytes * 1e6) / n)} per million items (${parts.map((p) => `${p.rel} ${gib(p.bytes)}`).join(', ')})`);
}

async function vacuum(db: Kysely<Database>, label: string, when: string): Promise<void> {
  const t0 = performance.now();
  await sql`vacuum analyze`.execute(db);
  figure(label, `vacuum analyze ${when}`, `${secs(performance.now() - t0)} s (autovacuum does this in service)`);
}

async function runAll(label: string, handle: DbHandle, n: number, targets: boolean, streams: number): Promise<void> {
  const db = handle.db;
  const failed = (await migrate(db)).find((r) => r.status === 'failed');
  if (failed) throw failed.error;
  await syncSources(db, config.outlets);
  await syncCatalog(db, config.catalog);
  await keepOutletWeeks(db, tz); // as covgap migrate/run do
  const perWeek = Math.ceil(n / (52 * YEARS));
  say(`\n${label}: ${fmt(n)} items over ${YEARS} years (${fmt(perWeek)} a week, ${config.outlets.length} outlets, ${config.catalog.projects.length} projects), ${archiveStart.toISOString().slice(0, 10)} → ${archiveEnd.toISOString().slice(0, 10)}`);
  say(`  [ingest] ${elapsed()}`);
  await ingest(db, label, n, perWeek, streams);
  await markReprints(db);
  // As after any bulk load: otherwise autovacuum works through the fresh archive during the
  // measurements below and they measure it (re-match 3,557 items/s instead of ~9,000).
  say(`  [vacuum analyze] ${elapsed()}`);
  await vacuum(db, label, 'after the bulk load');
  await ingestSamples(db, label, n, perWeek, targets);
  say(`  [match] ${elapsed()}`);
  await match(db, label, n, targets);
  say(`  [vacuum analyze] ${elapsed()}`);
  await vacuum(db, label, 'after the re-match');
  say(`  [report] ${elapsed()}`);
  await reports(db, label, targets);
  say(`  [queries] ${elapsed()}`);
  await queries(db, label, targets);
  await size(db, label);
}

say(`covgap bench:scale — ${os.cpus()[0]?.model ?? 'cpu'} × ${os.availableParallelism()}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, Node ${process.version}, matcher workers ${workers}`);
say(`report weeks: latest ${latestWeek}, two years back ${oldWeek} (${tz})`);

if (N_PG > 0) {
  const admin = new pg.Client(ADMIN_URL);
  await admin.connect();
  const server = (await admin.query<{ server_version: string }>('show server_version')).rows[0]!.server_version.split(' ')[0];
  await admin.query(`drop database if exists ${BENCH_DB}`);
  await admin.query(`create database ${BENCH_DB}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${BENCH_DB}`;
  const handle = await connect({ databaseUrl: url.toString() });
  try {
    await runAll(`PostgreSQL ${server}`, handle, N_PG, N_PG >= 1_000_000, os.availableParallelism());
  } finally {
    await handle.close();
    if (!KEEP) await admin.query(`drop database if exists ${BENCH_DB}`);
    else say(`kept database ${url.toString()}`);
    await admin.end();
  }
}

if (N_LITE > 0) {
  const dir = mkdtempSync(join(os.tmpdir(), 'covgap-bench-scale-'));
  const handle = await connect({ dataDir: dir });
  try {
    await runAll('PGlite', handle, N_LITE, false, 1);
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const total = performance.now() - began;
figures.push({ backend: 'all', name: 'whole benchmark', value: `${secs(total)} s`, target: '< 15 min', ok: total < 15 * 60_000 });
say(`\nSummary (${new Date().toISOString()})`);
for (const f of figures.filter((x) => x.ok !== null || x.name.startsWith('database size'))) {
  say(`  ${f.ok === null ? ' ' : f.ok ? '✓' : '✗'} ${f.backend}: ${f.name}: ${f.value}${f.target ? ` — target ${f.target}` : ''}`);
}
process.stdout.write(`${JSON.stringify({ bench: 'scale', machine: { cpus: os.availableParallelism(), node: process.version }, items: { postgres: N_PG, pglite: N_LITE }, figures })}\n`);
process.exitCode = figures.some((f) => f.ok === false) ? 1 : 0;
