/**
 * Backfill progress for people: one line redrawn in place on a terminal (days done, items found,
 * rate, ETA), a plain line every `intervalMs` otherwise (logs, cron mail). No dependency: a
 * `\r` and an erase-line escape are all a progress bar needs.
 */
export interface ProgressState {
  readonly source: string;
  readonly daysDone: number | null;
  readonly daysTotal: number | null;
  /** 0–1 of the plan walked (for the bar and the ETA). */
  readonly fraction: number;
  /** Listing pages fetched by this run. */
  readonly listings: number;
  readonly itemsFound: number;
  readonly itemsNew: number;
  /** Fraction walked when this run started (resumed work is not this run's rate). */
  readonly startFraction: number;
  readonly startedAt: Date;
}

const BAR = 20;

/** `belta-ru-all-news [#######-------------] 12/31 days · 480 items (212 new) · 4.2 pages/min · ETA 6m` */
export function formatProgress(s: ProgressState, now: Date): string {
  const filled = Math.round(s.fraction * BAR);
  const parts = [`${s.source} [${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}]`];
  parts.push(s.daysTotal !== null ? `${s.daysDone}/${s.daysTotal} days` : `${Math.round(s.fraction * 100)}%`);
  parts.push(`${s.itemsFound} items (${s.itemsNew} new)`);
  const minutes = (now.getTime() - s.startedAt.getTime()) / 60_000;
  if (minutes > 0 && s.listings > 0) parts.push(`${(s.listings / minutes).toFixed(1)} pages/min`);
  const gained = s.fraction - s.startFraction;
  if (gained > 0 && s.fraction < 1) parts.push(`ETA ${duration((minutes * (1 - s.fraction)) / gained)}`);
  return parts.join(' · ');
}

export function duration(minutes: number): string {
  if (minutes < 1) return `${Math.max(1, Math.round(minutes * 60))}s`;
  if (minutes < 90) return `${Math.round(minutes)}m`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)}h${String(Math.round(minutes % 60)).padStart(2, '0')}m`;
  return `${Math.round(minutes / 1440)}d`;
}

export interface ProgressSink {
  update(state: ProgressState): void;
  /** Ends the in-place line (a TTY) or prints the last state. */
  done(): void;
}

export function progressSink(opts: { tty: boolean; write: (s: string) => void; now?: () => Date; intervalMs?: number }): ProgressSink {
  const now = opts.now ?? (() => new Date());
  const every = opts.intervalMs ?? (opts.tty ? 200 : 10_000);
  let last = 0;
  let pending: ProgressState | null = null;
  let drawn = false;
  const draw = (s: ProgressState) => {
    const line = formatProgress(s, now());
    if (opts.tty) opts.write(`\r${line}\x1b[K`);
    else opts.write(`${line}\n`);
    drawn = true;
    pending = null;
  };
  return {
    update(state) {
      pending = state;
      const t = now().getTime();
      if (t - last >= every) {
        last = t;
        draw(state);
      }
    },
    done() {
      if (pending) draw(pending);
      if (opts.tty && drawn) opts.write('\n');
    },
  };
}
