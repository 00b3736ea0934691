/**
 * The example queries in sql/examples/: each file starts with comment lines saying what it
 * answers, its parameters and `-- Columns: name type, …` — the result shape CI checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../sql/examples/', import.meta.url));

export interface ExampleColumn {
  readonly name: string;
  readonly type: string;
}

export interface ExampleQuery {
  readonly file: string;
  /** The header's prose: what the query answers and its parameters. */
  readonly description: string;
  readonly columns: readonly ExampleColumn[];
  /** The statement without its trailing semicolon. */
  readonly sql: string;
}

/** Reads every sql/examples/*.sql, sorted by name. Throws on a file without a Columns line. */
export function readExamples(dir = EXAMPLES_DIR): ExampleQuery[] {
  return readdirSync(dir).filter((f) => f.endsWith('.sql')).sort().map((file) => parseExample(file, readFileSync(join(dir, file), 'utf8')));
}

/** Splits an example file into its header (description, columns) and statement. */
export function parseExample(file: string, text: string): ExampleQuery {
  const header: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('--')) break;
    header.push(line.replace(/^--\s?/, ''));
  }
  const columnsLine = header.find((l) => l.startsWith('Columns:'));
  if (!columnsLine) throw new Error(`examples: ${file} has no "-- Columns: name type, …" header line`);
  const columns = columnsLine.slice('Columns:'.length).split(',').map((c) => {
    const m = /^\s*(\w+)\s+(.+?)\s*$/.exec(c);
    if (!m) throw new Error(`examples: ${file}: cannot read column "${c.trim()}" (expected "name type")`);
    return { name: m[1]!, type: m[2]! };
  });
  return {
    file,
    description: header.filter((l) => l !== columnsLine).join('\n').trim(),
    columns,
    sql: text.trim().replace(/;\s*$/, ''),
  };
}
