/**
 * Performance marks the page sets (User Timing), read by the page benchmark and the browser tests
 * and visible in any browser's performance panel.
 */

/** The atlas's MapLibre map exists (made before hydration, or by the map component). */
export const MAP_CREATED_MARK = 'atlas:map-created';

/** React has hydrated the atlas: its first effect ran. */
export const APP_HYDRATED_MARK = 'atlas:hydrated';

/** The map started before hydration has drawn the opening data (lib/client/early-map.ts). */
export const OPENING_DATA_MARK = 'atlas:opening-data';

/**
 * The map component found a source drawn before hydration drawing other features than the page
 * shows, and sent its data again (the detail names the source). Never set when the early map read
 * the URL as the page does.
 */
export const OPENING_DATA_REDRAWN_MARK = 'atlas:opening-data-redrawn';
