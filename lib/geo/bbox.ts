/**
 * Bounding boxes: the one definition the API's `bbox` filter, the list's "in view" test, the camera
 * and search share. Pure functions over plain arrays.
 */
import { bbox as turfBbox, bboxPolygon, booleanIntersects } from '@turf/turf';
import type { Geometry } from 'geojson';

/**
 * [west, south, east, north] in degrees (CRS84). `west > east` is a box across the antimeridian.
 * A point is a box of no size.
 */
export type Bbox = [number, number, number, number];

/** The envelope of a geometry. */
export function bboxOf(geometry: Geometry): Bbox {
  const [w = 0, s = 0, e = 0, n = 0] = turfBbox(geometry);
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

/**
 * Whether any part of a geometry lies in the box (touching counts): a line between two far
 * capitals counts when it crosses the box, not merely when its envelope does. The cheap envelope
 * tests come first. A geometry that is `null` never matches.
 * @example intersectsBbox({ type: 'Point', coordinates: [46.5, 39.6] }, [44, 38, 48, 41]) // true
 */
export function intersectsBbox(geometry: Geometry | null, box: Bbox): boolean {
  if (!geometry) return false;
  const env = bboxOf(geometry);
  return splitAtAntimeridian(box).some((b) => {
    if (!bboxesOverlap(b, env)) return false;
    if (geometry.type === 'Point' || bboxContains(b, env)) return true;
    // A zero-width or zero-height box is not a polygon turf can test; its envelope is all we have.
    if (b[0] === b[2] || b[1] === b[3]) return true;
    return booleanIntersects(geometry, bboxPolygon(b).geometry);
  });
}
