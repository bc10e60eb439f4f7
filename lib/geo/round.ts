/**
 * Rounding of coordinates and numbers for output. One helper, so every payload and link rounds
 * the same way.
 */

/**
 * `value` rounded to `decimals` places, as a number (no trailing zeros when printed).
 * @example roundTo(40.123456, 4) // 40.1235
 */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** A position ([lon, lat, …]) rounded to `decimals` places. */
export function roundPosition(p: readonly number[], decimals: number): number[] {
  return p.map((v) => roundTo(v, decimals));
}

/**
 * Decimals kept for stored and served coordinates. Six (about 0.1 m) is far below the sources'
 * precision and keeps payloads small; four (about 11 m) is enough to fly to a place.
 */
export const DECIMALS = { geometry: 6, target: 4 } as const;
