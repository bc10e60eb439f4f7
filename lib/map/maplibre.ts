/**
 * Loads maplibre-gl on the client and points it at its worker, which `scripts/copy-maplibre-worker.mjs`
 * copies into public/maplibre/<version>/ (Next's bundler does not emit it). Must run before the
 * first map is created, so the map component passes this promise as react-map-gl's `mapLib`.
 */
export function loadMapLibre() {
  return import('maplibre-gl').then((maplibre) => {
    maplibre.setWorkerUrl(`/maplibre/${maplibre.getVersion()}/maplibre-gl-worker.mjs`);
    return maplibre;
  });
}
