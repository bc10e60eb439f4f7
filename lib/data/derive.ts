/**
 * Geometries the loader derives instead of storing: links between allies' capitals and borders
 * meshed from Natural Earth. Deriving them keeps one source of truth for shared geography, and
 * `derivedGeometry` tells the reader how the line was made.
 */
import { greatCircle } from '@turf/turf';
import type { MultiLineString, Position } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import { DECIMALS, roundPosition } from '@/lib/geo/round';
import type { Basemap, Capital } from './basemap';

export type DeriveResult = { geometry: MultiLineString; derivedGeometry: string } | { problem: string };

/** Points per great-circle arc: smooth at regional zoom, small in the API payload. */
const ARC_POINTS = 64;

/** Member pairs to link: all pairs for up to four members, a ring beyond that (to stay legible). */
export function memberPairs<T>(members: readonly T[]): [T, T][] {
  if (members.length <= 4) return members.flatMap((a, i) => members.slice(i + 1).map((b): [T, T] => [a, b]));
  return members.map((a, i): [T, T] => [a, members[(i + 1) % members.length] as T]);
}

/**
 * Great-circle links between the members' capitals, as one MultiLineString. An arc that turf
 * splits at the antimeridian arrives as a MultiLineString and is flattened into its parts.
 */
export function capitalLinks(members: readonly string[], basemap: Basemap): DeriveResult {
  const capitals = basemap.capitals();
  if (!capitals) return { problem: 'capital-links: places.geojson is unavailable' };
  const missing = members.filter((m) => !capitals.has(m));
  if (missing.length > 0) return { problem: `capital-links: no capital for ${missing.join(', ')} in places.geojson` };
  const caps = members.map((m) => capitals.get(m) as Capital);
  const lines: Position[][] = memberPairs(caps).flatMap(([a, b]) => {
    const g = greatCircle(a.coordinates, b.coordinates, { npoints: ARC_POINTS }).geometry;
    return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  });
  return {
    geometry: { type: 'MultiLineString', coordinates: lines.map(round) },
    derivedGeometry: `great-circle links between the capitals of ${members.join(', ')} (${caps.map((c) => c.name).join(', ')}; GeoNames)`,
  };
}

/** The arcs two countries share in the Natural Earth topology, meshed into one MultiLineString. */
export function naturalEarthBorder(between: readonly [string, string], basemap: Basemap): DeriveResult {
  const topology = basemap.topology();
  if (!topology) return { problem: 'natural-earth-border: countries.topo.json is unavailable' };
  const [a, b] = between;
  const code = (g: GeometryObject) => String(g.id ?? (g.properties as { iso3?: string } | undefined)?.iso3 ?? '');
  const known = new Set(topology.objects.countries.geometries.map(code));
  const missing = between.filter((c) => !known.has(c));
  if (missing.length > 0) return { problem: `natural-earth-border: ${missing.join(', ')} not in countries.topo.json` };
  const line = mesh(topology, topology.objects.countries, (x, y) => {
    const [cx, cy] = [code(x), code(y)];
    return (cx === a && cy === b) || (cx === b && cy === a);
  });
  if (line.coordinates.length === 0) return { problem: `natural-earth-border: ${a} and ${b} share no border in countries.topo.json` };
  return {
    geometry: { type: 'MultiLineString', coordinates: line.coordinates.map(round) },
    derivedGeometry: `shared border of ${a} and ${b}, Natural Earth 1:10m`,
  };
}

function round(line: Position[]): Position[] {
  return line.map((p) => roundPosition(p, DECIMALS.geometry));
}
