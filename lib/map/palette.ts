/**
 * Every colour the data layers use, named once. The map styles, the legend and the layer toggles are
 * built from these names, so a legend can never drift from the map. The basemap's own, muted palette
 * is `BASEMAP_COLORS` in basemap-style.ts.
 */

/** Neutral tones shared by several layers. */
export const NEUTRAL = {
  /** Casing, halos and the fill of open (approximately placed) symbols. */
  paper: '#ffffff',
  /** A line or area without a colour of its own. */
  slate: '#718096',
  ink: '#555555',
} as const;

/** One colour per layer, for its symbols and its toggle. */
export const LAYER_COLORS = {
  exercises: '#c0392b',
  corridors: '#8e44ad',
  borders: '#34495e',
  alliances: '#1b9e77',
  events: '#2c7a7b',
} as const;

/** Labels of exercise sites: a darker shade of the exercise red, readable on the basemap. */
export const EXERCISE_LABEL = '#7b241c';

/** Event symbols by kind: related kinds share a hue family. */
export const EVENT_KIND_COLORS: Record<string, string> = {
  meeting: '#2c7a7b',
  visit: '#319795',
  agreement: '#2b6cb0',
  statement: '#5a67d8',
  policy: '#805ad5',
  deployment: '#c05621',
  checkpoint: '#b7791f',
  'arms-transfer': '#9c4221',
  incident: '#c53030',
  conflict: '#742a2a',
};

/** Border-layer lines and areas by kind. */
export const BORDER_KIND_COLORS: Record<string, string> = {
  'international-border': LAYER_COLORS.borders,
  'line-of-contact': '#9b2c2c',
  'peacekeeping-area': '#b7791f',
  'former-autonomous-oblast': NEUTRAL.slate,
};

/** Fills of border-layer areas by kind (lighter than their outlines). */
export const BORDER_AREA_COLORS: Record<string, string> = {
  'peacekeeping-area': '#d69e2e',
  'former-autonomous-oblast': NEUTRAL.slate,
};

/**
 * Distinct colours for alliances (ColorBrewer "Dark2"/"Set1"-like, readable on a light basemap).
 * Each alliance keeps its colour by its position in the sorted id list, so colours are stable.
 */
const ALLIANCE_PALETTE = [
  '#1b9e77',
  '#d95f02',
  '#7570b3',
  '#e7298a',
  '#66a61e',
  '#a6761d',
  '#1f78b4',
  '#b15928',
  '#6a3d9a',
  '#e31a1c',
  '#33a02c',
  '#ff7f00',
  '#666666',
  '#0f766e',
];

/** An alliance link drawn before its colour is known. */
export const ALLIANCE_FALLBACK = '#4a5568';

/** Colour of each alliance id, assigned in sorted order so it never depends on load order. */
export function allianceColors(ids: readonly string[]): Record<string, string> {
  return Object.fromEntries([...ids].sort().map((id, i) => [id, ALLIANCE_PALETTE[i % ALLIANCE_PALETTE.length]!]));
}
