import { SOURCE_ID_PATTERN } from '@/lib/data/ids';
import { CONFORMANCE, LIMIT_DEFAULT, LIMIT_MAX, MEDIA } from '../constants';

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });
/** A `$ref` to a shared parameter. */
export const param = (name: string) => ref('parameters', name);
/** A `$ref` to a shared schema. */
export const schema = (name: string) => ref('schemas', name);
/** A `$ref` to a shared response. */
export const response = (name: string) => ref('responses', name);

/** Query and path parameters shared by several operations. */
export const parameters = {
  f: {
    name: 'f',
    in: 'query',
    required: false,
    description: 'Encoding. Overrides the Accept header; every response is JSON.',
    schema: { type: 'string', enum: ['json', 'geojson'] },
  },
  bbox: {
    name: 'bbox',
    in: 'query',
    required: false,
    description:
      'Only features whose geometry intersects the box minLon,minLat,maxLon,maxLat (CRS84). Six numbers add heights, ' +
      'which are ignored. minLon > maxLon is a box across the antimeridian.',
    style: 'form',
    explode: false,
    schema: { type: 'array', minItems: 4, maxItems: 6, items: { type: 'number' } },
  },
  datetime: {
    name: 'datetime',
    in: 'query',
    required: false,
    description:
      'Only features whose date interval overlaps this RFC 3339 instant or interval: 2021-09-12, ' +
      '2021-09-12T00:00:00Z, 2020-09-27/2020-11-10, ../2020-11-10, 2020-09-27/.. A date covers its whole day (UTC).',
    schema: { type: 'string' },
  },
  limit: {
    name: 'limit',
    in: 'query',
    required: false,
    description: `Page size. Default ${LIMIT_DEFAULT}; values above ${LIMIT_MAX} are capped to ${LIMIT_MAX}, not rejected.`,
    style: 'form',
    explode: false,
    schema: { type: 'integer', minimum: 1, maximum: LIMIT_MAX, default: LIMIT_DEFAULT },
  },
  offset: {
    name: 'offset',
    in: 'query',
    required: false,
    description: 'How many matching features to skip. Prefer following the next/prev links.',
    schema: { type: 'integer', minimum: 0, default: 0 },
  },
  featureId: { name: 'featureId', in: 'path', required: true, description: 'Feature id.', schema: { type: 'string' } },
  layer: { name: 'layer', in: 'path', required: true, description: 'Layer (collection) id.', schema: { type: 'string' } },
  v: {
    name: 'v',
    in: 'query',
    required: false,
    description: 'The data version the caller expects (from /api/health). When it is the current one, the answer is cacheable forever.',
    schema: { type: 'string' },
  },
  sourceId: {
    name: 'sourceId',
    in: 'path',
    required: true,
    description: 'Source id, the corpus file stem.',
    schema: { type: 'string', pattern: SOURCE_ID_PATTERN },
  },
} as const;

const errorContent = { [MEDIA.json]: { schema: schema('Exception') } };

/** Responses every operation can give. */
export const responses = {
  NotModified: { description: 'The representation in If-None-Match is current (no body).' },
  InvalidParameter: { description: 'A query parameter is unknown or its value is invalid.', content: errorContent },
  NotFound: { description: 'No such collection, feature or source.', content: errorContent },
  NotAcceptable: { description: 'None of the media types in Accept can be served.', content: errorContent },
  ServerError: { description: 'Unexpected server error.', content: errorContent },
  DataUnavailable: { description: 'The data on the server failed its checks; nothing can be served until it is fixed.', content: errorContent },
};

const link = {
  type: 'object',
  required: ['href', 'rel'],
  properties: { href: { type: 'string', format: 'uri' }, rel: { type: 'string' }, type: { type: 'string' }, title: { type: 'string' } },
};
const links = { type: 'array', items: schema('Link') };

/** Schemas of the documents. Feature properties are described loosely; see the feature docs. */
export const schemas = {
  Link: link,
  Exception: {
    type: 'object',
    required: ['code', 'description'],
    properties: { code: { type: 'string' }, description: { type: 'string' } },
  },
  LandingPage: {
    type: 'object',
    required: ['links'],
    properties: { title: { type: 'string' }, description: { type: 'string' }, links },
  },
  ConfClasses: {
    type: 'object',
    required: ['conformsTo'],
    properties: { conformsTo: { type: 'array', items: { type: 'string' }, example: [...CONFORMANCE] } },
  },
  Extent: {
    type: 'object',
    properties: {
      spatial: {
        type: 'object',
        properties: {
          bbox: { type: 'array', items: { type: 'array', minItems: 4, maxItems: 6, items: { type: 'number' } } },
          crs: { type: 'string' },
        },
      },
      temporal: {
        type: 'object',
        properties: {
          interval: {
            type: 'array',
            items: { type: 'array', minItems: 2, maxItems: 2, items: { type: 'string', format: 'date-time', nullable: true } },
          },
          trs: { type: 'string' },
        },
      },
    },
  },
  Collection: {
    type: 'object',
    required: ['id', 'links'],
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      description: { type: 'string' },
      extent: schema('Extent'),
      itemType: { type: 'string' },
      crs: { type: 'array', items: { type: 'string' } },
      links,
    },
  },
  Collections: {
    type: 'object',
    required: ['links', 'collections'],
    properties: { links, collections: { type: 'array', items: schema('Collection') } },
  },
  Geometry: {
    type: 'object',
    required: ['type'],
    properties: { type: { type: 'string' }, coordinates: { type: 'array', items: {} } },
  },
  Feature: {
    type: 'object',
    required: ['type', 'id', 'geometry', 'properties'],
    properties: {
      type: { type: 'string', enum: ['Feature'] },
      id: { type: 'string' },
      geometry: { allOf: [schema('Geometry')], nullable: true },
      properties: { type: 'object' },
      links,
    },
  },
  FeatureCollection: {
    type: 'object',
    required: ['type', 'features'],
    properties: {
      type: { type: 'string', enum: ['FeatureCollection'] },
      features: { type: 'array', items: schema('Feature') },
      numberMatched: { type: 'integer', minimum: 0 },
      numberReturned: { type: 'integer', minimum: 0 },
      timeStamp: { type: 'string', format: 'date-time' },
      links,
    },
  },
  Queryables: { type: 'object', required: ['type', 'properties'], properties: { type: { type: 'string' }, properties: { type: 'object' } } },
  Sources: { type: 'object', required: ['sources'], properties: { sources: { type: 'array', items: { type: 'object' } }, links } },
  Source: {
    type: 'object',
    required: ['id', 'title', 'text', 'passages'],
    properties: { id: { type: 'string' }, title: { type: 'string' }, text: { type: 'string' }, passages: { type: 'array', items: { type: 'object' } }, links },
  },
  OpenAPI: { type: 'object', required: ['openapi', 'paths'], properties: { openapi: { type: 'string' }, paths: { type: 'object' } } },
  Health: { type: 'object', required: ['status', 'version'], properties: { status: { type: 'string' }, version: { type: 'string' } } },
  MapForm: {
    type: 'object',
    description: 'A whole layer with only what the map draws and lists (no citations); the page reads this, or the same bytes at /data/{version}/map/{layer}.geojson.',
    required: ['type', 'layer', 'version', 'features'],
    properties: { type: { const: 'FeatureCollection' }, layer: { type: 'string' }, version: { type: 'string' }, features: { type: 'array', items: { type: 'object' } } },
  },
  SearchNames: {
    type: 'object',
    description: 'Every name the search box searches: features (names, other names, actors) and basemap towns.',
    required: ['features', 'places'],
    properties: { features: { type: 'array', items: { type: 'object' } }, places: { type: 'array', items: { type: 'object' } } },
  },
};
