/**
 * Splitting geometries at the regional frame, so a country that reaches far beyond it (Russia,
 * China, India) is drawn at 1:10m only inside the frame and at 1:50m outside. The two parts meet
 * exactly on the frame's edges (both are clipped on the same lines), so the only visible seam is
 * where a frame edge crosses a coastline, far from the South Caucasus.
 */
import { bboxClip } from '@turf/turf';
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { BBox } from './config';

/**
 * Rings that cross the antimeridian (Chukotka, Wrangel Island, Fiji) come out of world-atlas
 * jumping from +180 to -180, which a flat map draws as a band across the whole world. Each such
 * polygon is unwrapped (made continuous past ±180) and cut into its parts on either side.
 * Rings that go round a pole (Antarctica) cannot be unwrapped and are kept as they are.
 */
export function splitAntimeridian(g: Polygon | MultiPolygon): MultiPolygon {
  const out: Position[][][] = [];
  for (const rings of polygonsOf(g)) {
    const unwrapped = rings.map(unwrapRing);
    if (unwrapped.every((r) => r === null || r.every(([x = 0]) => x >= -180 && x <= 180))) {
      out.push(rings);
      continue;
    }
    const poly = unwrapped.map((r, k) => r ?? rings[k]!);
    for (const shift of [-360, 0, 360]) {
      const box: BBox = [-180 - shift, -90, 180 - shift, 90];
      const part = clipPolygons({ type: 'Polygon', coordinates: poly }, [box]);
      for (const p of part.coordinates) out.push(p.map((r) => r.map(([x = 0, y = 0]) => [x + shift, y])));
    }
  }
  return { type: 'MultiPolygon', coordinates: out };
}

/** The ring made continuous in longitude, or null if it goes round a pole. */
function unwrapRing(ring: Position[]): Position[] | null {
  let offset = 0;
  const out = ring.map(([x = 0, y = 0], i) => {
    const prev = ring[i - 1]?.[0];
    if (prev !== undefined && x - prev > 180) offset -= 360;
    if (prev !== undefined && x - prev < -180) offset += 360;
    return [x + offset, y];
  });
  return offset === 0 ? out : null;
}

/** The four boxes that, with `frame`, tile the whole plane without overlapping it. */
export function outsideBoxes([w, s, e, n]: BBox): BBox[] {
  return [
    [-180, -90, w, 90],
    [e, -90, 180, 90],
    [w, -90, e, s],
    [w, n, e, 90],
  ];
}

const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** The parts of a (multi)polygon inside any of `boxes`, as one MultiPolygon (possibly empty). */
export function clipPolygons(g: Polygon | MultiPolygon, boxes: BBox[]): MultiPolygon {
  const out: Position[][][] = [];
  for (const box of boxes) {
    for (const rings of polygonsOf(g)) {
      const clipped = bboxClip({ type: 'Polygon', coordinates: rings }, box).geometry as Polygon;
      const [outer, ...holes] = clipped.coordinates;
      // Sutherland–Hodgman leaves a ring along the box edge when a polygon only grazes it.
      if (outer && outer.length >= 4 && ringArea(outer) > 1e-12) out.push([outer, ...holes.filter((h) => h.length >= 4)]);
    }
  }
  return { type: 'MultiPolygon', coordinates: out };
}

/** The parts of a multilinestring inside any of `boxes`. */
export function clipLines(g: MultiLineString, boxes: BBox[]): MultiLineString {
  const out: Position[][] = [];
  for (const box of boxes) {
    // bboxClip answers a LineString when only one piece is left.
    const clipped = bboxClip(g, box).geometry as LineString | MultiLineString;
    const lines = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
    for (const line of lines) if (line.length >= 2) out.push(line);
  }
  return { type: 'MultiLineString', coordinates: out };
}

/** Absolute planar area in square degrees; only used to drop degenerate rings. */
function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i]!;
    const [xj = 0, yj = 0] = ring[j]!;
    a += (xj - xi) * (yj + yi);
  }
  return Math.abs(a / 2);
}
