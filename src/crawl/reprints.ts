/**
 * Reprint marking, the crawl's last step (DESIGN §4): fingerprint the items whose text is final,
 * then link every non-agency item that substantially repeats an agency item published from 7
 * days before to 1 day after it (`items.reprint_of`). Runs after the pages are fetched, in both
 * directions: a new regional item is compared with the week of agency copy before it, and a new
 * agency item with the unlinked regional items around it (the regional feed may be read first).
 *
 * Candidates are fetched by time window and compared in TS through an inverted shingle index
 * (fingerprint.ts ShingleIndex), not in SQL: the overlap coefficient needs exact set sizes, and
 * simhash bands — the SQL-friendly alternative — miss reprints with dropped paragraphs
 * (bench/reprints.ts: simhash ≤ 10 bits finds 18 % of them).
 */
import type { Kysely } from 'kysely';
import type { Outlet } from '../config/load.ts';
import { fingerprintsInWindow, itemsToFingerprint, markReprints as linkReprints, saveFingerprints, type StoredFingerprint } from '../db/reprints.ts';
import type { Database } from '../db/tables.ts';
import type { Logger } from '../log.ts';
import { fingerprint, ShingleIndex } from './fingerprint.ts';

const DAY = 86_400_000;

export interface ReprintContext {
  readonly db: Kysely<Database>;
  readonly outlets: readonly Pick<Outlet, 'id' | 'level' | 'agency'>[];
  readonly log: Logger;
  readonly now?: () => Date;
}

export interface ReprintOptions {
  /** How long after an agency item a reprint may appear (default 7 days). */
  readonly daysAfter?: number;
  /** How long before: the reprint's clock may run early, or the agency dated late (default 1). */
  readonly daysBefore?: number;
  readonly batchSize?: number;
}

export interface ReprintSummary {
  readonly fingerprinted: number;
  readonly reprints: number;
}

/** Outlets whose copy others reprint: `agency:` in sources.yaml, else every central outlet. */
export function agencyIds(outlets: ReprintContext['outlets']): string[] {
  return outlets.filter((o) => o.agency ?? o.level === 'central').map((o) => o.id);
}

/** Fingerprints what is ready and links new reprints. Idempotent: a second run finds nothing to do. */
export async function markReprints(ctx: ReprintContext, opts: ReprintOptions = {}): Promise<ReprintSummary> {
  const now = ctx.now ?? (() => new Date());
  const after = (opts.daysAfter ?? 7) * DAY;
  const before = (opts.daysBefore ?? 1) * DAY;
  const agencies = new Set(agencyIds(ctx.outlets));

  const fresh: StoredFingerprint[] = [];
  for (let afterId = 0; ;) {
    const rows = await itemsToFingerprint(ctx.db, afterId, opts.batchSize ?? 500);
    if (!rows.length) break;
    const writes = rows.map((r) => ({ id: r.id, ...fingerprint(r) }));
    await saveFingerprints(ctx.db, writes, now());
    rows.forEach((r, i) => fresh.push({ id: r.id, outletId: r.outletId, at: new Date(r.at), shingles: [...writes[i]!.shingles], attribution: [...writes[i]!.attribution] }));
    afterId = rows[rows.length - 1]!.id;
  }
  if (!fresh.length || !agencies.size) return { fingerprinted: fresh.length, reprints: 0 };

  // Chunks of at most a week of new items keep the loaded window small on a backfill.
  fresh.sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id);
  const links = new Map<number, { id: number; originalId: number; score: number }>();
  for (let start = 0; start < fresh.length;) {
    let end = start;
    while (end < fresh.length && fresh[end]!.at.getTime() - fresh[start]!.at.getTime() <= 7 * DAY) end++;
    const chunk = fresh.slice(start, end);
    start = end;
    const t0 = chunk[0]!.at.getTime();
    const t1 = chunk[chunk.length - 1]!.at.getTime();

    const originals = await fingerprintsInWindow(ctx.db, { outletIds: [...agencies], from: new Date(t0 - after), to: new Date(t1 + before) });
    const index = new ShingleIndex();
    for (const o of originals) index.add({ id: o.id, at: o.at.getTime(), agency: o.outletId, shingles: o.shingles });

    // New non-agency items against the agency copy of their window.
    for (const c of chunk) {
      if (agencies.has(c.outletId)) continue;
      const t = c.at.getTime();
      const hit = index.best(c, (o) => o.at >= t - after && o.at <= t + before);
      if (hit) links.set(c.id, { id: c.id, originalId: hit.original.id, score: hit.decision.score });
    }
    // Older unlinked non-agency items against the agency items that just arrived.
    const newAgency = chunk.filter((c) => agencies.has(c.outletId));
    if (!newAgency.length) continue;
    const freshIds = new Set(chunk.map((c) => c.id));
    const newIndex = new ShingleIndex();
    for (const o of newAgency) newIndex.add({ id: o.id, at: o.at.getTime(), agency: o.outletId, shingles: o.shingles });
    const older = await fingerprintsInWindow(ctx.db, { outletIds: [...agencies], exclude: true, from: new Date(t0 - before), to: new Date(t1 + after), unmarkedOnly: true });
    for (const c of older) {
      if (freshIds.has(c.id) || links.has(c.id)) continue;
      const t = c.at.getTime();
      const hit = newIndex.best(c, (o) => o.at >= t - after && o.at <= t + before);
      if (hit) links.set(c.id, { id: c.id, originalId: hit.original.id, score: hit.decision.score });
    }
  }
  const reprints = await linkReprints(ctx.db, [...links.values()]);
  ctx.log.info(`reprints: ${fresh.length} item(s) fingerprinted, ${reprints} reprint(s) of agency copy found`, { fingerprinted: fresh.length, reprints });
  return { fingerprinted: fresh.length, reprints };
}
