/** The South Caucasus frame the atlas opens on: [west, south, east, north] in degrees. */
export const REGION_BOUNDS: [number, number, number, number] = [38, 37, 51, 44.5];

/** Zoom limits: world context for far-away alliance partners, street level for corridors. */
export const MIN_ZOOM = 1.5;
export const MAX_ZOOM = 13;

/** Room kept free for the layers panel on the left when framing the region. */
export const OPENING_PADDING = { top: 16, bottom: 16, right: 16, left: 300 };
