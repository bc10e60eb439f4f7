/**
 * Performance marks the page sets (User Timing), read by the page benchmark and the browser tests
 * and visible in any browser's performance panel.
 */

/** The atlas's MapLibre map exists (made before hydration, or by the map component). */
export const MAP_CREATED_MARK = 'atlas:map-created';

/** React has hydrated the atlas: its first effect ran. */
export const APP_HYDRATED_MARK = 'atlas:hydrated';
