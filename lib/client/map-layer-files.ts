/**
 * The map form of each layer, fetched once per page. The map started before hydration
 * (early-map.ts) and the page's data hook (use-atlas-data.ts) ask for the same files, and both
 * get the same request and the same parsed collection: the bytes are fetched and parsed once,
 * however many parts of the page want them. A failed load is forgotten, so a retry fetches again.
 */
import type { LayerId } from '@/lib/data/types';
import { mapApiPath, staticMapPath } from '@/lib/url/links';
import type { MapFormCollection } from '@/lib/view/map-form';
import { ApiRequestError, fetcher } from './fetcher';

/**
 * The file the build published for this data version (static, immutable), or, when it is not
 * there (the data changed since the build), the same bytes from the API.
 */
export async function publishedOrApi<T>(published: string, api: string): Promise<T> {
  try {
    return await fetcher<T>(published);
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 404) return fetcher<T>(api);
    throw error;
  }
}

const requests = new Map<string, Promise<MapFormCollection>>();

/** A layer's map form for a data version: the request already made for it, else a new one. */
export function mapLayerFile(version: string, layer: LayerId): Promise<MapFormCollection> {
  const key = `${version}/${layer}`;
  let request = requests.get(key);
  if (!request) {
    request = publishedOrApi<MapFormCollection>(staticMapPath(version, layer), mapApiPath(version, layer));
    requests.set(key, request);
    request.catch(() => {
      if (requests.get(key) === request) requests.delete(key);
    });
  }
  return request;
}
