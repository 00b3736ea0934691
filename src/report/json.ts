/**
 * JSON with object keys sorted at every level, 2-space indent and a final newline, so the same
 * value always serialises to the same bytes (frozen reports re-render byte for byte).
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** The report model for spreadsheets and scripts (labels included, so the file reads on its own). */
export function renderJson(model: unknown): string {
  return stableJson(model);
}
