import type { Geometry, Position } from 'geojson';

const pos = (p: Position) => p.join(' ');
const ring = (ps: Position[]) => `(${ps.map(pos).join(', ')})`;
const rings = (rs: Position[][]) => `(${rs.map(ring).join(', ')})`;

/**
 * Well-Known Text of a GeoJSON geometry, the form spreadsheets and GIS tools read from a CSV column
 * (QGIS "WKT" field, PostGIS ST_GeomFromText).
 *
 * @example toWkt({ type: 'Point', coordinates: [46.75, 39.82] }) // 'POINT (46.75 39.82)'
 */
export function toWkt(g: Geometry | null): string {
  if (!g) return '';
  switch (g.type) {
    case 'Point':
      return `POINT (${pos(g.coordinates)})`;
    case 'MultiPoint':
      return `MULTIPOINT ${ring(g.coordinates)}`;
    case 'LineString':
      return `LINESTRING ${ring(g.coordinates)}`;
    case 'MultiLineString':
      return `MULTILINESTRING ${rings(g.coordinates)}`;
    case 'Polygon':
      return `POLYGON ${rings(g.coordinates)}`;
    case 'MultiPolygon':
      return `MULTIPOLYGON (${g.coordinates.map(rings).join(', ')})`;
    case 'GeometryCollection':
      return `GEOMETRYCOLLECTION (${g.geometries.map(toWkt).join(', ')})`;
  }
}
