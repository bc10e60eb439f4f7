/**
 * Moving the map to something the reader chose (a search result, a list item) and lighting it up.
 * The camera rules are pure (`focusPadding`, `focusMaxZoom`, `clampView`); the few calls into
 * MapLibre sit in thin functions below them so components never touch the map's API directly.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerId } from '@/lib/data/types';
import type { Bbox } from '@/lib/geo/bbox';
import { NARROW_MAX_WIDTH } from './view';

/** Zoom a search result is brought to at least: a town and its surroundings. */
export const REVEAL_ZOOM = 9;

/** How to bring a target into view. */
export type FocusMode =
  /** From search: zoom in to it (to REVEAL_ZOOM for a point), or out if it does not fit. */
  | 'reveal'
  /** From the list, where it is already in view: centre it, zooming out only if it does not fit. */
  | 'pan';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Room the map keeps between a target and the map's edge. */
const EDGE = 32;

/** Height of the time control along the bottom of the map (wide screens and phones). */
const TIME_CONTROL = 130;

/**
 * Padding that keeps a target clear of what covers the map: on a wide screen the sidebar on the
 * left (≈300 px), the feature panel on the right (≈420 px) and the time control at the bottom; on a
 * phone the drawer buttons at the top and the bottom sheet (≤60% of the height) or, while the sheet
 * is closed, the time control. Scaled down when the map is too small to
 * leave the target any room, because MapLibre refuses to fit into a negative box.
 * @example focusPadding(1280, 752, true) // { top: 32, right: 452, bottom: 162, left: 320 }
 */
export function focusPadding(width: number, height: number, panelOpen: boolean): Padding {
  const narrow = width <= NARROW_MAX_WIDTH;
  const p: Padding = narrow
    ? { top: 64, right: EDGE / 2, bottom: (panelOpen ? Math.round(height * 0.6) : TIME_CONTROL) + EDGE / 2, left: EDGE / 2 }
    : { top: EDGE, right: panelOpen ? 420 + EDGE : EDGE, bottom: TIME_CONTROL + EDGE, left: 320 };
  const fit = (a: number, b: number, room: number) => {
    const spare = room - 80;
    return a + b <= spare ? [a, b] : [Math.max(0, (a * spare) / (a + b)), Math.max(0, (b * spare) / (a + b))];
  };
  const [left, right] = fit(p.left, p.right, width);
  const [top, bottom] = fit(p.top, p.bottom, height);
  return { top: Math.floor(top!), right: Math.floor(right!), bottom: Math.floor(bottom!), left: Math.floor(left!) };
}

/** The highest zoom a focus move may reach: reveal zooms in, pan never does. */
export function focusMaxZoom(mode: FocusMode, currentZoom: number): number {
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

/** Flies to a bbox (a point is a bbox of no size) by the rules above. */
export function focusOn(map: MapLibreMap, bbox: Bbox, mode: FocusMode, panelOpen: boolean): void {
  const canvas = map.getCanvas();
  const padding = focusPadding(canvas.clientWidth, canvas.clientHeight, panelOpen);
  map.fitBounds(
    [
      [bbox[0], bbox[1]],
      [bbox[2], bbox[3]],
    ],
    { padding, maxZoom: focusMaxZoom(mode, map.getZoom()), duration: 800 },
  );
}

/** A feature on the map, as its layer's source knows it. */
export interface MapTarget {
  layer: LayerId;
  id: string;
}

/** Lights a feature up as if the pointer were over it (the styles' `hover` feature-state). */
export function setHighlight(map: MapLibreMap, target: MapTarget | null, on: boolean): void {
  if (!target || !map.getSource(target.layer)) return;
  map.setFeatureState({ source: target.layer, id: target.id }, { hover: on });
}
