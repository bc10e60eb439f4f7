/**
 * OGC API – Features (Part 1 Core, GeoJSON, OpenAPI 3.0; Part 3 queryables) as pure functions:
 * parse a request's parameters, select features, build documents. Routes in app/api call these.
 */
export { API_DESCRIPTION, API_TITLE, CONFORMANCE, CRS84, LIMIT_DEFAULT, LIMIT_MAX, MEDIA } from './constants';
export { apiUrl, jsonLink, originOf } from './links';
export type { Link } from './links';
export { readRequest } from './request';
export type { ApiRequest, Endpoint } from './request';
export { parseBbox } from './bbox';
export { parseDatetime, queryInterval } from './datetime';
export type { DatetimeQuery } from './datetime';
export { FILTER_PARAMS, matchesFilters, parseFilters } from './filters';
export type { Filters } from './filters';
export { pageLinks, parseLimit, parseOffset } from './paging';
export { ITEMS_PARAMS, itemsDocument, parseItemsQuery, selectFeatures } from './items';
export type { ItemsQuery } from './items';
export { servedSince } from './clock';
export { collectionDocument, collectionsDocument } from './collections';
export { queryableProperties, queryablesDocument } from './queryables';
export { conformanceDocument, landingDocument } from './landing';
export { citationDocument, readerHref } from './citations';
export { featureDocument } from './feature';
export { citedPassages, sourceDocument, sourcesDocument } from './sources';
export type { CitedPassage, CitingFeature } from './sources';
export { openapiDocument } from './openapi';
export { allianceIds, findLayer, findLayerFeature, findSource, layersOf } from './lookup';
