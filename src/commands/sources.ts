/** `covgap sources probe <outlet|feed|url…> [--all] [--json]`: check feed URLs live, store nothing. */
import type { Command } from 'commander';
import { EXIT, type CommandContext } from '../cli.ts';
import { loadConfig, type Config, type FeedSource, type Outlet } from '../config/load.ts';
import { makeFetcher, makeLogger } from '../context.ts';
import { eachLimited, groupByHost } from '../crawl/run.ts';
import { probeFeed, type ProbeReport } from '../crawl/probe.ts';
import { UserError } from '../errors.ts';

interface ProbeTarget {
  id: string | null;
  url: string;
  timeZone: string;
  enabled: boolean | null;
  confidence: string | null;
}

export function registerSourcesCommands(program: Command, ctx: CommandContext): void {
  const sources = program.command('sources').description('Inspect the configured sources (config/sources.yaml)');
  sources
    .command('probe')
    .description('Fetch feeds live and report status, content type, charset, feed kind, item count, dates and a verdict')
    .argument('[targets...]', 'outlet ids, feed ids or URLs')
    .option('--all', 'every configured feed, disabled ones too')
    .option('--json', 'one JSON array instead of the table')
    .addHelpText('after', `
Uses the crawler's own fetcher (User-Agent, robots.txt, per-host delay, size cap, charset
decoding) and stores nothing. Verdicts: ok · stale (newest item > 30 days old) · empty ·
not_a_feed (an HTML page; feed links it announces are listed) · unparseable · failed (with the
error class: dns, timeout, forbidden, …). Exit 0 when every probe is ok, 3 otherwise.

Examples:
  covgap sources probe kstnews-ru            one feed
  covgap sources probe gp-by                 every feed of an outlet
  covgap sources probe https://zarya.by/feed/
  covgap sources probe --all --json > probe.json`)
    .action(async (targets: string[], opts: { all?: boolean; json?: boolean }) => {
      const config = loadConfig({ env: ctx.env, dir: ctx.configDir() });
      const log = makeLogger(config, ctx.env);
      const list = resolveTargets(config, targets, opts.all ?? false);
      const extraHosts = list.map((t) => new URL(t.url).hostname);
      const fetcher = makeFetcher(config, log, extraHosts);
      const now = new Date();
      const reports: Array<ProbeReport & { enabled: boolean | null; confidence: string | null }> = [];
      // One host at a time per worker, as the crawler does: the fetcher spaces requests anyway.
      await eachLimited(groupByHost(list), 4, async (group) => {
        for (const t of group) reports.push({ ...(await probeFeed(fetcher, t, { now })), enabled: t.enabled, confidence: t.confidence });
      });
      reports.sort((a, b) => list.findIndex((t) => t.url === a.url) - list.findIndex((t) => t.url === b.url));
      process.stdout.write((opts.json ? JSON.stringify(reports, null, 2) : formatProbes(reports)) + '\n');
      ctx.setExit(reports.every((r) => r.verdict === 'ok') ? EXIT.ok : EXIT.partial);
    });
}

export function resolveTargets(config: Pick<Config, 'outlets'>, targets: readonly string[], all: boolean): ProbeTarget[] {
  const of = (o: Outlet, f: FeedSource): ProbeTarget => ({ id: f.id, url: f.url, timeZone: o.timeZone, enabled: f.enabled, confidence: f.confidence });
  if (all) return config.outlets.flatMap((o) => o.feeds.map((f) => of(o, f)));
  if (!targets.length) throw new UserError('sources probe: name an outlet id, a feed id or a URL, or use --all');
  const out: ProbeTarget[] = [];
  for (const t of targets) {
    if (/^https?:\/\//i.test(t)) {
      try {
        new URL(t);
      } catch {
        throw new UserError(`sources probe: not a URL: ${t}`);
      }
      const known = config.outlets.flatMap((o) => o.feeds.filter((f) => f.url === t).map((f) => of(o, f)))[0];
      out.push(known ?? { id: null, url: t, timeZone: 'UTC', enabled: null, confidence: null });
      continue;
    }
    const outlet = config.outlets.find((o) => o.id === t);
    if (outlet) {
      out.push(...outlet.feeds.map((f) => of(outlet, f)));
      continue;
    }
    const feed = config.outlets.flatMap((o) => o.feeds.filter((f) => f.id === t).map((f) => of(o, f)))[0];
    if (!feed) throw new UserError(`sources probe: no outlet or feed '${t}' in sources.yaml (give an id, a URL, or --all)`);
    out.push(feed);
  }
  return out;
}

const day = (d: Date | null): string => (d ? d.toISOString().slice(0, 16).replace('T', ' ') : '–');

/** The probe table people read. */
export function formatProbes(reports: readonly (ProbeReport & { enabled?: boolean | null })[]): string {
  const rows = reports.map((r) => [
    r.id ?? '(url)',
    r.verdict + (r.failure ? `:${r.failure}` : ''),
    r.status === null ? '–' : String(r.status),
    (r.contentType ?? '–').split(';')[0]!,
    r.charset ?? '–',
    r.kind ?? '–',
    r.items === null ? '–' : String(r.items),
    day(r.newest),
    day(r.oldest),
    r.enabled === false ? 'off' : r.enabled === true ? 'on' : '',
  ]);
  const head = ['FEED', 'VERDICT', 'HTTP', 'TYPE', 'CHARSET', 'KIND', 'ITEMS', 'NEWEST (UTC)', 'OLDEST (UTC)', 'CONFIG'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const lines = [line(head), ...rows.map(line)];
  for (const r of reports) lines.push(`  ${r.id ?? r.url}: ${r.url}\n    ${r.message}`);
  const ok = reports.filter((r) => r.verdict === 'ok').length;
  lines.push(`${ok}/${reports.length} ok`);
  return lines.join('\n');
}
