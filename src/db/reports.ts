/** The frozen weekly reports (sql/006_reports.sql). */
import type { Kysely } from 'kysely';
import type { Database } from './tables.ts';

export interface StoredReport {
  week: string;
  timeZone: string;
  model: unknown;
  files: Record<string, string>;
  catalogVersion: string;
  matcherVersion: string;
  generatedAt: Date;
  sentAt: Date | null;
}

export async function loadReport(db: Kysely<Database>, week: string, timeZone: string): Promise<StoredReport | null> {
  const r = await db.selectFrom('reports').selectAll().where('week', '=', week).where('time_zone', '=', timeZone).executeTakeFirst();
  if (!r) return null;
  return {
    week: r.week, timeZone: r.time_zone, model: parseJson(r.model), files: parseJson(r.files) as Record<string, string>,
    catalogVersion: r.catalog_version, matcherVersion: r.matcher_version, generatedAt: r.generated_at, sentAt: r.sent_at,
  };
}

/**
 * Freezes a week's model. The first writer wins (two schedulers at once publish one report);
 * with `replace`, a recomputed model takes its place. Returns the model now stored.
 */
export async function freezeReport(
  db: Kysely<Database>,
  r: { week: string; timeZone: string; model: unknown; catalogVersion: string; matcherVersion: string; generatedAt: Date },
  replace: boolean,
): Promise<{ model: unknown; created: boolean }> {
  const row = { week: r.week, time_zone: r.timeZone, model: JSON.stringify(r.model), files: '{}', sent_to: '[]', catalog_version: r.catalogVersion, matcher_version: r.matcherVersion, generated_at: r.generatedAt };
  if (replace) {
    await db.insertInto('reports').values(row)
      .onConflict((oc) => oc.columns(['week', 'time_zone']).doUpdateSet((eb) => ({ ...row, recomputed: eb('reports.recomputed', '+', 1) })))
      .execute();
    return { model: r.model, created: true };
  }
  const inserted = await db.insertInto('reports').values(row).onConflict((oc) => oc.columns(['week', 'time_zone']).doNothing()).returning('week').executeTakeFirst();
  if (inserted) return { model: r.model, created: true };
  const existing = await loadReport(db, r.week, r.timeZone);
  return { model: existing!.model, created: false };
}

export async function recordFiles(db: Kysely<Database>, week: string, timeZone: string, files: Record<string, string>): Promise<void> {
  await db.updateTable('reports').set({ files: JSON.stringify(files) }).where('week', '=', week).where('time_zone', '=', timeZone).execute();
}

export async function recordSent(db: Kysely<Database>, week: string, timeZone: string, to: string[], at: Date): Promise<void> {
  await db.updateTable('reports').set({ sent_at: at, sent_to: JSON.stringify(to) }).where('week', '=', week).where('time_zone', '=', timeZone).execute();
}

function parseJson(v: unknown): unknown {
  return typeof v === 'string' ? JSON.parse(v) : v;
}
