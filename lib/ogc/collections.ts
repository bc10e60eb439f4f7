import type { Layer } from '@/lib/data/types';
import { CRS84, GREGORIAN_TRS, MEDIA } from './constants';
import { apiUrl, jsonLink } from './links';

/**
 * One collection's metadata: extent (CRS84 bbox, temporal interval with an open end as `null`),
 * CRS and links to its items and queryables. GDAL follows the `items` link only when its type is
 * exactly `application/geo+json`.
 */
export function collectionDocument(layer: Layer, origin: string) {
  const path = `/collections/${layer.id}`;
  const [start, end] = layer.temporal;
  return {
    id: layer.id,
    title: layer.title,
    description: layer.description,
    extent: {
      spatial: { bbox: [layer.bbox], crs: CRS84 },
      temporal: {
        // Stored intervals are RFC 3339 instants already. An empty layer has no start; an open end
        // (a feature still ongoing) is null.
        interval: [[start || null, end ?? null]],
        trs: GREGORIAN_TRS,
      },
    },
    itemType: 'feature' as const,
    crs: [CRS84],
    links: [
      jsonLink(apiUrl(origin, path), 'self', layer.title),
      { href: apiUrl(origin, `${path}/items`), rel: 'items', type: MEDIA.geojson, title: `${layer.title} (GeoJSON)` },
      { href: apiUrl(origin, `${path}/queryables`), rel: 'queryables', type: MEDIA.schema, title: 'Filterable properties' },
    ],
  };
}

/** The `/collections` document listing every layer. */
export function collectionsDocument(layers: readonly Layer[], origin: string) {
  return {
    links: [jsonLink(apiUrl(origin, '/collections'), 'self', 'Layers')],
    collections: layers.map((layer) => collectionDocument(layer, origin)),
  };
}
