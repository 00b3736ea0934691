/**
 * The report stage, as a list of steps: pick the week → load its frozen model (or compute and
 * freeze it once the week is over) → render every format in every language → write the files →
 * e-mail them when asked. Re-running a published week reproduces its files byte for byte.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { Catalog } from '../catalog/model.ts';
import type { ReportFormat } from '../config/recipients-file.ts';
import type { Settings } from '../config/settings.ts';
import { freezeReport, loadReport, recordFiles, recordSent } from '../db/reports.ts';
import type { Database } from '../db/tables.ts';
import { computeGapReport, gapSettingsFrom } from '../gaps/run.ts';
import type { GapReport } from '../gaps/model.ts';
import { addWeeks, weekBounds, weekOf } from '../gaps/week.ts';
import type { Logger } from '../log.ts';
import { MATCHER_VERSION } from '../match/run.ts';
import { renderCsv } from './csv.ts';
import { renderHtml } from './html.ts';
import { renderJson, stableJson } from './json.ts';
import type { ReportLang } from './labels.ts';
import { renderMarkdown } from './markdown.ts';
import { buildReportModel, type ReportModel } from './model.ts';

export interface ReportContext {
  readonly db: Kysely<Database>;
  readonly catalog: Catalog;
  readonly settings: Settings;
  readonly log: Logger;
  readonly now: Date;
}

export interface ReportOptions {
  /** ISO week (2026-W47); default: the last complete week in the report time zone. */
  week?: string;
  formats: readonly ReportFormat[];
  langs: readonly ReportLang[];
  outDir?: string;
  /** Compute again and replace the frozen model. */
  recompute?: boolean;
}

export interface RenderedFile {
  readonly name: string;
  readonly path: string;
  readonly format: ReportFormat;
  readonly lang: ReportLang;
  readonly content: string;
  readonly sha256: string;
}

export interface ReportResult {
  readonly week: string;
  readonly timeZone: string;
  /** frozen: stored earlier and re-rendered; published: computed now and frozen; preliminary: the week is not over, nothing stored. */
  readonly state: 'frozen' | 'published' | 'preliminary' | 'recomputed';
  readonly report: GapReport;
  readonly files: RenderedFile[];
}

/** The last ISO week that has ended at `now` in `timeZone`. */
export function lastCompleteWeek(now: Date, timeZone: string): string {
  return addWeeks(weekOf(now, timeZone), -1);
}

export async function runReport(ctx: ReportContext, opts: ReportOptions): Promise<ReportResult> {
  const tz = ctx.settings.report_time_zone;
  const week = opts.week ?? lastCompleteWeek(ctx.now, tz);
  const over = weekBounds(week, tz).end.getTime() <= ctx.now.getTime();
  const stored = opts.recompute ? null : await loadReport(ctx.db, week, tz);

  let report: GapReport;
  let state: ReportResult['state'];
  if (stored) {
    report = stored.model as GapReport;
    state = 'frozen';
  } else {
    const fresh = await computeGapReport(ctx.db, ctx.catalog, week, tz, gapSettingsFrom(ctx.settings), ctx.now);
    if (over) {
      const frozen = await freezeReport(
        ctx.db,
        { week, timeZone: tz, model: JSON.parse(stableJson(fresh)), catalogVersion: ctx.catalog.version, matcherVersion: `${MATCHER_VERSION}+${ctx.catalog.version}`, generatedAt: ctx.now },
        opts.recompute ?? false,
      );
      report = frozen.model as GapReport;
      state = opts.recompute ? 'recomputed' : frozen.created ? 'published' : 'frozen';
    } else {
      report = fresh;
      state = 'preliminary';
    }
  }

  const dir = resolve(opts.outDir ?? ctx.settings.report_dir, week);
  mkdirSync(dir, { recursive: true });
  const files: RenderedFile[] = [];
  for (const lang of opts.langs) {
    const model = buildReportModel(report, { lang });
    for (const [format, name, content] of renderAll(model, opts.formats, week, lang)) {
      const path = join(dir, name);
      writeFileSync(path, content);
      files.push({ name, path, format, lang, content, sha256: createHash('sha256').update(content).digest('hex') });
    }
  }
  if (state !== 'preliminary') await recordFiles(ctx.db, week, tz, Object.fromEntries(files.map((f) => [f.name, f.sha256])));
  ctx.log.info(`report ${week}: ${state}, ${files.length} file(s) in ${dir}`);
  return { week, timeZone: tz, state, report, files };
}

function* renderAll(model: ReportModel, formats: readonly ReportFormat[], week: string, lang: ReportLang): Generator<[ReportFormat, string, string]> {
  const base = `covgap-${week}.${lang}`;
  for (const f of formats) {
    if (f === 'html') yield ['html', `${base}.html`, renderHtml(model)];
    else if (f === 'md') yield ['md', `${base}.md`, renderMarkdown(model)];
    else if (f === 'json') yield ['json', `${base}.json`, renderJson(model)];
    else for (const t of renderCsv(model)) yield ['csv', `${base}-${t.table}.csv`, t.text];
  }
}

export { recordSent };
