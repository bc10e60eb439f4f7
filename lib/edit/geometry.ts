/** Geometry as the editor stores it: positions rounded as every stored coordinate is (lib/geo/round.ts). */
import type { Geometry, Position } from 'geojson';
import { DECIMALS, roundPosition } from '@/lib/geo/round';

const round = (p: Position) => roundPosition(p.slice(0, 2), DECIMALS.geometry) as Position;

/** A drawn geometry with [lon, lat] positions rounded to 6 decimals (about 0.1 m); heights dropped. */
export function roundGeometry(g: Geometry): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: round(g.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: g.type, coordinates: g.coordinates.map(round) } as Geometry;
    case 'MultiLineString':
    case 'Polygon':
      return { type: g.type, coordinates: g.coordinates.map((l) => l.map(round)) } as Geometry;
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((l) => l.map(round))) };
    default:
      return g;
  }
}
