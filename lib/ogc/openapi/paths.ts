import type { Layer } from '@/lib/data/types';
import { MEDIA } from '../constants';
import { queryableProperties } from '../queryables';
import { param, response, schema } from './components';

interface Operation {
  id: string;
  summary: string;
  parameters?: object[];
  /** Media types of the 200 response and the schema they share. */
  media: readonly string[];
  schemaName: string;
  /** Whether the path names something that may not exist. */
  notFound?: boolean;
}

/** A GET operation with the responses every route can give (200, 304, 400, 404, 406, 500, 503). */
function get(op: Operation) {
  const content = Object.fromEntries(op.media.map((m) => [m, { schema: schema(op.schemaName) }]));
  return {
    get: {
      operationId: op.id,
      summary: op.summary,
      parameters: [...(op.parameters ?? []), param('f')],
      responses: {
        '200': { description: op.summary, headers: { ETag: { schema: { type: 'string' } } }, content },
        '304': response('NotModified'),
        '400': response('InvalidParameter'),
        ...(op.notFound ? { '404': response('NotFound') } : {}),
        '406': response('NotAcceptable'),
        '500': response('ServerError'),
        '503': response('DataUnavailable'),
      },
    },
  };
}

/**
 * Queryables as query parameters (Part 3): comma-separated lists, each value as the queryable's
 * schema says.
 */
function queryableParameters(layer: Pick<Layer, 'id' | 'kinds'>, allianceIds: readonly string[]) {
  return Object.entries(queryableProperties(layer, allianceIds)).map(([name, s]) => ({
    name,
    in: 'query',
    required: false,
    description: s.description,
    ...(name === 'name' ? { schema: { type: 'string' } } : { style: 'form', explode: false, schema: { type: 'array', items: s } }),
  }));
}

/** Paths of one collection; spelled out per layer so each lists its own kinds (GDAL looks paths up literally). */
export function collectionPaths(layer: Pick<Layer, 'id' | 'title' | 'kinds'>, allianceIds: readonly string[]) {
  const base = `/collections/${layer.id}`;
  const features = [MEDIA.geojson, MEDIA.json];
  return {
    [base]: get({ id: `describe_${layer.id}`, summary: `${layer.title}: metadata`, media: [MEDIA.json], schemaName: 'Collection' }),
    [`${base}/queryables`]: get({
      id: `queryables_${layer.id}`,
      summary: `${layer.title}: filterable properties`,
      media: [MEDIA.schema, MEDIA.json],
      schemaName: 'Queryables',
    }),
    [`${base}/items`]: get({
      id: `items_${layer.id}`,
      summary: `${layer.title}: features`,
      media: features,
      schemaName: 'FeatureCollection',
      parameters: [param('bbox'), param('datetime'), param('limit'), param('offset'), ...queryableParameters(layer, allianceIds)],
    }),
    [`${base}/items/{featureId}`]: get({
      id: `item_${layer.id}`,
      summary: `${layer.title}: one feature with its citations`,
      media: features,
      schemaName: 'Feature',
      parameters: [param('featureId')],
      notFound: true,
    }),
  };
}

/** Paths that do not depend on the layers. */
export function servicePaths() {
  const json = [MEDIA.json];
  return {
    '/': get({ id: 'landing', summary: 'Landing page', media: json, schemaName: 'LandingPage' }),
    '/openapi': get({ id: 'openapi', summary: 'This API definition', media: [MEDIA.openapi, MEDIA.json], schemaName: 'OpenAPI' }),
    '/conformance': get({ id: 'conformance', summary: 'Conformance classes', media: json, schemaName: 'ConfClasses' }),
    '/collections': get({ id: 'collections', summary: 'The layers', media: json, schemaName: 'Collections' }),
    '/sources': get({ id: 'sources', summary: 'The source articles', media: json, schemaName: 'Sources' }),
    '/sources/{sourceId}': get({
      id: 'source',
      summary: 'One source article: metadata, full text and cited passages',
      media: json,
      schemaName: 'Source',
      parameters: [param('sourceId')],
      notFound: true,
    }),
    '/health': get({ id: 'health', summary: 'Readiness and data version', media: json, schemaName: 'Health' }),
    '/map/{layer}': get({
      id: 'mapForm',
      summary: 'A whole layer in map form: what the map draws and lists, without citations',
      media: [MEDIA.geojson, MEDIA.json],
      schemaName: 'MapForm',
      parameters: [param('layer'), param('v')],
      notFound: true,
    }),
    '/search': get({ id: 'searchNames', summary: 'The names the search box searches', media: json, schemaName: 'SearchNames', parameters: [param('v')] }),
  };
}
