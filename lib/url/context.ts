import type { Catalog } from '@/lib/catalog';
import type { UrlContext } from './state';

/**
 * What the URL is read against, from the page's catalog and the ids of the features that exist
 * (on the server, the atlas's; in the browser, the loaded features').
 */
export function urlContext(catalog: Catalog, features: UrlContext['features']): UrlContext {
  return {
    layers: catalog.layers.map((l) => l.id),
    alliances: catalog.alliances.map((a) => a.id),
    features,
    extent: catalog.timeExtent,
  };
}

