/**
 * Reads one YAML file and validates it with a zod schema, turning every problem into a message
 * that names the file, the line and the entry (`config/projects.yaml:120 projects[4] (kazbelaz-karaganda).match.rules[0].all: …`).
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, type Node } from 'yaml';
import type { z } from 'zod';

export interface Problem {
  readonly severity: 'error' | 'warning';
  readonly file: string;
  readonly line: number | null;
  /** Where in the file: `projects[4] (kazbelaz-karaganda).match.aliases.ru`. */
  readonly where: string;
  readonly message: string;
}

export function formatProblem(p: Problem): string {
  const loc = p.line ? `${p.file}:${p.line}` : p.file;
  return `${p.severity === 'error' ? 'error' : 'warning'}: ${loc} ${p.where ? p.where + ': ' : ''}${p.message}`;
}

export interface YamlFile<T> {
  readonly file: string;
  readonly text: string;
  readonly data: T | null;
  readonly problems: Problem[];
  /** Line of a path in the document (1-based), or null. */
  lineOf(path: ReadonlyArray<string | number>): number | null;
  /** Human path with entry ids: `projects[4] (kazbelaz-karaganda).match`. */
  describe(path: ReadonlyArray<PropertyKey>): string;
}

export function readYamlFile<S extends z.ZodType>(file: string, schema: S, displayName = file): YamlFile<z.infer<S>> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code;
    const message = code === 'ENOENT' ? 'file not found (copy it from the repository, or set COVGAP_CONFIG_DIR)' : String(err);
    return emptyFile(displayName, message);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineOf = (path: ReadonlyArray<string | number>): number | null => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
      if (node && typeof node === 'object' && 'range' in node && node.range) return lineCounter.linePos(node.range[0]).line;
      const pair = n > 0 ? findPairKey(doc.getIn(path.slice(0, n - 1), true), path[n - 1]) : null;
      if (pair !== null) return lineCounter.linePos(pair).line;
    }
    return null;
  };
  const raw = doc.toJS() as unknown;
  const describe = (path: ReadonlyArray<PropertyKey>): string => describePath(raw, path);
  const problems: Problem[] = doc.errors.map((e) => ({
    severity: 'error' as const,
    file: displayName,
    line: e.linePos?.[0]?.line ?? null,
    where: '',
    message: `YAML syntax: ${e.message.split('\n')[0]}`,
  }));
  if (problems.length) return { file: displayName, text, data: null, problems, lineOf, describe };
  const parsed = schema.safeParse(raw ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      problems.push({ severity: 'error', file: displayName, line: lineOf(path), where: describe(path), message: issue.message });
    }
    return { file: displayName, text, data: null, problems, lineOf, describe };
  }
  return { file: displayName, text, data: parsed.data, problems, lineOf, describe };
}

function emptyFile(file: string, message: string): YamlFile<never> {
  return {
    file, text: '', data: null,
    problems: [{ severity: 'error', file, line: null, where: '', message }],
    lineOf: () => null, describe: () => '',
  };
}

function findPairKey(parent: unknown, key: string | number | undefined): number | null {
  if (!isMap(parent) || key === undefined) return null;
  for (const item of parent.items) {
    const k = item.key as Node & { value?: unknown };
    if (k && (k.value === key) && k.range) return k.range[0];
  }
  return null;
}

function describePath(root: unknown, path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  let node: unknown = root;
  for (const key of path) {
    if (typeof key === 'number') {
      node = Array.isArray(node) ? node[key] : undefined;
      const entryId = node && typeof node === 'object' && 'id' in node ? (node as { id: unknown }).id : undefined;
      out += `[${key}]` + (typeof entryId === 'string' ? ` (${entryId})` : '');
    } else {
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(key)] : undefined;
      out += (out ? '.' : '') + String(key);
    }
  }
  return out;
}

