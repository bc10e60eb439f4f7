/**
 * Rounding of coordinates and numbers for output. One helper, so every payload and link rounds
 * the same way.
 */
import type { Geometry, GeometryCollection } from 'geojson';

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
 * precision and keeps payloads small; four (about 11 m) is enough to fly to a place, and to draw
 * a line the atlas derives (links between capitals, borders meshed from Natural Earth) at the
 * map's deepest zoom, where a pixel is over 100 m: the map form keeps four for those.
 */
export const DECIMALS = { geometry: 6, target: 4, derivedLine: 4 } as const;

/** A geometry with every position rounded to `decimals` places. */
export function roundGeometry<G extends Geometry>(g: G, decimals: number): G {
  const deep = (c: unknown): unknown => (typeof (c as number[])[0] === 'number' ? roundPosition(c as number[], decimals) : (c as unknown[]).map(deep));
  if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map((x) => roundGeometry(x, decimals)) };
  return { ...g, coordinates: deep((g as Exclude<Geometry, GeometryCollection>).coordinates) } as G;
}
