import { API_DESCRIPTION, API_TITLE, CONFORMANCE, MEDIA } from './constants';
import { apiUrl, jsonLink } from './links';

/** The landing page: where GDAL, QGIS and other clients start. */
export function landingDocument(origin: string) {
  return {
    title: API_TITLE,
    description: API_DESCRIPTION,
    links: [
      jsonLink(apiUrl(origin, '/'), 'self', 'This document'),
      { href: apiUrl(origin, '/openapi'), rel: 'service-desc', type: MEDIA.openapi, title: 'The API definition (OpenAPI 3.0)' },
      jsonLink(apiUrl(origin, '/conformance'), 'conformance', 'Conformance classes implemented'),
      jsonLink(apiUrl(origin, '/collections'), 'data', 'The layers'),
      jsonLink(apiUrl(origin, '/sources'), 'related', 'The source articles the features cite'),
    ],
  };
}

/** The conformance declaration: Features Part 1 core/GeoJSON/OpenAPI 3.0 and Part 3 queryables. */
export function conformanceDocument() {
  return { conformsTo: [...CONFORMANCE] };
}
