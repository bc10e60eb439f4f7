/**
 * Bounding boxes: the one definition the API's `bbox` filter, the list's "in view" test, the camera
 * and search share. Pure functions over plain arrays, with no geometry library: the list runs them
 * in the browser, and a box against a geometry needs only segment clipping and point-in-polygon.
 */
import type { Geometry, Position } from 'geojson';

/**
 * [west, south, east, north] in degrees (CRS84). `west > east` is a box across the antimeridian.
 * A point is a box of no size.
 */
export type Bbox = [number, number, number, number];

/** Every position of a geometry, in order. */
function* positions(geometry: Geometry): Generator<Position> {
  switch (geometry.type) {
    case 'Point':
      yield geometry.coordinates;
      return;
    case 'MultiPoint':
    case 'LineString':
      yield* geometry.coordinates;
      return;
    case 'MultiLineString':
    case 'Polygon':
      for (const line of geometry.coordinates) yield* line;
      return;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) yield* ring;
      return;
    case 'GeometryCollection':
      for (const part of geometry.geometries) yield* positions(part);
  }
}

/** The envelope of a geometry; one without positions has the empty envelope [∞, ∞, −∞, −∞], which overlaps nothing. */
export function bboxOf(geometry: Geometry): Bbox {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const [x = 0, y = 0] of positions(geometry)) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

/** Whether two boxes that do not cross the antimeridian share at least a point (touching counts). */
export function bboxesOverlap(a: Bbox, b: Bbox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Whether `inner` lies wholly inside `outer`. */
export function bboxContains(outer: Bbox, inner: Bbox): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

/** A box across the antimeridian is two boxes, one each side; any other box is itself. */
export function splitAtAntimeridian([w, s, e, n]: Bbox): Bbox[] {
  return w <= e
    ? [[w, s, e, n]]
    : [
        [w, s, 180, n],
        [-180, s, e, n],
      ];
}

const inBox = ([x = NaN, y = NaN]: Position, b: Bbox) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];

/**
 * Whether the segment from `p` to `q` meets the box, ends and edges included (Liang–Barsky
 * clipping). Exact where coordinates and their differences are exact in floating point (degrees
 * to a few decimals); a segment that only grazes a corner within rounding may go either way.
 */
function segmentMeetsBox([px = 0, py = 0]: Position, [qx = 0, qy = 0]: Position, b: Bbox): boolean {
  const dx = qx - px;
  const dy = qy - py;
  let enter = 0;
  let leave = 1;
  // Each side of the box as "p·t ≤ q" along the segment.
  for (const [p, q] of [[-dx, px - b[0]], [dx, b[2] - px], [-dy, py - b[1]], [dy, b[3] - py]] as const) {
    if (p === 0) {
      if (q < 0) return false; // parallel to this side and outside it
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > leave) return false;
      if (t > enter) enter = t;
    } else {
      if (t < enter) return false;
      if (t < leave) leave = t;
    }
  }
  return true;
}

/** Whether a line (its segments, or its one position) meets the box. */
function lineMeetsBox(line: readonly Position[], b: Bbox): boolean {
  if (line.length === 1) return inBox(line[0]!, b);
  for (let i = 1; i < line.length; i++) if (segmentMeetsBox(line[i - 1]!, line[i]!, b)) return true;
  return false;
}

/** Whether a point is inside a polygon, its holes excepted (even–odd crossings of a ray to the east). */
function insidePolygon([x = 0, y = 0]: Position, rings: readonly (readonly Position[])[]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i]!;
      const [xj = 0, yj = 0] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * Whether a polygon meets the box: an edge of it meets the box, or else, with no edge in or across
 * the box, the box lies wholly inside it (not in a hole) or wholly outside, as its centre does.
 */
function polygonMeetsBox(rings: readonly (readonly Position[])[], b: Bbox): boolean {
  if (rings.some((ring) => lineMeetsBox(ring, b))) return true;
  return insidePolygon([(b[0] + b[2]) / 2, (b[1] + b[3]) / 2], rings);
}

/** Whether a geometry meets a box that does not cross the antimeridian. */
function meetsBox(geometry: Geometry, b: Bbox): boolean {
  switch (geometry.type) {
    case 'Point':
      return inBox(geometry.coordinates, b);
    case 'MultiPoint':
      return geometry.coordinates.some((p) => inBox(p, b));
    case 'LineString':
      return lineMeetsBox(geometry.coordinates, b);
    case 'MultiLineString':
      return geometry.coordinates.some((line) => lineMeetsBox(line, b));
    case 'Polygon':
      return polygonMeetsBox(geometry.coordinates, b);
    case 'MultiPolygon':
      return geometry.coordinates.some((polygon) => polygonMeetsBox(polygon, b));
    case 'GeometryCollection':
      return geometry.geometries.some((part) => meetsBox(part, b));
  }
}

/**
 * Whether any part of a geometry lies in the box (touching counts): a line between two far
 * capitals counts when it crosses the box, not merely when its envelope does; a polygon counts
 * when it covers the whole box. The cheap envelope tests come first. A geometry that is `null`
 * never matches.
 * @example intersectsBbox({ type: 'Point', coordinates: [46.5, 39.6] }, [44, 38, 48, 41]) // true
 */
export function intersectsBbox(geometry: Geometry | null, box: Bbox): boolean {
  if (!geometry) return false;
  // Most features are points: no envelope to build.
  if (geometry.type === 'Point') return splitAtAntimeridian(box).some((b) => inBox(geometry.coordinates, b));
  const env = bboxOf(geometry);
  return splitAtAntimeridian(box).some((b) => {
    if (!bboxesOverlap(b, env)) return false;
    if (bboxContains(b, env)) return true;
    return meetsBox(geometry, b);
  });
}
