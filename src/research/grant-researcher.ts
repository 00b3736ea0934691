/**
 * `covgap db grant-researcher <name>`: a login role that can read the research views (and, when
 * asked, the tables) and nothing else. Re-running it updates the role: a new password, tables
 * granted or taken back. PostgreSQL servers only — the embedded database has a single user.
 */
import { sql, type Kysely } from 'kysely';
import type { DbHandle } from '../db/connect.ts';
import type { Database } from '../db/tables.ts';
import { UserError } from '../errors.ts';

export interface GrantResearcherOptions {
  name: string;
  /** Sets (or changes) the login password; omitted = leave it as it is (or none: peer/trust auth). */
  password?: string | null;
  /** Also SELECT on the public tables (default: the research views only). */
  tables?: boolean;
}

export interface GrantResearcherResult {
  created: boolean;
  /** What was done, one line each, without the password. */
  steps: string[];
}

/** Creates or updates the role; throws UserError on PGlite, a bad name or a privileged role. */
export async function grantResearcher(handle: DbHandle, opts: GrantResearcherOptions): Promise<GrantResearcherResult> {
  if (handle.backend !== 'pg') {
    throw new UserError(
      'db grant-researcher: the embedded database (PGlite) has one built-in user and no roles to restrict, so there is no read-only login to create. ' +
        'Share embedded data with `covgap sql` (read-only by default, 127.0.0.1 only), or copy it to a PostgreSQL server with `covgap db export --to postgres://…` and grant there.',
    );
  }
  const name = opts.name;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new UserError(`db grant-researcher: "${name}" is not a plain role name; use lower-case letters, digits and _ (e.g. researcher_anna)`);
  }
  const db = handle.db;
  const role = sql.id(name);
  return db.transaction().execute(async (trx) => {
    const existing = (await sql<{ rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean; rolreplication: boolean; rolbypassrls: boolean }>`
      select rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls from pg_roles where rolname = ${name}`.execute(trx)).rows[0];
    if (existing && (existing.rolsuper || existing.rolcreaterole || existing.rolcreatedb || existing.rolreplication || existing.rolbypassrls)) {
      throw new UserError(`db grant-researcher: role ${name} already exists with administrative rights (superuser, createrole, createdb, replication or bypassrls); choose another name`);
    }
    const steps: string[] = [];
    const run = async (text: string, query = sql.raw(text)) => {
      await query.execute(trx);
      steps.push(text);
    };
    if (existing) await run(`alter role ${name} login`, sql`alter role ${role} login nocreatedb nocreaterole`);
    else await run(`create role ${name} login`, sql`create role ${role} login nocreatedb nocreaterole noinherit`);
    if (opts.password) {
      // A password cannot be a bind parameter in DDL: let the server quote it.
      const stmt = (await sql<{ s: string }>`select format('alter role %I password %L', ${name}::text, ${opts.password}::text) as s`.execute(trx)).rows[0]!.s;
      await sql.raw(stmt).execute(trx);
      steps.push(`alter role ${name} password '***'`);
    }
    const database = (await sql<{ d: string }>`select current_database() as d`.execute(trx)).rows[0]!.d;
    await run(`grant connect on database ${database} to ${name}`, sql`grant connect on database ${sql.id(database)} to ${role}`);
    await run(`grant usage on schema research to ${name}`, sql`grant usage on schema research to ${role}`);
    await run(`grant select on all tables in schema research to ${name}`, sql`grant select on all tables in schema research to ${role}`);
    // Views added by later migrations become readable too (for objects the migrating role creates).
    await run(`alter default privileges in schema research grant select on tables to ${name}`, sql`alter default privileges in schema research grant select on tables to ${role}`);
    if (opts.tables) {
      await run(`grant usage on schema public to ${name}`, sql`grant usage on schema public to ${role}`);
      await run(`grant select on all tables in schema public to ${name}`, sql`grant select on all tables in schema public to ${role}`);
      await run(`alter default privileges in schema public grant select on tables to ${name}`, sql`alter default privileges in schema public grant select on tables to ${role}`);
    } else {
      await run(`revoke all on all tables in schema public from ${name}`, sql`revoke all on all tables in schema public from ${role}`);
      await run(`alter default privileges in schema public revoke select on tables from ${name}`, sql`alter default privileges in schema public revoke select on tables from ${role}`);
    }
    // Explicit even where PostgreSQL 15's defaults already deny it (older databases upgraded in
    // place may still grant CREATE on public to PUBLIC: `revoke create on schema public from public`).
    await run(`revoke create on schema public, research from ${name}`, sql`revoke create on schema public, research from ${role}`);
    await run(`revoke insert, update, delete, truncate, references, trigger on all tables in schema research from ${name}`, sql`revoke insert, update, delete, truncate, references, trigger on all tables in schema research from ${role}`);
    return { created: !existing, steps };
  });
}

/** For tests and `--drop`: removes the role and everything granted to it. */
export async function dropResearcher(db: Kysely<Database>, name: string): Promise<void> {
  const exists = (await sql`select 1 from pg_roles where rolname = ${name}`.execute(db)).rows.length > 0;
  if (!exists) return;
  await sql`drop owned by ${sql.id(name)}`.execute(db);
  await sql`drop role ${sql.id(name)}`.execute(db);
}
