import { basemapTileZooms } from './basemap-version';

/** The South Caucasus frame the atlas opens on: [west, south, east, north] in degrees. */
export const REGION_BOUNDS: [number, number, number, number] = [38, 37, 51, 44.5];

/**
 * Zoom limits: world context for far-away alliance partners; the deepest basemap tiles are zoom 9
 * (GSHHG and WDBII hold nothing finer), drawn one level larger at most, so the map never goes blank.
 */
export const MIN_ZOOM = 1.5;
export const MAX_ZOOM = basemapTileZooms.maxzoom + 1;

/** Room kept free for the layers panel (left) and the time control (bottom) when framing the region. */
export const OPENING_PADDING = { top: 16, bottom: 130, right: 16, left: 320 };

/**
 * At this width and below the layout is the phone one (sidebar as a drawer, panel as a bottom
 * sheet). Keep in step with the "mobile" media query in app/globals.css.
 */
export const NARROW_MAX_WIDTH = 640;

/**
 * The opening frame's padding for a screen width: room for the layers panel on a wide screen; on a
 * phone the panel is a drawer, so the region gets the whole width.
 * @example openingPadding(390) // { top: 56, bottom: 150, right: 16, left: 16 } (under the drawer button, above the time control)
 */
export function openingPadding(width: number | undefined): typeof OPENING_PADDING {
  return width !== undefined && width <= NARROW_MAX_WIDTH ? { top: 56, bottom: 150, right: 16, left: 16 } : OPENING_PADDING;
}

/**
 * What MapLibre calls the map's canvas for assistive technology (its default is just "Map"): what
 * it shows and how to use it without a mouse.
 */
export const MAP_LABEL = {
  'Map.Title':
    'Map of the South Caucasus. Arrow keys pan, plus and minus zoom. The List tab lists the features in view.',
};
