/**
 * Syncs the catalog (projects + gazetteer) into the `projects` and `regions` tables. A project
 * or place that left the YAML is marked retired — never deleted, so its matches and history stay.
 */
import { sql, type Kysely } from 'kysely';
import type { Catalog, Region } from '../catalog/model.ts';
import type { Database } from './tables.ts';

export interface SyncSummary {
  projects: number;
  regions: number;
  retiredProjects: string[];
}

export async function syncCatalog(db: Kysely<Database>, catalog: Catalog): Promise<SyncSummary> {
  const byId = new Map(catalog.regions.map((r) => [r.id, r]));
  return db.transaction().execute(async (trx) => {
    for (const r of catalog.regions) {
      const row = {
        id: r.id, kind: r.kind, country: r.country, parent_id: r.parent, oblast_id: oblastOf(r, byId),
        label_en: r.label.en, label_ru: r.label.ru, data: JSON.stringify(r), retired: false,
      };
      await trx.insertInto('regions').values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet({ ...row, updated_at: sql`now()` })).execute();
    }
    await trx.updateTable('regions').set({ retired: true }).where('id', 'not in', catalog.regions.map((r) => r.id)).execute();

    for (const p of catalog.projects) {
      const row = {
        id: p.id, name_en: p.name.en, name_ru: p.name.ru, kind: p.kind, sector: p.sector, lifecycle: p.lifecycle,
        importance: p.importance, by_regions: JSON.stringify(p.byRegions), kz_regions: JSON.stringify(p.kzRegions),
        data: JSON.stringify(p), catalog_version: catalog.version, retired: p.retired,
      };
      await trx.insertInto('projects').values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet({ ...row, updated_at: sql`now()` })).execute();
    }
    const retired = await trx.updateTable('projects').set({ retired: true, updated_at: sql`now()` })
      .where('id', 'not in', catalog.projects.map((p) => p.id)).where('retired', '=', false)
      .returning('id').execute();
    return { projects: catalog.projects.length, regions: catalog.regions.length, retiredProjects: retired.map((r) => r.id) };
  });
}

/** The oblast-level unit of a place: itself for an oblast or a republican city, else the nearest oblast above. */
export function oblastOf(region: Region, byId: ReadonlyMap<string, Region>): string | null {
  for (let cur: Region | undefined = region; cur; cur = cur.parent ? byId.get(cur.parent) : undefined) {
    if (cur.kind === 'oblast') return cur.id;
    if (cur.kind === 'city' && cur.parent && byId.get(cur.parent)?.kind === 'country') return cur.id;
    if (cur.kind === 'country') return null;
  }
  return null;
}
