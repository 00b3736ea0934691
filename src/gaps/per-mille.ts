/** Rounding and rates shared by the gap metrics (docs/gaps.md §2). */

/** Rounds half away from zero to `digits` decimals; the report stores only rounded numbers so JSON round-trips exactly. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  const r = Math.sign(value) * Math.round(Math.abs(value) * f + Number.EPSILON) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** count per 1,000 of `volume`, rounded to 2 decimals; null when the volume is zero or unknown. */
export function perMille(count: number, volume: number | undefined): number | null {
  return volume && volume > 0 ? round((1000 * count) / volume) : null;
}
