/**
 * The map, created before the page hydrates. A bare MapLibre page creates its map as soon as its
 * script runs; the atlas's map component can only do so once React has hydrated the whole page
 * (the panels, the list, the time control), which put the map's WebGL context, its style and its
 * first tiles several hundred milliseconds behind. So the map's module starts the map here as
 * soon as it is evaluated, in a hidden element laid exactly over the map's place, and the map
 * component adopts it when it mounts (`adoptEarlyMap`): the canvas moves into the component's
 * container, and the component drives it from then on as if it had created it.
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
import { sourcePlan } from '@/lib/map/data-layers';
import { addPlan, drawnKey, markDrawnEarly, planData, styleLoaded } from '@/lib/map/draw-plan';
import { imageResolver } from '@/lib/map/marker-canvas';
import { allianceColors } from '@/lib/map/palette';
import { OPENING_SCRIPT_ID, parseOpening, type Opening } from '@/lib/page/opening';
import { featureIndex, pageStateFromUrl, shownOf } from '@/lib/view';
import { mapLayerFile } from './map-layer-files';
import { loadMapLibre } from '@/lib/map/maplibre';
import { MAP_SETTINGS, REGION_BOUNDS } from '@/lib/map/view';
import { parseView } from '@/lib/url/parse';
import type { MapView } from '@/lib/url/state';
import { MAP_CREATED_MARK, OPENING_DATA_MARK } from './marks';
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

/**
 * The opening camera as MapLibre's options, for the early map and the map component alike: the
 * URL's view, else the region framed inside the covers of `slot` (measured now), or with no
 * padding when `padded` is false (a feature from the URL is framed instead once its data is in).
 */
export function openingOptions(slot: HTMLElement, view: MapView | null | undefined, padded = true): Pick<MapOptions, 'center' | 'zoom' | 'bounds' | 'fitBoundsOptions'> {
  if (view) return { center: [view.lng, view.lat], zoom: view.zoom };
  return { bounds: REGION_BOUNDS, fitBoundsOptions: { padding: padded ? paddingWithin(slot) : 0 } };
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
  map.setMissingStyleImageResolver(imageResolver(map));
  const opening = parseOpening(document.getElementById(OPENING_SCRIPT_ID)?.textContent);
  if (opening) drawOpeningData(state, opening);
}

/**
 * The opening data, drawn as soon as every layer's file and the style are in, exactly as the map
 * component would draw it for the state the URL asked for (the same plan, the same view model):
 * the map's worker tiles the data while the page hydrates, instead of after. Not drawn once the
 * component has taken the map over (it draws the data itself then), nor when a layer failed to
 * load (the component says so, and retries).
 */
function drawOpeningData(state: Early, opening: Opening): void {
  const { map } = state;
  void Promise.all(opening.layers.map((layer) => mapLayerFile(opening.version, layer))).then(
    (collections) => {
      const draw = () => {
        if (early !== state) return;
        const { filters, selected } = pageStateFromUrl(opening.initial);
        const shown = shownOf(featureIndex(collections).all, filters);
        // The catalog's colours: each alliance's by its id (lib/catalog).
        const alliances = collections.find((c) => c.layer === 'alliances')?.features ?? [];
        const colors = allianceColors(alliances.map((f) => f.id));
        for (const plan of sourcePlan()) {
          const data = planData(plan, shown, selected, colors);
          addPlan(map, plan, data);
          markDrawnEarly(map, plan.source, drawnKey(data, selected));
        }
        performance.mark(OPENING_DATA_MARK);
      };
      if (styleLoaded(map)) draw();
      else map.once('style.load', draw);
    },
    () => undefined,
  );
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
  // The component subscribes right after adopting it: hand on what it missed before.
  queueMicrotask(() => {
    if (taken.loaded) map.fire('load');
    for (const e of taken.errors) map.fire(e);
  });
  return map;
}
