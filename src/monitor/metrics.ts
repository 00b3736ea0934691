/**
 * Prometheus text exposition (format 0.0.4) for the daemon's /metrics: counters the daemon
 * keeps in memory (fetches, errors, items, job runs and durations) plus per-feed gauges read
 * from the database at scrape time (lag behind the due time, last success, failure score).
 */
export type Labels = Readonly<Record<string, string>>;

interface Family {
  readonly help: string;
  readonly type: 'counter' | 'gauge';
  readonly values: Map<string, { labels: Labels; value: number }>;
}

/** A tiny registry: enough for a handful of families, no client library needed. */
export class Metrics {
  readonly #families = new Map<string, Family>();

  counter(name: string, help: string): void {
    this.#define(name, help, 'counter');
  }

  gauge(name: string, help: string): void {
    this.#define(name, help, 'gauge');
  }

  inc(name: string, labels: Labels = {}, by = 1): void {
    const f = this.#family(name);
    const k = labelKey(labels);
    const cur = f.values.get(k);
    f.values.set(k, { labels, value: (cur?.value ?? 0) + by });
  }

  set(name: string, labels: Labels, value: number): void {
    this.#family(name).values.set(labelKey(labels), { labels, value });
  }

  /** Drops every sample of a gauge (before re-reading per-feed gauges at scrape time). */
  clear(name: string): void {
    this.#family(name).values.clear();
  }

  get(name: string, labels: Labels = {}): number | undefined {
    return this.#family(name).values.get(labelKey(labels))?.value;
  }

  render(): string {
    const out: string[] = [];
    for (const [name, f] of this.#families) {
      out.push(`# HELP ${name} ${f.help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`, `# TYPE ${name} ${f.type}`);
      for (const { labels, value } of f.values.values()) out.push(`${name}${formatLabels(labels)} ${formatValue(value)}`);
    }
    return out.join('\n') + '\n';
  }

  #define(name: string, help: string, type: Family['type']): void {
    if (!/^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(name)) throw new Error(`metrics: invalid metric name ${name}`);
    if (!this.#families.has(name)) this.#families.set(name, { help, type, values: new Map() });
  }

  #family(name: string): Family {
    const f = this.#families.get(name);
    if (!f) throw new Error(`metrics: ${name} is not defined`);
    return f;
  }
}

/** The daemon's metric families (names follow Prometheus conventions: unit suffixes, _total). */
export function daemonMetrics(): Metrics {
  const m = new Metrics();
  m.counter('covgap_fetches_total', 'Feed fetches by this daemon, by feed and outcome (ok, not_modified, unchanged, failed).');
  m.counter('covgap_fetch_errors_total', 'Failed feed fetches by this daemon, by feed and error class.');
  m.counter('covgap_items_new_total', 'New items stored by this daemon, by feed.');
  m.counter('covgap_pages_total', 'Article pages fetched by this daemon, by result (fetched, failed).');
  m.counter('covgap_job_runs_total', 'Job runs by job and result (ok, failed, skipped).');
  m.gauge('covgap_job_last_duration_seconds', 'Duration of the latest run of each job.');
  m.gauge('covgap_job_last_success_timestamp_seconds', 'Unix time of the latest successful run of each job.');
  m.gauge('covgap_feed_lag_seconds', 'How far each enabled feed is behind its due time (0 when not due yet).');
  m.gauge('covgap_feed_last_success_timestamp_seconds', 'Unix time of each feed\'s latest successful fetch.');
  m.gauge('covgap_feed_failure_score', 'Fractional failure score of each feed (+1 per failure, -0.5 per success).');
  m.gauge('covgap_alerts_open', 'Open alerts by severity.');
  m.gauge('covgap_up', '1 while the daemon runs and reaches its database.');
  return m;
}

function labelKey(labels: Labels): string {
  return Object.keys(labels).sort().map((k) => `${k}=${labels[k]}`).join('\u0000');
}

function formatLabels(labels: Labels): string {
  const keys = Object.keys(labels).sort();
  if (!keys.length) return '';
  return '{' + keys.map((k) => `${k}="${labels[k]!.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')}"`).join(',') + '}';
}

function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}
