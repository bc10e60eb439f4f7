import type { AtlasFeature, Layer } from '@/lib/data/types';
import type { Bbox } from '@/lib/geo/bbox';
import { featuresInBbox } from '@/lib/geo/spatial-index';
import { intervalOf, overlaps } from '@/lib/time';
import { parseBbox } from './bbox';
import { MEDIA } from './constants';
import { parseDatetime, queryInterval, type DatetimeQuery } from './datetime';
import { FILTER_PARAMS, matchesFilters, parseFilters, type Filters } from './filters';
import { apiUrl, jsonLink, type Link } from './links';
import { pageLinks, parseLimit, parseOffset } from './paging';

/** Query parameters of `/collections/{layer}/items`, besides `f`. */
export const ITEMS_PARAMS = ['bbox', 'datetime', 'limit', 'offset', ...FILTER_PARAMS] as const;

export interface ItemsQuery {
  bbox?: Bbox;
  datetime?: DatetimeQuery;
  limit: number;
  offset: number;
  filters: Filters;
}

/** Parses and validates the items query for a layer; throws 400 `ApiError`s. */
export function parseItemsQuery(query: URLSearchParams, layer: Layer, allianceIds: readonly string[]): ItemsQuery {
  const bbox = query.get('bbox');
  const datetime = query.get('datetime');
  return {
    ...(bbox !== null ? { bbox: parseBbox(bbox) } : {}),
    ...(datetime !== null ? { datetime: parseDatetime(datetime) } : {}),
    limit: parseLimit(query.get('limit')),
    offset: parseOffset(query.get('offset')),
    filters: parseFilters(query, layer, allianceIds),
  };
}

/** Every feature of the list that passes the spatial, temporal and attribute filters, in order. */
export function selectFeatures(features: readonly AtlasFeature[], q: Omit<ItemsQuery, 'limit' | 'offset'>): AtlasFeature[] {
  const when = q.datetime === undefined ? undefined : queryInterval(q.datetime);
  // A box is answered from the layer's spatial index (only features near it are visited).
  const near = q.bbox === undefined ? features : featuresInBbox(features, q.bbox);
  return near.filter(
    (f) =>
      (when === undefined || overlaps(intervalOf(f.properties.date.interval), when)) &&
      matchesFilters(f, q.filters),
  );
}

export interface ItemsContext {
  origin: string;
  /** The URL as requested (path and query are kept for self/next/prev links). */
  url: URL;
  /** RFC 3339 time the data was served from (see `servedSince`). */
  timeStamp: string;
}

/**
 * The GeoJSON FeatureCollection of one page of a layer's items, with `numberMatched`,
 * `numberReturned` and self/collection/next/prev links.
 */
export function itemsDocument(layer: Layer, q: ItemsQuery, ctx: ItemsContext) {
  const matched = selectFeatures(layer.collection.features, q);
  const page = matched.slice(q.offset, q.offset + q.limit);
  const self = new URL(ctx.url.pathname + ctx.url.search, ctx.origin);
  const links: Link[] = [
    { href: self.href, rel: 'self', type: MEDIA.geojson, title: 'This page' },
    jsonLink(apiUrl(ctx.origin, `/collections/${layer.id}`), 'collection', layer.title),
    ...pageLinks(self, { offset: q.offset, limit: q.limit, matched: matched.length }),
  ];
  return {
    type: 'FeatureCollection' as const,
    features: page,
    numberMatched: matched.length,
    numberReturned: page.length,
    timeStamp: ctx.timeStamp,
    links,
  };
}
