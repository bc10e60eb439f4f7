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
  // A point's structure is all the schema's (a position of two numbers in range); only lines and
  // areas need the full GeoJSON check (rings that close, and the like), which serialises them.
  if (g.type === 'Point') return pointProblems(g.coordinates);
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

function pointProblems([x = NaN, y = NaN]: Position): string[] {
  return Math.abs(x) <= 180 && Math.abs(y) <= 90
    ? []
    : [`coordinates out of range: [${x}, ${y}] (longitude must be within ±180, latitude within ±90)`];
}

/**
 * GeoJSON validity of a whole output collection, as a client parsing it would see it. Each
 * geometry has been through `geometryProblems` already, so this checks the envelope only: the
 * collection, and each feature's type, id and properties. (Re-serialising the collection for a
 * full parse cost more than the rest of the load at 10,000 features.)
 */
export function collectionProblems(collection: { type: string; features: readonly unknown[] }): string[] {
  if (collection.type !== 'FeatureCollection') return ['type must be "FeatureCollection"'];
  for (const [i, f] of collection.features.entries()) {
    const feature = f as { type?: unknown; id?: unknown; properties?: unknown; geometry?: unknown };
    if (feature.type !== 'Feature') return [`features[${i}]: type must be "Feature"`];
    if (typeof feature.id !== 'string' && typeof feature.id !== 'number') return [`features[${i}]: id must be a string or number`];
    if (typeof feature.properties !== 'object') return [`features[${i}]: properties must be an object or null`];
    if (feature.geometry === undefined) return [`features[${i}]: geometry must be present (null when unlocated)`];
  }
  return [];
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
