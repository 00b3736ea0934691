/**
 * Rows → CSV (RFC 4180) or JSON lines, for exports. One rule for both backends: timestamps are
 * UTC ISO 8601, arrays and objects (region ids, evidence) are JSON text in CSV, null is an empty
 * CSV field and JSON null.
 */
export type ExportFormat = 'csv' | 'jsonl';

/** The first line of a CSV export: the column names. */
export function csvHeader(columns: readonly string[]): string {
  return columns.map(csvField).join(',') + '\r\n';
}

/** One record in the given format, with its line ending. */
export function formatRow(format: ExportFormat, row: Record<string, unknown>, columns: readonly string[]): string {
  if (format === 'jsonl') {
    const out: Record<string, unknown> = {};
    for (const c of columns) out[c] = normalise(row[c]);
    return JSON.stringify(out) + '\n';
  }
  return columns.map((c) => csvValue(row[c])).join(',') + '\r\n';
}

function normalise(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  return v === undefined ? null : v;
}

function csvValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') return csvField(JSON.stringify(v));
  return csvField(String(v));
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
