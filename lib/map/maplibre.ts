/**
 * MapLibre on the client, pointed at its worker, which `scripts/copy-maplibre.mjs` copies
 * into public/maplibre/<version>/ (Next's bundler does not emit it). Must run before the first map
 * is created: the early map and the map component both wait on it.
 *
 * Imported statically, so the library is one of the page's first scripts, fetched in parallel
 * with the framework rather than after it (as on a bare page); the map's module calls this when
 * it is evaluated, before the page hydrates, and the worker pool is warmed at once, so the worker
 * and its first fetches are under way while the panels hydrate.
 */
import * as maplibre from 'maplibre-gl';

let loading: Promise<typeof maplibre> | null = null;

export function loadMapLibre(): Promise<typeof maplibre> {
  if (!loading) {
    maplibre.setWorkerUrl(`/maplibre/${maplibre.getVersion()}/maplibre-gl-worker.mjs`);
    // Workers exist only in the browser (the server renders the map component too).
    if (typeof window !== 'undefined') maplibre.prewarm();
    loading = Promise.resolve(maplibre);
  }
  return loading;
}
