import type { Catalog } from '@/lib/catalog';
import type { UrlContext } from './state';

/** What the URL is read against, from the page's catalog (the same on the server and the client). */
export function urlContext(catalog: Catalog): UrlContext {
  return {
    layers: catalog.layers.map((l) => l.id),
    alliances: catalog.alliances.map((a) => a.id),
    features: new Set(catalog.features.map((f) => f.id)),
    extent: catalog.timeExtent,
  };
}
