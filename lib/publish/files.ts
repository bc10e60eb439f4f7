/**
 * What the build publishes as static files beside the API: every layer in map form and the search
 * names, under a folder named by the data version (`public/data/<version>/`). They are the bytes
 * `/api/map/{layer}` and `/api/search` answer, so the page can fetch them from the static stage
 * (precompressed, immutable) or from any file server or CDN, without Node.
 */
import type { Atlas } from '@/lib/data/types';
import type { Place } from '@/lib/data/places';
import { nameAt } from '@/lib/geo/nearest';
import { searchCorpus } from '@/lib/search/corpus';
import { staticMapPath, staticSearchPath } from '@/lib/url/links';
import { mapFormOf } from '@/lib/view/map-form';

export interface PublishedFile {
  /** Path under `public/`, without the leading slash. */
  path: string;
  json: string;
}

/** The map form as `/api/map/{layer}` serves it (symbolic placements named within 3 km of a capital). */
export function mapFormBody(atlas: Atlas, layer: Atlas['layerIds'][number], places: readonly Place[]) {
  return mapFormOf(atlas.layers[layer], atlas.version, nameAt(places, 3));
}

export function publishedFiles(atlas: Atlas, places: readonly Place[]): PublishedFile[] {
  return [
    ...atlas.layerIds.map((layer) => ({ path: staticMapPath(atlas.version, layer).slice(1), json: JSON.stringify(mapFormBody(atlas, layer, places)) })),
    { path: staticSearchPath(atlas.version).slice(1), json: JSON.stringify(searchCorpus(atlas, places)) },
  ];
}
