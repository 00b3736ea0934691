/** Source-document line references, compacted for display (docs/gaps.md §7). */

/**
 * Sorted, merged ranges. Lines at most `step` apart join one range: the seed document puts a
 * blank line between paragraphs, so a passage is usually every other line (612, 614, … 620).
 */
export function lineRanges(lines: readonly number[], step = 2): Array<[number, number]> {
  const sorted = [...new Set(lines)].filter((n) => Number.isInteger(n) && n > 0).sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n - last[1] <= step) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}
