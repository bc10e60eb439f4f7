/**
 * Moving the map to something the reader chose (a search result, a list item, a link) and lighting
 * it up. The camera rules are pure (`focusMaxZoom`, `clampView`, and the padding in camera.ts); the
 * few calls into MapLibre sit in thin functions below them so components never touch the map's API.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerId } from '@/lib/data/types';
import type { Bbox } from '@/lib/geo/bbox';
import { inFreeArea, type Padding } from './camera';
import { sourceOf } from './data-layers';

/** Zoom a search result is brought to at least: a town and its surroundings. */
export const REVEAL_ZOOM = 9;

/** How to bring a target into view. */
export type FocusMode =
  /** From search: zoom in to it (to REVEAL_ZOOM for a point), or out if it does not fit. */
  | 'reveal'
  /** From the list or a link: centre it in the free area, zooming out only if it does not fit. */
  | 'pan'
  /** From a click, where it is already on screen: move only if it ended up under a panel. */
  | 'ensure';

/** The highest zoom a focus move may reach: reveal zooms in, pan never does. */
export function focusMaxZoom(mode: Exclude<FocusMode, 'ensure'>, currentZoom: number): number {
  return mode === 'reveal' ? Math.max(currentZoom, REVEAL_ZOOM) : currentZoom;
}

/**
 * The visible area as a bbox inside the world's bounds (at low zoom MapLibre reports longitudes
 * beyond ±180 for the repeated worlds; then the whole width of the world is in view).
 */
export function clampView([w, s, e, n]: Bbox): Bbox {
  if (e - w >= 360) return [-180, Math.max(s, -90), 180, Math.min(n, 90)];
  return [Math.max(w, -180), Math.max(s, -90), Math.min(e, 180), Math.min(n, 90)];
}

/** The map's visible area now. */
export function viewBbox(map: MapLibreMap): Bbox {
  const b = map.getBounds();
  return clampView([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
}

/**
 * Brings a bbox (a point is a bbox of no size) into the free area the padding leaves, by the rules
 * above. `ensure` moves only when the target's centre is outside the free area or it does not fit.
 */
export function focusOn(map: MapLibreMap, bbox: Bbox, mode: FocusMode, padding: Padding): void {
  const canvas = map.getCanvas();
  const [w, h] = [canvas.clientWidth, canvas.clientHeight];
  if (mode === 'ensure') {
    const sw = map.project([bbox[0], bbox[1]]);
    const ne = map.project([bbox[2], bbox[3]]);
    const fits = Math.abs(ne.x - sw.x) <= w - padding.left - padding.right && Math.abs(sw.y - ne.y) <= h - padding.top - padding.bottom;
    const centre = { x: (sw.x + ne.x) / 2, y: (sw.y + ne.y) / 2 };
    if (fits && inFreeArea(centre, w, h, padding)) return;
  }
  map.fitBounds(
    [
      [bbox[0], bbox[1]],
      [bbox[2], bbox[3]],
    ],
    { padding, maxZoom: focusMaxZoom(mode === 'reveal' ? 'reveal' : 'pan', map.getZoom()), duration: 800 },
  );
}

/** A feature on the map, as its layer's source knows it. */
export interface MapTarget {
  layer: LayerId;
  id: string;
}

/** Lights a feature up as if the pointer were over it (the styles' `hover` feature-state). */
export function setHighlight(map: MapLibreMap, target: MapTarget | null, on: boolean): void {
  setFeatureFlag(map, target, 'hover', on);
}

/** Sets a feature-state flag the styles read (`hover`, `selected`); a no-op before its source exists. */
export function setFeatureFlag(map: MapLibreMap, target: MapTarget | null, flag: 'hover' | 'selected', on: boolean): void {
  if (!target) return;
  const source = sourceOf(target.layer);
  if (!map.getSource(source)) return;
  map.setFeatureState({ source, id: target.id }, { [flag]: on });
}
