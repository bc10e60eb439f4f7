/** Media types, URIs and limits of the OGC API – Features service. */

export const MEDIA = {
  json: 'application/json',
  geojson: 'application/geo+json',
  /** Exactly as GDAL and the OGC spec spell it (GDAL compares the parameter too). */
  openapi: 'application/vnd.oai.openapi+json;version=3.0',
  schema: 'application/schema+json',
  html: 'text/html',
} as const;

/** WGS 84 longitude/latitude: the only CRS served. */
export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
export const GREGORIAN_TRS = 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian';

export const CONFORMANCE = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters',
] as const;

/** Page size when `limit` is absent. */
export const LIMIT_DEFAULT = 100;
/** Larger `limit` values are capped to this, not rejected (OGC API – Features Part 1, 7.15.3). */
export const LIMIT_MAX = 1000;

export const API_TITLE = 'Caucasus Security Atlas API';
export const API_DESCRIPTION =
  'Layers of the South Caucasus security landscape as OGC API – Features. Every feature cites verbatim ' +
  'passages of the source articles; dates say how they are known and places how precise they are.';
