/** One visual language for the data layers; the basemap stays neutral beneath it. */
export const LAYER_COLORS = {
  exercises: '#c0392b',
  corridors: '#8e44ad',
  borders: '#34495e',
  events: '#2c7a7b',
} as const;

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

/** Colour of each alliance id, assigned in sorted order so it never depends on load order. */
export function allianceColors(ids: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    [...ids].sort().map((id, i) => [id, ALLIANCE_PALETTE[i % ALLIANCE_PALETTE.length]!]),
  );
}
