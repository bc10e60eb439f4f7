/**
 * Distances between stored geometries, for the spatial statements of the sources ("a mere 300
 * meters from the Lachin corridor"): a check of what the map draws, or the rule a point was
 * placed by, which `check:data` keeps true when the target is redrawn.
 */
import { booleanIntersects, distance, pointToLineDistance } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import type { SpatialFact } from './types';

/** Vertices and line strings (polygon rings included) of a geometry. */
function parts(g: Geometry): { points: Position[]; lines: Position[][] } {
  switch (g.type) {
    case 'Point':
      return { points: [g.coordinates], lines: [] };
    case 'MultiPoint':
      return { points: g.coordinates, lines: [] };
    case 'LineString':
      return { points: g.coordinates, lines: [g.coordinates] };
    case 'MultiLineString':
      return { points: g.coordinates.flat(), lines: g.coordinates };
    case 'Polygon':
      return { points: g.coordinates.flat(), lines: g.coordinates };
    case 'MultiPolygon':
      return { points: g.coordinates.flat(2), lines: g.coordinates.flat() };
    case 'GeometryCollection': {
      const all = g.geometries.map(parts);
      return { points: all.flatMap((p) => p.points), lines: all.flatMap((p) => p.lines) };
    }
  }
}

/** Geodesic distance from a vertex to the nearest point of another geometry's points and lines. */
function vertexTo(p: Position, other: { points: Position[]; lines: Position[][] }): number {
  const toLines = other.lines.map((l) => pointToLineDistance(p, { type: 'LineString', coordinates: l }, { units: 'meters' }));
  const toPoints = other.lines.length > 0 ? [] : other.points.map((q) => distance(p, q, { units: 'meters' }));
  return Math.min(...toLines, ...toPoints);
}

/**
 * Nearest approach between two geometries in meters: 0 where they touch or overlap (a point
 * inside a polygon, crossing lines), otherwise the least vertex-to-geometry distance either way,
 * which for segments is where the minimum lies.
 * @example nearestDistanceMeters(drillPoint, corridorLine) // ≈ 300
 */
export function nearestDistanceMeters(a: Geometry, b: Geometry): number {
  if (booleanIntersects(a, b)) return 0;
  const pa = parts(a);
  const pb = parts(b);
  return Math.min(...pa.points.map((p) => vertexTo(p, pb)), ...pb.points.map((p) => vertexTo(p, pa)));
}

/**
 * A source's stated distance next to the computed one. `strip-edge` measures to the edge of the
 * target's strip (its drawn line widened by `widthMeters`), which is what a text means by "300
 * meters from the corridor"; a point inside the strip is 0 m from it. `holds` is within the tolerance.
 */
export function distanceFact(
  check: { to: string; measure: 'geometry' | 'strip-edge'; stated: string; statedMeters: number; toleranceMeters: number; use: 'check' | 'placement' },
  from: Geometry,
  to: Geometry,
  widthMeters = 0,
): SpatialFact {
  const toGeometry = nearestDistanceMeters(from, to);
  const measured = check.measure === 'strip-edge' ? Math.max(0, toGeometry - widthMeters / 2) : toGeometry;
  const computedMeters = Math.round(measured);
  return {
    type: 'distance',
    to: check.to,
    measure: check.measure,
    stated: check.stated,
    statedMeters: check.statedMeters,
    computedMeters,
    toleranceMeters: check.toleranceMeters,
    use: check.use,
    holds: Math.abs(computedMeters - check.statedMeters) <= check.toleranceMeters,
  };
}
