import type { AtlasFeature, SourceMeta } from '@/lib/data/types';
import { citationDocument } from './citations';
import { MEDIA } from './constants';
import { apiUrl, jsonLink } from './links';

/** A cited source's metadata. The loader refuses citations of unknown sources, so a miss is a bug. */
function sourceOf(sources: ReadonlyMap<string, SourceMeta>, id: string): SourceMeta {
  const meta = sources.get(id);
  if (!meta) throw new Error(`citation of source ${id}, which the atlas does not hold`);
  return meta;
}

/**
 * One feature as GeoJSON, its citations resolved (quote, offsets, source facts, reader link) so a
 * client can show provenance without a second request.
 */
export function featureDocument(
  feature: AtlasFeature,
  origin: string,
  sources: ReadonlyMap<string, SourceMeta>,
) {
  const layer = feature.properties.layer;
  const path = `/collections/${layer}/items/${encodeURIComponent(feature.id)}`;
  return {
    type: 'Feature' as const,
    id: feature.id,
    geometry: feature.geometry,
    properties: {
      ...feature.properties,
      citations: feature.properties.citations.map((c) => citationDocument(c, feature.id, sourceOf(sources, c.source), origin)),
    },
    links: [
      { href: apiUrl(origin, path), rel: 'self', type: MEDIA.geojson, title: feature.properties.name },
      jsonLink(apiUrl(origin, `/collections/${layer}`), 'collection'),
    ],
  };
}

/** One feature as the item endpoint serves it (what the side panel reads). */
export type ItemFeature = ReturnType<typeof featureDocument>;
