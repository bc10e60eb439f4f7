import { bbox as turfBbox, bboxPolygon, booleanIntersects } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import { invalidParameter } from '@/lib/http';

/** [minLon, minLat, maxLon, maxLat] in CRS84; minLon > maxLon means the box crosses the antimeridian. */
export type Bbox = [number, number, number, number];

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parses the OGC `bbox` parameter: 4 numbers, or 6 with heights (heights are ignored: the layers
 * are 2D). Throws a 400 `ApiError` saying what is wrong.
 *
 * @example parseBbox('49.7,40.3,50.1,40.5') // [49.7, 40.3, 50.1, 40.5]
 */
export function parseBbox(raw: string): Bbox {
  const parts = raw.split(',').map((s) => s.trim());
  if (parts.length !== 4 && parts.length !== 6) {
    throw invalidParameter(`bbox must have 4 or 6 comma-separated numbers (minLon,minLat,maxLon,maxLat); got ${parts.length}.`);
  }
  const bad = parts.find((p) => !NUMBER.test(p));
  if (bad !== undefined) throw invalidParameter(`bbox values must be numbers; "${bad}" is not.`);
  const n = parts.map(Number);
  const box: Bbox = n.length === 6 ? [n[0]!, n[1]!, n[3]!, n[4]!] : [n[0]!, n[1]!, n[2]!, n[3]!];
  const [minX, minY, maxX, maxY] = box;
  for (const lon of [minX, maxX]) {
    if (lon < -180 || lon > 180) throw invalidParameter(`bbox longitude ${lon} is outside -180..180.`);
  }
  for (const lat of [minY, maxY]) {
    if (lat < -90 || lat > 90) throw invalidParameter(`bbox latitude ${lat} is outside -90..90.`);
  }
  if (minY > maxY) throw invalidParameter(`bbox minimum latitude ${minY} is greater than maximum ${maxY}.`);
  return box;
}

/** A box crossing the antimeridian is two boxes, one each side. */
function parts([minX, minY, maxX, maxY]: Bbox): Bbox[] {
  return minX <= maxX
    ? [[minX, minY, maxX, maxY]]
    : [
        [minX, minY, 180, maxY],
        [-180, minY, maxX, maxY],
      ];
}

function envelopesOverlap(a: Bbox, b: number[]): boolean {
  return a[0] <= b[2]! && b[0]! <= a[2] && a[1] <= b[3]! && b[1]! <= a[3];
}

function inside(a: number[], b: Bbox): boolean {
  return a[0]! >= b[0] && a[1]! >= b[1] && a[2]! <= b[2] && a[3]! <= b[3];
}

/**
 * Whether a feature's geometry intersects the box (touching counts). Features without geometry
 * never match a spatial filter.
 */
export function intersectsBbox(feature: Feature<Geometry | null>, box: Bbox): boolean {
  if (!feature.geometry) return false;
  const env = turfBbox(feature.geometry);
  return parts(box).some((b) => {
    if (!envelopesOverlap(b, env)) return false;
    if (inside(env, b)) return true;
    // A zero-width or zero-height box is not a polygon turf can test; its envelope is all we have.
    if (b[0] === b[2] || b[1] === b[3]) return true;
    return booleanIntersects(feature.geometry!, bboxPolygon(b));
  });
}
