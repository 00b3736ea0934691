/**
 * What the live database says about itself: every table, view and column of covgap's schemas
 * with its type and COMMENT ON text, read from pg_catalog. The input of docs/schema.md and of
 * the "everything is commented" check.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/tables.ts';

export type RelationKind = 'table' | 'view' | 'materialized_view' | 'foreign_table';

export interface ColumnInfo {
  readonly name: string;
  readonly type: string;
  readonly notNull: boolean;
  readonly default: string | null;
  readonly comment: string | null;
}

export interface RelationInfo {
  readonly schema: string;
  readonly name: string;
  readonly kind: RelationKind;
  readonly comment: string | null;
  readonly columns: readonly ColumnInfo[];
}

export interface FunctionInfo {
  readonly schema: string;
  /** Name with argument types, e.g. `search_config(lang text)`. */
  readonly signature: string;
  readonly returns: string;
  readonly comment: string | null;
}

export interface SchemaCatalog {
  readonly schemas: readonly { name: string; comment: string | null }[];
  readonly relations: readonly RelationInfo[];
  readonly functions: readonly FunctionInfo[];
}

const KIND: Record<string, RelationKind> = { r: 'table', p: 'table', v: 'view', m: 'materialized_view', f: 'foreign_table' };

// Objects that belong to extensions (pg_trgm's functions, where installed) are the extension's
// business, not ours, and exist on servers only: leaving them out keeps the catalog identical on
// PostgreSQL and PGlite.
const OWN_SCHEMAS = sql`n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'`;

/** Reads schemas, relations (with columns) and functions of every non-system schema, sorted by name. */
export async function readSchemaCatalog(db: Kysely<Database>): Promise<SchemaCatalog> {
  const schemas = await sql<{ name: string; comment: string | null }>`
    select n.nspname as name, obj_description(n.oid, 'pg_namespace') as comment
    from pg_namespace n where ${OWN_SCHEMAS} order by 1`.execute(db);
  const rels = await sql<{ oid: number; schema: string; name: string; relkind: string; comment: string | null }>`
    select c.oid::int8 as oid, n.nspname as schema, c.relname as name, c.relkind::text as relkind,
           obj_description(c.oid, 'pg_class') as comment
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where ${OWN_SCHEMAS} and c.relkind in ('r', 'p', 'v', 'm', 'f') and not c.relispartition
      and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
    order by n.nspname, c.relname`.execute(db);
  const cols = await sql<{ relid: number; name: string; type: string; not_null: boolean; default: string | null; comment: string | null }>`
    select a.attrelid::int8 as relid, a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
           a.attnotnull as not_null, pg_get_expr(d.adbin, d.adrelid) as default,
           col_description(a.attrelid, a.attnum) as comment
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    where ${OWN_SCHEMAS} and c.relkind in ('r', 'p', 'v', 'm', 'f') and a.attnum > 0 and not a.attisdropped
    order by a.attrelid, a.attnum`.execute(db);
  const fns = await sql<{ schema: string; signature: string; returns: string; comment: string | null }>`
    select n.nspname as schema, p.proname || '(' || pg_get_function_arguments(p.oid) || ')' as signature,
           pg_get_function_result(p.oid) as returns, obj_description(p.oid, 'pg_proc') as comment
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where ${OWN_SCHEMAS}
      and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
    order by 1, 2`.execute(db);

  const byRel = new Map<number, ColumnInfo[]>();
  for (const c of cols.rows) {
    const list = byRel.get(Number(c.relid)) ?? [];
    list.push({ name: c.name, type: c.type, notNull: c.not_null, default: c.default, comment: c.comment });
    byRel.set(Number(c.relid), list);
  }
  return {
    schemas: schemas.rows,
    relations: rels.rows.map((r) => ({
      schema: r.schema,
      name: r.name,
      kind: KIND[r.relkind] ?? 'table',
      comment: r.comment,
      columns: byRel.get(Number(r.oid)) ?? [],
    })),
    functions: fns.rows,
  };
}

/** Every table, view, column and function without a COMMENT ON, as `kind schema.name[.column]`. */
export function findUncommented(catalog: SchemaCatalog): string[] {
  const missing: string[] = [];
  for (const r of catalog.relations) {
    const label = `${r.schema}.${r.name}`;
    if (!r.comment?.trim()) missing.push(`${r.kind.replace('_', ' ')} ${label}`);
    for (const c of r.columns) if (!c.comment?.trim()) missing.push(`column ${label}.${c.name}`);
  }
  for (const f of catalog.functions) if (!f.comment?.trim()) missing.push(`function ${f.schema}.${f.signature}`);
  return missing;
}
