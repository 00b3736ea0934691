/**
 * `covgap export items|matches|coverage`: streams a research view out as CSV or JSON lines in
 * constant memory. One path for both backends: a read-only transaction with a server-side
 * cursor (DECLARE … CURSOR, FETCH 500), which PGlite runs like PostgreSQL. Compared with the
 * alternatives (pg-cursor on pg, keyset pages on PGlite) it reads one consistent snapshot and
 * does not re-aggregate weekly_coverage once per page.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/tables.ts';
import { csvHeader, formatRow, type ExportFormat } from './row-format.ts';

export type ExportKind = 'items' | 'matches' | 'coverage';
export const EXPORT_KINDS: readonly ExportKind[] = ['items', 'matches', 'coverage'];

export interface ExportOptions {
  kind: ExportKind;
  format: ExportFormat;
  /** First calendar day included (YYYY-MM-DD, read in the report time zone). */
  since?: string | null;
  /** First calendar day excluded. */
  until?: string | null;
  /** Rows per FETCH (default 500). */
  batchSize?: number;
  /** Time zone of weeks and days (the report_time_zone setting); default Europe/Minsk. */
  timeZone?: string;
}

interface ExportSpec {
  columns: readonly string[];
  from: string;
  /** The expression since/until compare with, as a timestamptz or a date. */
  time: string;
  timeIsDate: boolean;
  orderBy: string;
}

// Dates go out as text so no client turns a date into a local-midnight instant.
const SPECS: Record<ExportKind, ExportSpec> = {
  items: {
    columns: ['item_id', 'outlet_id', 'outlet_name', 'side', 'outlet_level', 'level', 'outlet_region_id', 'lang', 'title', 'lead', 'body', 'url', 'rubric',
      'dateline', 'published_at', 'fetched_at', 'item_time', 'week_start', 'iso_week', 'reprint_of', 'is_reprint', 'relevant', 'relevance_score',
      'region_ids', 'oblast_ids', 'project_ids'],
    from: 'research.items', time: 'item_time', timeIsDate: false, orderBy: 'item_id',
  },
  matches: {
    columns: ['item_id', 'project_id', 'project_name_en', 'project_name_ru', 'lifecycle', 'importance', 'score', 'rule', 'evidence', 'matcher_version',
      'matched_at', 'outlet_id', 'side', 'level', 'lang', 'title', 'url', 'item_time', 'week_start', 'iso_week', 'is_reprint'],
    from: 'research.item_matches', time: 'item_time', timeIsDate: false, orderBy: 'item_id, project_id',
  },
  coverage: {
    columns: ['project_id', 'outlet_id', 'side', 'level', 'week_start', 'iso_week', 'originals', 'reprints', 'items'],
    from: 'research.weekly_coverage', time: 'week_start', timeIsDate: true, orderBy: 'week_start, project_id, outlet_id, level',
  },
};

export interface ExportResult {
  rows: number;
}

/**
 * Streams the rows to `write` (awaited per batch, so a slow sink holds the cursor back).
 * @example await exportRows(db, { kind: 'items', format: 'csv', since: '2026-01-01' }, (s) => writeTo(stdout, s))
 */
export async function exportRows(db: Kysely<Database>, opts: ExportOptions, write: (chunk: string) => Promise<void>): Promise<ExportResult> {
  const spec = SPECS[opts.kind];
  const batch = opts.batchSize ?? 500;
  const select = spec.columns.map((c) => (c === 'week_start' ? 'week_start::text as week_start' : c)).join(', ');
  const bound = (day: string) => (spec.timeIsDate ? sql`cast(${day} as date)` : sql`(cast(${day} as date)::timestamp at time zone research.report_time_zone())`);
  const time = sql.raw(spec.time);
  const filters = [
    opts.since ? sql`${time} >= ${bound(checkDay(opts.since))}` : null,
    opts.until ? sql`${time} < ${bound(checkDay(opts.until))}` : null,
  ].filter((f) => f !== null);
  const where = filters.length ? sql`where ${sql.join(filters, sql` and `)}` : sql``;
  let rows = 0;
  if (opts.format === 'csv') await write(csvHeader(spec.columns));
  await db.transaction().execute(async (trx) => {
    await sql`set transaction read only`.execute(trx);
    if (opts.timeZone) await sql`select set_config('covgap.report_time_zone', ${opts.timeZone}, true)`.execute(trx);
    await sql`declare covgap_export no scroll cursor for select ${sql.raw(select)} from ${sql.raw(spec.from)} ${where} order by ${sql.raw(spec.orderBy)}`.execute(trx);
    for (;;) {
      const chunk = (await sql.raw<Record<string, unknown>>(`fetch forward ${batch} from covgap_export`).execute(trx)).rows;
      if (!chunk.length) break;
      rows += chunk.length;
      await write(chunk.map((r) => formatRow(opts.format, r, spec.columns)).join(''));
    }
    await sql`close covgap_export`.execute(trx);
  });
  return { rows };
}

/** A YYYY-MM-DD day, or an error that says what was expected. */
export function checkDay(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day + 'T00:00:00Z'))) {
    throw new Error(`export: "${day}" is not a day; use YYYY-MM-DD (read in the report time zone, Europe/Minsk by default)`);
  }
  return day;
}
