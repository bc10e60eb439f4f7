/**
 * RFC 7946 hygiene for every geometry the atlas serves: polygons wound by the right-hand rule,
 * coordinates in range, rings that close and do not cross themselves. Renderers tolerate some of
 * these faults and not others, so they are fixed or reported here, not discovered on the map.
 */
import rewind from '@mapbox/geojson-rewind';
import { getIssues } from '@placemarkio/check-geojson';
import { kinks } from '@turf/turf';
import type { Geometry, Position } from 'geojson';

/**
 * A copy of the geometry with exterior rings counter-clockwise and holes clockwise (RFC 7946
 * §3.1.6). Authored winding is a digitising accident, not a meaning, so it is fixed silently.
 * The input is not modified.
 */
export function normalizeGeometry<G extends Geometry>(g: G): G {
  return rewind(structuredClone(g), false);
}

/** Everything wrong with a geometry that the schema cannot see; empty when it is sound. */
export function geometryProblems(g: Geometry): string[] {
  // check-geojson may report one fault once per node it visits; one line per kind of fault is enough.
  const structural = [
    ...new Set(getIssues(JSON.stringify({ type: 'Feature', properties: {}, geometry: g })).map((i) => `invalid GeoJSON geometry: ${i.message}`)),
  ];
  if (structural.length > 0) return structural;
  const problems = positions(g)
    .filter(([x = NaN, y = NaN]) => !(Math.abs(x) <= 180 && Math.abs(y) <= 90))
    .slice(0, 1)
    .map((p) => `coordinates out of range: [${p.join(', ')}] (longitude must be within ±180, latitude within ±90)`);
  if (problems.length === 0 && (g.type === 'Polygon' || g.type === 'MultiPolygon')) {
    const n = kinks(g).features.length;
    if (n > 0) problems.push(`polygon rings cross themselves or each other at ${n} point${n === 1 ? '' : 's'}`);
  }
  return problems;
}

/** GeoJSON validity of a whole output collection, as a client parsing it would see it. */
export function collectionProblems(collection: unknown): string[] {
  return getIssues(JSON.stringify(collection)).map((i) => i.message);
}

function positions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positions);
  }
}
