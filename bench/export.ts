/**
 * Memory of `covgap export` on a large table: fills an embedded database (and, with
 * COVGAP_BENCH_PG_URL, a server database) with N items (default 1,000,000; COVGAP_BENCH_ROWS),
 * streams `export items --format csv` to a counting sink and samples heap and RSS every 100k rows.
 * Constant memory = the peak does not grow with N. Run: npx tsx bench/export.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { connect, type DbHandle } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { exportRows } from '../src/research/export.ts';

const N = Number(process.env.COVGAP_BENCH_ROWS ?? 1_000_000);
const PG_URL = process.env.COVGAP_BENCH_PG_URL ?? '';
const MiB = (n: number) => (n / 1024 / 1024).toFixed(0);

async function fill(handle: DbHandle): Promise<void> {
  const failed = (await migrate(handle.db)).find((r) => r.status === 'failed');
  if (failed) throw failed.error;
  await sql`insert into outlets (id, name, country, level, time_zone) values ('bench', 'Bench', 'BY', 'central', 'Europe/Minsk')`.execute(handle.db);
  for (let from = 1; from <= N; from += 100_000) {
    const to = Math.min(N, from + 99_999);
    await sql`insert into items (outlet_id, url, lang, title, title_key, lead, body, published_at, fetched_at)
      select 'bench', 'https://bench.test/' || g, 'ru', 'Заголовок номер ' || g, 'k' || g, 'Лид, с запятой и "кавычками" ' || g,
             repeat('Текст статьи о сотрудничестве Беларуси и Казахстана. ', 8), timestamptz '2020-01-01' + g * interval '3 minutes', now()
      from generate_series(${from}::int, ${to}::int) g`.execute(handle.db);
  }
}

async function measure(label: string, handle: DbHandle): Promise<void> {
  const t0 = Date.now();
  await fill(handle);
  const filled = Date.now() - t0;
  global.gc?.();
  const base = process.memoryUsage();
  let peakHeap = base.heapUsed;
  let peakRss = base.rss;
  let bytes = 0;
  let rows = 0;
  const samples: string[] = [];
  let nextSample = 0;
  const t1 = Date.now();
  await exportRows(handle.db, { kind: 'items', format: 'csv' }, async (chunk) => {
    bytes += Buffer.byteLength(chunk);
    rows += (chunk.match(/\r\n/g) ?? []).length;
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
    if (rows >= nextSample && (nextSample += Math.max(1, Math.floor(N / 10)))) samples.push(`${rows}: heap ${MiB(m.heapUsed)} MiB, rss ${MiB(m.rss)} MiB`);
  });
  const secs = (Date.now() - t1) / 1000;
  process.stdout.write(
    `${label}: ${N} items filled in ${(filled / 1000).toFixed(0)} s; exported ${rows - 1} rows, ${MiB(bytes)} MiB of CSV in ${secs.toFixed(1)} s ` +
      `(${Math.round(N / secs)} rows/s)\n  heap ${MiB(base.heapUsed)} → peak ${MiB(peakHeap)} MiB; rss ${MiB(base.rss)} → peak ${MiB(peakRss)} MiB\n  ${samples.join('\n  ')}\n`,
  );
}

// On disk, not memory://: in memory the table itself would live in the WASM heap and hide the
// export's own footprint.
const dir = mkdtempSync(join(tmpdir(), 'covgap-bench-export-'));
const embedded = await connect({ dataDir: dir });
try {
  await measure('PGlite', embedded);
} finally {
  await embedded.close();
  rmSync(dir, { recursive: true, force: true });
}
if (PG_URL) {
  const admin = new pg.Client(PG_URL);
  await admin.connect();
  await admin.query('drop database if exists covgap_bench_export');
  await admin.query('create database covgap_bench_export');
  const u = new URL(PG_URL);
  u.pathname = '/covgap_bench_export';
  const server = await connect({ databaseUrl: u.toString() });
  try {
    await measure('PostgreSQL', server);
  } finally {
    await server.close();
    await admin.query('drop database if exists covgap_bench_export');
    await admin.end();
  }
}
