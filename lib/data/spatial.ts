/**
 * Distances between stored geometries, to check the spatial statements in the sources ("a mere
 * 300 meters from the Lachin corridor") against what the map actually draws.
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

/** A source's stated distance next to the computed one; `consistent` is within the tolerance. */
export function distanceFact(
  check: { to: string; stated: string; statedMeters: number; toleranceMeters: number },
  from: Geometry,
  to: Geometry,
): SpatialFact {
  const computedMeters = Math.round(nearestDistanceMeters(from, to));
  return {
    type: 'distance',
    to: check.to,
    stated: check.stated,
    statedMeters: check.statedMeters,
    computedMeters,
    toleranceMeters: check.toleranceMeters,
    consistent: Math.abs(computedMeters - check.statedMeters) <= check.toleranceMeters,
  };
}
