/**
 * The map, created before the page hydrates. A bare MapLibre page creates its map as soon as its
 * script runs; the atlas's map component can only do so once React has hydrated the whole page
 * (the panels, the list, the time control), which put the map's WebGL context, its style and its
 * first tiles several hundred milliseconds behind. So the map's module starts the map here as
 * soon as it is evaluated, in a hidden element laid exactly over the map's place, and the map
 * component adopts it when it mounts (`adoptingMapLib`): the canvas moves into the component's
 * container, and react-map-gl drives it from then on as if it had created it.
 *
 * The early map is made with the same style, settings (`MAP_SETTINGS`) and opening view as the
 * component would make it with. It is not made when the URL names a feature without a view (the
 * component frames that feature once its data is in, so it opens the map itself), before the
 * page's stylesheets are in (the opening frame is measured from the layout), or where the map has
 * no size (another page, a folded layout). Whatever happened before adoption is handed on: the
 * `load` the component waits for, and any error (a basemap that did not load says so on the map).
 */
import type { ErrorEvent, Map as MapLibreMap, MapOptions } from 'maplibre-gl';
import { basemapStyle } from '@/lib/map/basemap-style';
import { loadMapLibre } from '@/lib/map/maplibre';
import { MAP_SETTINGS, REGION_BOUNDS } from '@/lib/map/view';
import { parseView } from '@/lib/url/parse';
import type { MapView } from '@/lib/url/state';
import { MAP_CREATED_MARK } from './marks';
import type { Bbox } from '@/lib/geo/bbox';
import type { Padding } from '@/lib/map/camera';
import { paddingWithin } from './use-camera';

/** The element the map component renders the map into (components/map/AtlasMap.tsx). */
export const MAP_SLOT = '[data-testid="atlas-map"]';


type MapLibre = Awaited<ReturnType<typeof loadMapLibre>>;

interface Early {
  map: MapLibreMap;
  host: HTMLElement;
  loaded: boolean;
  errors: ErrorEvent[];
}

let early: Early | null = null;
/** Once the component has made or adopted its map, no early map is started. */
let claimed = false;

/** Where the map opens: a view, or bounds framed with a padding. */
export type OpeningCamera = { longitude: number; latitude: number; zoom: number } | { bounds: Bbox; fitBoundsOptions: { readonly padding: Padding | number } };

/**
 * The opening camera, for the early map and the map component alike (react-map-gl's
 * `initialViewState` form): the URL's view, else the region framed with `framing`'s padding (the
 * map component's is a getter, measured when MapLibre reads it as it creates the map).
 */
export function openingView(view: MapView | null | undefined, framing: { readonly padding: Padding | number }): OpeningCamera {
  return view ? { longitude: view.lng, latitude: view.lat, zoom: view.zoom } : { bounds: REGION_BOUNDS, fitBoundsOptions: framing };
}

/** The opening camera as MapLibre's own options, the covers of `slot` measured now. */
function openingOptions(slot: HTMLElement, view: MapView | null): Pick<MapOptions, 'center' | 'zoom' | 'bounds' | 'fitBoundsOptions'> {
  const camera = openingView(view, { padding: paddingWithin(slot) });
  return 'longitude' in camera ? { center: [camera.longitude, camera.latitude], zoom: camera.zoom } : camera;
}

function stylesheetsLoaded(): Promise<void> {
  const pending = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter((l) => !l.sheet);
  return Promise.all(
    pending.map(
      (link) =>
        new Promise<void>((done) => {
          link.addEventListener('load', () => done(), { once: true });
          link.addEventListener('error', () => done(), { once: true });
        }),
    ),
  ).then(() => undefined);
}

/** Starts the map now if this page has a place for it (see above); a no-op on the server and on a second call. */
export function startEarlyMap(): void {
  if (typeof window === 'undefined' || early || claimed) return;
  const params = new URLSearchParams(window.location.search);
  const view = parseView(params.get('at'));
  if (!view && params.has('feature')) return;
  void Promise.all([loadMapLibre(), stylesheetsLoaded()]).then(([maplibre]) => {
    if (early || claimed) return;
    const slot = document.querySelector<HTMLElement>(MAP_SLOT);
    const rect = slot?.getBoundingClientRect();
    if (!slot || !rect || rect.width === 0 || rect.height === 0) return;
    create(maplibre, slot, rect, view);
  });
}

function create(maplibre: MapLibre, slot: HTMLElement, rect: DOMRect, view: MapView | null): void {
  // Outside the elements React hydrates (React leaves extra nodes at the end of <body> alone).
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, {
    position: 'fixed',
    left: `${rect.left}px`,
    top: `${rect.top}px`,
    width: `${rect.width}px`,
    height: `${rect.height}px`,
    visibility: 'hidden',
    pointerEvents: 'none',
  });
  document.body.appendChild(host);
  const map = new maplibre.Map({ container: host, style: basemapStyle, ...MAP_SETTINGS, ...openingOptions(slot, view) });
  performance.mark(MAP_CREATED_MARK);
  const state: Early = { map, host, loaded: false, errors: [] };
  map.once('load', () => (state.loaded = true));
  map.on('error', (e) => {
    if (early === state) state.errors.push(e);
  });
  early = state;
}

/** The early map moved into `container`, or null when there is none (the component makes its own). */
export function adoptEarlyMap(container: HTMLElement): MapLibreMap | null {
  claimed = true;
  const taken = early;
  early = null;
  if (!taken) return null;
  const { map, host } = taken;
  const internal = map as unknown as { _container: HTMLElement; _resizeObserver?: ResizeObserver };
  container.classList.add(...host.classList);
  while (host.firstChild) container.appendChild(host.firstChild);
  internal._container = container;
  internal._resizeObserver?.disconnect();
  internal._resizeObserver?.observe(container);
  host.remove();
  map.resize();
  // The component subscribes right after its constructor returns: hand on what it missed then.
  queueMicrotask(() => {
    if (taken.loaded) map.fire('load');
    for (const e of taken.errors) map.fire(e);
  });
  return map;
}

/**
 * MapLibre as react-map-gl's `mapLib`, whose `Map` constructor adopts the early map when there is
 * one and creates a map from the component's options otherwise.
 */
export function adoptingMapLib(maplibre: MapLibre): MapLibre {
  function AdoptingMap(options: MapOptions): MapLibreMap {
    const adopted = adoptEarlyMap(options.container as HTMLElement);
    if (adopted) return adopted;
    const map = new maplibre.Map(options);
    performance.mark(MAP_CREATED_MARK);
    return map;
  }
  return { ...maplibre, Map: AdoptingMap as unknown as MapLibre['Map'] };
}
