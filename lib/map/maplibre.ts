/**
 * Loads maplibre-gl on the client and points it at its worker, which `scripts/copy-maplibre-worker.mjs`
 * copies into public/maplibre/<version>/ (Next's bundler does not emit it). Must run before the
 * first map is created, so the map component passes this promise as react-map-gl's `mapLib`.
 *
 * Loaded once, and started as early as the page can: the map's module calls it when it is
 * evaluated, before the page hydrates, and the worker pool is warmed at once, so the library,
 * the worker and its first fetches are under way while the panels hydrate, as on a bare page.
 */
let loading: Promise<typeof import('maplibre-gl')> | null = null;

export function loadMapLibre() {
  loading ??= import('maplibre-gl').then((maplibre) => {
    maplibre.setWorkerUrl(`/maplibre/${maplibre.getVersion()}/maplibre-gl-worker.mjs`);
    // Workers exist only in the browser (the server renders the map component too).
    if (typeof window !== 'undefined') maplibre.prewarm();
    return maplibre;
  });
  return loading;
}
