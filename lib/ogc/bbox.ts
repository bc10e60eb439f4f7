import type { Bbox } from '@/lib/geo/bbox';
import { invalidParameter, quoted } from '@/lib/http';

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
  if (bad !== undefined) throw invalidParameter(`bbox values must be numbers; ${quoted(bad)} is not.`);
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
