/**
 * `covgap db export --to postgres://…`: copies an embedded database into a PostgreSQL server, so
 * data gathered on a laptop can be shared with researchers (and a read-only role) on a server.
 *
 * The target is migrated with the same sql/ files, then every public table is copied in foreign
 * key order through a cursor on the source (500 rows per FETCH, constant memory) and
 * jsonb_populate_recordset on the target — one generic path for every table, including the ones
 * later migrations add. All of it is one transaction on the target: a failed copy leaves nothing.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/tables.ts';
import { migrate } from '../db/migrate.ts';
import { UserError } from '../errors.ts';

/** Tables the sources/catalog sync fills on any migrated database: rows already there are kept. */
const SYNCED_TABLES = new Set(['outlets', 'feeds', 'regions', 'projects']);

export interface TableCopy {
  table: string;
  rows: number;
}

export interface CopyOptions {
  batchSize?: number;
  onTable?: (copy: TableCopy) => void;
}

interface TableInfo {
  name: string;
  columns: string[];
  primaryKey: string[];
  /** Columns referencing the table itself (items.reprint_of): filled in a second pass. */
  selfRefs: string[];
  identity: string[];
}

/** Copies every public table from `source` into `target` (migrated first). */
export async function copyDatabase(source: Kysely<Database>, target: Kysely<Database>, opts: CopyOptions = {}): Promise<TableCopy[]> {
  const failed = (await migrate(target)).find((r) => r.status === 'failed' || r.status === 'changed_after_apply');
  if (failed) throw new UserError(`db export: the target database could not be migrated (${failed.name}: ${failed.error?.message ?? failed.status})`);
  const tables = await readTables(target);
  const nonEmpty: string[] = [];
  for (const t of tables) {
    if (SYNCED_TABLES.has(t.name)) continue;
    if ((await sql.raw(`select 1 from ${ident(t.name)} limit 1`).execute(target)).rows.length) nonEmpty.push(t.name);
  }
  if (nonEmpty.length) {
    throw new UserError(`db export: the target already holds data (${nonEmpty.join(', ')}); export into a new, empty database (createdb covgap_copy) so ids and references stay consistent`);
  }
  const batch = opts.batchSize ?? 500;
  const copies: TableCopy[] = [];
  await target.transaction().execute(async (trx) => {
    await source.transaction().execute(async (src) => {
      await sql`set transaction read only`.execute(src);
      for (const t of tables) {
        const copy = { table: t.name, rows: await copyTable(src, trx, t, batch) };
        copies.push(copy);
        opts.onTable?.(copy);
      }
    });
    for (const t of tables) {
      for (const col of t.identity) {
        await sql.raw(`select setval(pg_get_serial_sequence('${t.name}', '${col}'), coalesce((select max(${ident(col)}) from ${ident(t.name)}), 0) + 1, false)`).execute(trx);
      }
    }
  });
  return copies;
}

async function copyTable(src: Kysely<Database>, trx: Kysely<Database>, t: TableInfo, batch: number): Promise<number> {
  const table = ident(t.name);
  const cols = t.columns.map(ident).join(', ');
  // Self-references (a reprint of a later id) could point forward: null them now, set them after.
  const firstPass = t.columns.map((c) => (t.selfRefs.includes(c) ? 'null' : ident(c))).join(', ');
  const rows = await eachBatch(src, `select to_jsonb(t)::text as j from ${table} t`, batch, async (json) => {
    await sql`${sql.raw(`insert into ${table} (${cols}) overriding system value select ${firstPass} from jsonb_populate_recordset(null::${table}, `)}${json}::jsonb) on conflict do nothing`.execute(trx);
  });
  if (t.selfRefs.length) {
    const set = t.selfRefs.map((c) => `${ident(c)} = x.${ident(c)}`).join(', ');
    const on = t.primaryKey.map((c) => `d.${ident(c)} = x.${ident(c)}`).join(' and ');
    const anySet = t.selfRefs.map((c) => `${ident(c)} is not null`).join(' or ');
    await eachBatch(src, `select to_jsonb(t)::text as j from ${table} t where ${anySet}`, batch, async (json) => {
      await sql`${sql.raw(`update ${table} d set ${set} from jsonb_populate_recordset(null::${table}, `)}${json}::jsonb) x where ${sql.raw(on)}`.execute(trx);
    });
  }
  return rows;
}

/** Runs `query` (one text column j of row JSON) through a cursor; `each` gets a JSON array per batch. */
async function eachBatch(src: Kysely<Database>, query: string, batch: number, each: (json: string) => Promise<void>): Promise<number> {
  await sql.raw(`declare covgap_copy no scroll cursor for ${query}`).execute(src);
  let rows = 0;
  for (;;) {
    const chunk = (await sql.raw<{ j: string }>(`fetch forward ${batch} from covgap_copy`).execute(src)).rows;
    if (!chunk.length) break;
    await each('[' + chunk.map((r) => r.j).join(',') + ']');
    rows += chunk.length;
  }
  await sql.raw('close covgap_copy').execute(src);
  return rows;
}

/** Public tables of the target (minus schema_migrations), parents before children. */
async function readTables(db: Kysely<Database>): Promise<TableInfo[]> {
  const rels = (await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition and c.relname <> 'schema_migrations'
      and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
    order by 1`.execute(db)).rows.map((r) => r.name);
  const cols = (await sql<{ table: string; column: string; identity: string }>`
    select c.relname as table, a.attname as column, a.attidentity as identity from pg_attribute a
    join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    order by c.relname, a.attnum`.execute(db)).rows;
  const fks = (await sql<{ child: string; parent: string; columns: string[] }>`
    select c.relname as child, p.relname as parent,
      array(select a.attname from unnest(k.conkey) u(n) join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n)::text[] as columns
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
    join pg_namespace n on n.oid = c.relnamespace
    where k.contype = 'f' and n.nspname = 'public'`.execute(db)).rows;
  const pks = (await sql<{ table: string; columns: string[] }>`
    select c.relname as table,
      array(select a.attname from unnest(k.conkey) u(n) join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n)::text[] as columns
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
    where k.contype = 'p' and n.nspname = 'public'`.execute(db)).rows;
  const infos = new Map<string, TableInfo>(rels.map((name) => [name, {
    name,
    columns: cols.filter((c) => c.table === name).map((c) => c.column),
    primaryKey: pks.find((p) => p.table === name)?.columns ?? [],
    selfRefs: fks.filter((f) => f.child === name && f.parent === name).flatMap((f) => f.columns),
    identity: cols.filter((c) => c.table === name && c.identity !== '').map((c) => c.column),
  }]));
  for (const t of infos.values()) {
    if (t.selfRefs.length && !t.primaryKey.length) throw new Error(`db export: table ${t.name} references itself but has no primary key`);
  }
  // Topological order: a table after every table it references (self-references aside).
  const ordered: TableInfo[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new Error(`db export: foreign keys form a cycle through ${name}`);
    state.set(name, 'visiting');
    for (const f of fks) if (f.child === name && f.parent !== name && infos.has(f.parent)) visit(f.parent);
    state.set(name, 'done');
    ordered.push(infos.get(name)!);
  };
  for (const name of rels) visit(name);
  return ordered;
}

function ident(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}
