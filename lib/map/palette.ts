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

/**
 * The point colours come from the Okabe–Ito palette, designed to stay apart for readers with
 * protanopia, deuteranopia and tritanopia (tests/map/palette.test.ts checks every pair under a
 * simulation of each). Exercises also differ by shape (a diamond), events by kind family.
 */
const OKABE_ITO = {
  vermillion: '#D55E00',
  blue: '#0072B2',
  bluishGreen: '#009E73',
  reddishPurple: '#CC79A7',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  black: '#000000',
} as const;

/** One colour per layer, for its symbols and its toggle. */
export const LAYER_COLORS = {
  exercises: OKABE_ITO.vermillion,
  corridors: '#7b3294',
  borders: '#34495e',
  alliances: '#1b9e77',
  events: OKABE_ITO.blue,
} as const;

/** Labels of exercise sites: a darker shade of the exercise colour, readable on the basemap. */
export const EXERCISE_LABEL = '#8a3c00';

/**
 * Event symbols by kind. Kinds of one family share a colour (the legend names them together; the
 * panel and the list name the kind): six families a reader can tell apart, rather than ten hues
 * that blur into each other and into the exercises.
 */
export const EVENT_FAMILIES = [
  { label: 'Meeting or visit', kinds: ['meeting', 'visit'], color: OKABE_ITO.blue },
  { label: 'Agreement', kinds: ['agreement'], color: OKABE_ITO.bluishGreen },
  { label: 'Statement or policy', kinds: ['statement', 'policy'], color: OKABE_ITO.reddishPurple },
  { label: 'Deployment or checkpoint', kinds: ['deployment', 'checkpoint'], color: OKABE_ITO.orange },
  { label: 'Arms transfer', kinds: ['arms-transfer'], color: OKABE_ITO.skyBlue },
  { label: 'Incident or conflict', kinds: ['incident', 'conflict'], color: OKABE_ITO.black },
] as const;

export const EVENT_KIND_COLORS: Record<string, string> = Object.fromEntries(
  EVENT_FAMILIES.flatMap((f) => f.kinds.map((k) => [k, f.color])),
);

/** Groups of features on the map (a count of several features close together). */
export const GROUP_COLOR = '#3d4a55';

/** Ring of a group with members that are only planned, proposed or claimed. */
export const UNCERTAIN_RING = '#f0b429';

/** The selected feature's ring and its label. */
export const SELECTION_COLOR = '#111111';

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
