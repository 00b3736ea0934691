/** `covgap match`, `covgap explain`, `covgap eval`. */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { CommandContext } from '../cli.ts';
import { configDirFrom, loadCatalog, loadConfig } from '../config/load.ts';
import { openApp } from '../context.ts';
import { UserError } from '../errors.ts';
import { canonicalUrl } from '../crawl/canonical-url.ts';
import { compileCatalog } from '../match/alias-index.ts';
import { evaluate, formatEvaluation, type LabelledItem } from '../match/evaluate.ts';
import { formatExplanation } from '../match/explain.ts';
import { matchItem } from '../match/match-item.ts';
import { related } from '../match/related.ts';
import { matchStored } from '../match/run.ts';

export function registerMatchCommands(program: Command, ctx: CommandContext): void {
  program
    .command('match')
    .description('Match stored items against the catalog (projects and regions) and store the evidence')
    .option('--since <date>', 'only items published on or after this date (YYYY-MM-DD)')
    .option('--all', 'match every item again, even those matched with the current catalog')
    .addHelpText('after', `
Items already matched by this matcher and catalog version are skipped, so the command is cheap
to repeat; after a catalog edit it re-matches everything (each batch replaced atomically).
A run of 50,000 items or more matches on worker threads, one per core (setting match_workers,
COVGAP_MATCH_WORKERS; 0 = in the main thread).

Examples:
  covgap match                     what is new or was matched with an older catalog
  covgap match --since 2026-01-01 --all`)
    .action(async (opts: { since?: string; all?: boolean }) => {
      const since = opts.since ? parseDate(opts.since) : null;
      const app = await openApp({ env: ctx.env, configDir: ctx.configDir() });
      try {
        const s = await matchStored({ db: app.handle.db, catalog: app.config.catalog, log: app.log, threshold: app.config.settings.match_threshold, workers: app.config.settings.match_workers }, { since, all: opts.all });
        process.stdout.write(`match: ${s.items} items, ${s.matched} with a project (${s.matches} matches), ${s.relevant} relevant; version ${s.version}\n`);
      } finally {
        await app.close();
      }
    });

  program
    .command('explain')
    .description('Show why an item matched the projects and places it did (or did not)')
    .argument('<item>', 'item id (a number) or its URL; with --labels, the id of a labelled item')
    .option('--json', 'print the match result as JSON')
    .option('--labels <file>', 'explain an item of a labelled JSON-lines file (no database needed)')
    .addHelpText('after', `
Examples:
  covgap explain 1234
  covgap explain https://www.belta.by/economics/view/…-700123-2026/
  covgap explain i002 --labels ../shared/corpus/dev.jsonl`)
    .action(async (ref: string, opts: { json?: boolean; labels?: string }) => {
      if (opts.labels) return explainLabelled(ref, opts.labels, opts.json ?? false, ctx);
      const app = await openApp({ env: ctx.env, configDir: ctx.configDir() });
      try {
        let q = app.handle.db.selectFrom('items as i').leftJoin('item_match_state as s', 's.item_id', 'i.id')
          .select(['i.id', 'i.title', 'i.url', 'i.outlet_id', 'i.published_at', 'i.lead', 'i.body', 'i.lang', 'i.dateline', 's.level']);
        if (/^\d+$/.test(ref)) q = q.where('i.id', '=', Number(ref));
        else q = q.where('i.url', '=', canonicalUrl(ref) ?? ref);
        const item = await q.executeTakeFirst();
        if (!item) throw new UserError(`explain: no item ${/^\d+$/.test(ref) ? `with id ${ref}` : `with URL ${ref}`} in ${app.handle.location}`);
        const index = compileCatalog(app.config.catalog);
        const text = [item.lead, item.body].filter(Boolean).join('\n\n');
        const m = matchItem(index, { title: item.title, text, lang: item.lang, dateline: item.dateline }, { threshold: app.config.settings.match_threshold });
        if (opts.json) process.stdout.write(JSON.stringify({ item, match: m }, null, 2) + '\n');
        else {
          const rel = related(index, `${item.title}\n${text}`, 3);
          process.stdout.write(formatExplanation({ id: item.id, title: item.title, url: item.url, outlet: item.outlet_id, publishedAt: item.published_at, level: item.level }, m, app.config.catalog, rel) + '\n');
        }
      } finally {
        await app.close();
      }
    });

  program
    .command('eval')
    .description('Precision and recall of the matcher on hand-labelled items (JSON lines)')
    .requiredOption('--labels <file>', 'labelled items, one JSON object per line (id, title, text, lang, relevant, projects)')
    .option('--json', 'print one JSON object: {micro, relevance, perProject, errors}')
    .option('--min-precision <p>', 'exit 1 when micro precision is below this (e.g. 0.90)', parseFloat)
    .option('--min-recall <r>', 'exit 1 when micro recall is below this (e.g. 0.85)', parseFloat)
    .addHelpText('after', `
Runs the matcher (no database needed) with the current catalog and threshold, and prints micro
and per-project precision/recall/F1, the relevance detector's precision/recall, and every false
positive and negative with its evidence.

Example (CI):
  covgap eval --labels ../shared/corpus/dev.jsonl --min-precision 0.90 --min-recall 0.85`)
    .action((opts: { labels: string; json?: boolean; minPrecision?: number; minRecall?: number }) => {
      const catalog = loadCatalog(configDirFrom(ctx.env, ctx.configDir()));
      const threshold = loadConfig({ env: ctx.env, dir: ctx.configDir() }).settings.match_threshold;
      const items = readLabels(opts.labels);
      const index = compileCatalog(catalog);
      const e = evaluate(items, (it) => matchItem(index, { title: it.title, text: it.text, lang: it.lang ?? null }, { threshold }));
      if (opts.json) process.stdout.write(JSON.stringify(e) + '\n');
      else process.stdout.write(formatEvaluation(e) + '\n');
      const low: string[] = [];
      if (opts.minPrecision !== undefined && e.micro.precision < opts.minPrecision) low.push(`precision ${e.micro.precision} < ${opts.minPrecision}`);
      if (opts.minRecall !== undefined && e.micro.recall < opts.minRecall) low.push(`recall ${e.micro.recall} < ${opts.minRecall}`);
      if (low.length) {
        process.stderr.write(`eval: below target: ${low.join(', ')}\n`);
        ctx.setExit(1);
      }
    });
}

function explainLabelled(id: string, file: string, json: boolean, ctx: CommandContext): void {
  const item = readLabels(file).find((it) => it.id === id);
  if (!item) throw new UserError(`explain: no item '${id}' in ${file}`);
  const catalog = loadCatalog(configDirFrom(ctx.env, ctx.configDir()));
  const threshold = loadConfig({ env: ctx.env, dir: ctx.configDir() }).settings.match_threshold;
  const index = compileCatalog(catalog);
  const m = matchItem(index, { title: item.title, text: item.text, lang: item.lang ?? null }, { threshold });
  if (json) return void process.stdout.write(JSON.stringify({ item, match: m }, null, 2) + '\n');
  const rel = related(index, `${item.title ?? ''}\n${item.text}`, 3);
  process.stdout.write(
    formatExplanation({ id: item.id, title: item.title, url: item.url ?? null, outlet: item.outlet ?? null, publishedAt: item.published ? new Date(item.published) : null, level: null }, m, catalog, rel) +
      `\n\nLabelled: projects ${item.projects.length ? item.projects.join(', ') : 'none'}; relevant ${item.relevant ? 'yes' : 'no'}\n`,
  );
}

export function readLabels(file: string): LabelledItem[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(`eval: cannot read ${file}: ${(err as Error).message}`);
  }
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line) as Record<string, unknown>;
    } catch (err) {
      throw new UserError(`eval: ${file}:${i + 1}: not JSON (${(err as Error).message})`);
    }
    if (typeof o.id !== 'string' || typeof o.text !== 'string' || !Array.isArray(o.projects) || typeof o.relevant !== 'boolean') {
      throw new UserError(`eval: ${file}:${i + 1}: needs id (string), text (string), relevant (boolean) and projects (array of ids)`);
    }
    return [o as unknown as LabelledItem];
  });
}

function parseDate(s: string): Date {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(s) ? new Date(`${s}T00:00:00Z`) : new Date(NaN);
  if (Number.isNaN(d.getTime())) throw new UserError(`--since: '${s}' is not a date; write YYYY-MM-DD`);
  return d;
}
