import { basemapTileZooms } from './basemap-version';

/**
 * The South Caucasus frame the atlas opens on: [west, south, east, north] in degrees. Georgia,
 * Armenia and Azerbaijan with a margin; the opening camera fits it into the part of the map the
 * sidebar, the legend and the time control leave free.
 */
export const REGION_BOUNDS: [number, number, number, number] = [39.8, 38.2, 50.9, 43.7];

/**
 * Zoom limits: world context for far-away alliance partners; the deepest basemap tiles are zoom 9
 * (GSHHG and WDBII hold nothing finer), drawn one level larger at most, so the map never goes blank.
 */
export const MIN_ZOOM = 1.5;
export const MAX_ZOOM = basemapTileZooms.maxzoom + 1;

/**
 * What MapLibre calls the map's canvas for assistive technology (its default is just "Map"): what
 * it shows and how to use it without a mouse.
 */
export const MAP_LABEL = {
  'Map.Title':
    'Map of the South Caucasus. Arrow keys pan, plus and minus zoom. The List tab lists the features in view.',
};

/**
 * The map's settings, the same whether the map is created before the page hydrates
 * (lib/client/early-map.ts) or by the map component: MapLibre's option names.
 */
export const MAP_SETTINGS = {
  locale: MAP_LABEL,
  minZoom: MIN_ZOOM,
  maxZoom: MAX_ZOOM,
  dragRotate: false,
  touchPitch: false,
  attributionControl: false,
  keyboard: true,
} as const;
