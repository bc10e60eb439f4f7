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

/**
 * The geographic centre of points on the sphere (the mean of their unit vectors): the hub of a
 * format's spokes. It stands for the format, not for a place.
 */
export function sphericalCentre(points: readonly Position[]): Position {
  const rad = Math.PI / 180;
  let [x, y, z] = [0, 0, 0];
  for (const [lon = 0, lat = 0] of points) {
    x += Math.cos(lat * rad) * Math.cos(lon * rad);
    y += Math.cos(lat * rad) * Math.sin(lon * rad);
    z += Math.sin(lat * rad);
  }
  return [Math.atan2(y, x) / rad, Math.atan2(z, Math.hypot(x, y)) / rad];
}

/**
 * The links that show a relation without inventing ties: two members are one link between them;
 * three or more are spokes from each member to the format's hub (drawing every pair, or a ring,
 * would show bilateral ties the sources do not report).
 * @example memberLinks([a, b]) // [[a, b]]; memberLinks([a, b, c]) // [[a, hub], [b, hub], [c, hub]]
 */
export function memberLinks(points: readonly Position[]): [Position, Position][] {
  if (points.length === 2) return [[points[0]!, points[1]!]];
  const hub = sphericalCentre(points);
  return points.map((p): [Position, Position] => [p, hub]);
}

/**
 * Great-circle links between the members' capitals (two members) or spokes from each capital to
 * the hub (three or more), as one MultiLineString. An arc that turf splits at the antimeridian
 * arrives as a MultiLineString and is flattened into its parts.
 */
export function capitalLinks(members: readonly string[], basemap: Basemap): DeriveResult {
  const capitals = basemap.capitals();
  if (!capitals) return { problem: 'capital-links: places.geojson is unavailable' };
  const missing = members.filter((m) => !capitals.has(m));
  if (missing.length > 0) return { problem: `capital-links: no capital for ${missing.join(', ')} in places.geojson` };
  const caps = members.map((m) => capitals.get(m) as Capital);
  const lines: Position[][] = memberLinks(caps.map((c) => c.coordinates)).flatMap(([a, b]) => {
    const g = greatCircle(a, b, { npoints: ARC_POINTS }).geometry;
    return g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  });
  const names = `${members.join(', ')} (${caps.map((c) => c.name).join(', ')}; GeoNames)`;
  return {
    geometry: { type: 'MultiLineString', coordinates: lines.map(round) },
    derivedGeometry:
      caps.length === 2
        ? `a great-circle link between the capitals of ${names}`
        : `great-circle spokes from the capitals of ${names} to a hub at their geographic centre; the hub stands for the format, not for a place`,
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
