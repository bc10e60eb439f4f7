import { bbox as turfBbox, bboxPolygon, booleanIntersects } from '@turf/turf';
import type { Geometry } from 'geojson';
import type { Bbox } from '@/lib/map/focus';

const overlaps = (a: Bbox, b: Bbox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * Whether any part of a geometry lies in the visible area: a line between two far capitals counts
 * when it crosses the view, not merely when its bbox does. The cheap bbox test comes first.
 * @example intersectsView({type:'Point', coordinates:[46.5, 39.6]}, [44, 38, 48, 41]) // true
 */
export function intersectsView(geometry: Geometry | null, view: Bbox): boolean {
  if (!geometry) return false;
  const box = turfBbox(geometry) as Bbox;
  if (!overlaps(box, view)) return false;
  // Fully inside, or a point: no need for the exact test.
  if (geometry.type === 'Point' || (box[0] >= view[0] && box[2] <= view[2] && box[1] >= view[1] && box[3] <= view[3])) return true;
  return booleanIntersects(geometry, bboxPolygon(view).geometry);
}
