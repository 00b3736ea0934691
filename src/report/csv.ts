/**
 * ReportModel → CSV tables for spreadsheets: RFC 4180 (CRLF, fields with , " CR LF quoted, "
 * doubled), UTF-8 with no BOM. Text cells that a spreadsheet would run as a formula (starting
 * with = + - @, tab or CR — OWASP "CSV injection") get a leading single quote; numbers do not.
 */
import type { ReportModel } from './model.ts';

export type CsvCell = string | number | null;
export type CsvTable = 'gaps' | 'projects' | 'outlets' | 'candidates' | 'matrix';

export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: ReadonlyArray<readonly CsvCell[]>): string {
  return rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/** One CSV text per table; column headers are stable English keys whatever the language. */
export function renderCsv(model: ReportModel): Array<{ table: CsvTable; text: string }> {
  const gaps: CsvCell[][] = [
    ['rank', 'project_id', 'project', 'gap', 'importance', 'lifecycle', 'priority', 'shortfall', 'reason', 'suggestion',
      'last_date', 'last_outlet', 'last_title', 'last_url', 'source_lines', 'by_orgs', 'kz_orgs', 'pitch_to', 'trend'],
    ...model.gaps.map((g) => [
      g.rank, g.projectId, g.project, g.kind, g.importance, g.lifecycle, g.priority, g.shortfall, g.reason, g.suggestion,
      g.lastCoverage?.date ?? null, g.lastCoverage?.outlet ?? null, g.lastCoverage?.title ?? null, g.lastCoverage?.url ?? null,
      g.sourceLines, g.byOrgs.join('; '), g.kzOrgs.join('; '), g.pitchTo.join('; '), g.trend.join(' '),
    ]),
  ];
  const cellKeys = model.projects[0]?.cells.map((c) => c.label) ?? [];
  const projects: CsvCell[][] = [
    ['project_id', 'project', 'lifecycle', 'importance', 'originals', 'reprints', 'expected', 'per_mille', ...cellKeys, 'gaps', 'trend'],
    ...model.projects.map((p) => [
      p.projectId, p.project, p.lifecycle, p.importance, p.originals, p.reprints, p.expected, p.sharePerMille,
      ...p.cells.map((c) => c.count), p.gaps.join('; '), p.trend.join(' '),
    ]),
  ];
  const outlets: CsvCell[][] = [
    ['outlet_id', 'outlet', 'country', 'level', 'region', 'items_week', 'items_window', 'originals', 'reprints', 'per_mille', 'projects'],
    ...model.outlets.map((o) => [o.outletId, o.name, o.country, o.level, o.region, o.itemsWeek, o.itemsWindow, o.originals, o.reprints, o.sharePerMille, o.projects]),
  ];
  const candidates: CsvCell[][] = [
    ['date', 'outlet', 'title', 'url', 'relevance'],
    ...model.candidates.map((c) => [c.date, c.outlet, c.title, c.url, c.score]),
  ];
  const labels = new Map([...model.matrix.rows, ...model.matrix.cols].map((r) => [r.id, r.label]));
  const matrix: CsvCell[][] = [
    ['by_region', 'by_label', 'kz_region', 'kz_label', 'originals', 'regional', 'projects', 'flagged'],
    ...model.matrix.cells.map((c) => [c.by, labels.get(c.by) ?? c.by, c.kz, labels.get(c.kz) ?? c.kz, c.originals, c.regional, c.projects, c.flagged]),
  ];
  return [
    { table: 'gaps', text: toCsv(gaps) },
    { table: 'projects', text: toCsv(projects) },
    { table: 'outlets', text: toCsv(outlets) },
    { table: 'candidates', text: toCsv(candidates) },
    { table: 'matrix', text: toCsv(matrix) },
  ];
}
