/** Syncs config/sources.yaml into the outlets and feeds tables; reads feed poll state. */
import { sql, type Kysely } from 'kysely';
import type { Outlet } from '../config/load.ts';
import type { Database, Feed } from './tables.ts';

/**
 * Upserts outlets and feeds from the configuration. Feeds that left the config are kept (their
 * items and fetch log hang on them) but marked `in_config = false` and never polled.
 */
export async function syncSources(db: Kysely<Database>, outlets: readonly Outlet[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const o of outlets) {
      const row = { id: o.id, name: o.name, country: o.country, level: o.level, region_id: o.region, site: o.site, time_zone: o.timeZone };
      await trx.insertInto('outlets').values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet({ ...row, updated_at: sql`now()` })).execute();
      for (const f of o.feeds) {
        const feedRow = {
          id: f.id, outlet_id: o.id, url: f.url, kind: f.kind, edition: f.edition, lang: f.lang,
          section: f.section, poll_minutes: f.pollMinutes, enabled: f.enabled, in_config: true,
        };
        await trx.insertInto('feeds').values(feedRow)
          .onConflict((oc) => oc.column('id').doUpdateSet({ ...feedRow, updated_at: sql`now()` })).execute();
      }
    }
    const ids = outlets.flatMap((o) => o.feeds.map((f) => f.id));
    if (ids.length) await trx.updateTable('feeds').set({ in_config: false }).where('id', 'not in', ids).execute();
  });
}

export async function getFeed(db: Kysely<Database>, id: string): Promise<Feed | undefined> {
  return db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Claims the feeds due at `now` (or all enabled ones) by moving their next poll time forward
 * under `FOR UPDATE SKIP LOCKED`, so two crawlers never take the same feed in one due slot.
 */
export async function claimFeeds(
  db: Kysely<Database>,
  opts: { now: Date; dueOnly: boolean; ids?: readonly string[]; leaseMinutes?: number },
): Promise<Feed[]> {
  const lease = new Date(opts.now.getTime() + (opts.leaseMinutes ?? 10) * 60_000);
  return db.transaction().execute(async (trx) => {
    let q = trx.selectFrom('feeds').select('id').where('in_config', '=', true);
    if (opts.ids?.length) q = q.where('id', 'in', [...opts.ids]);
    else q = q.where('enabled', '=', true);
    if (opts.dueOnly) q = q.where('next_poll_at', '<=', opts.now);
    const rows = await q.orderBy('next_poll_at').orderBy('id').forUpdate().skipLocked().execute();
    if (!rows.length) return [];
    return trx.updateTable('feeds').set({ next_poll_at: lease })
      .where('id', 'in', rows.map((r) => r.id)).returningAll().execute();
  });
}
