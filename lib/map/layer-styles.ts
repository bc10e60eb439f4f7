/**
 * Data-layer styles as typed data: components spread them into <Layer {...style} />.
 * Conventions: approximate places are open symbols with a soft halo; exact places are solid.
 * Hover is a feature-state (`hover`) so it needs no re-render.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { BASEMAP_FONTS, BASEMAP_SOURCE_LAYERS } from './basemap-style';
import { EVENT_KIND_COLORS, LAYER_COLORS } from './palette';

/** A style layer without its source: the component that owns the source adds it. */
export type DataLayerStyle = LayerSpecification extends infer T ? (T extends { source: string } ? Omit<T, 'source'> : never) : never;

const hovered: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'hover'], false],
  ['boolean', ['feature-state', 'selected'], false],
];
const approximate: ExpressionSpecification = ['==', ['get', 'approximate'], 1];
const labelFont = BASEMAP_FONTS.regular;

const eventColor = [
  'match',
  ['get', 'kind'],
  ...Object.entries(EVENT_KIND_COLORS).flat(),
  LAYER_COLORS.events,
] as unknown as ExpressionSpecification;

export const exerciseStyles: DataLayerStyle[] = [
  {
    id: 'exercises-halo',
    type: 'circle',
    filter: approximate,
    paint: { 'circle-radius': 18, 'circle-color': LAYER_COLORS.exercises, 'circle-opacity': 0.14, 'circle-blur': 0.4 },
  },
  {
    id: 'exercises-symbol',
    type: 'circle',
    paint: {
      'circle-radius': ['case', hovered, 10, 7.5],
      'circle-color': ['case', approximate, '#ffffff', LAYER_COLORS.exercises],
      'circle-stroke-color': LAYER_COLORS.exercises,
      'circle-stroke-width': ['case', hovered, 3.5, 2.5],
    },
  },
  {
    id: 'exercises-label',
    type: 'symbol',
    minzoom: 6.5,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': labelFont,
      'text-size': 12,
      'text-offset': [0, 1.2],
      'text-anchor': 'top',
      'text-max-width': 12,
      'text-optional': true,
    },
    paint: { 'text-color': '#7b241c', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
  },
];

export const corridorStyles: DataLayerStyle[] = [
  {
    id: 'corridors-casing',
    type: 'line',
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 4, 12, 9] },
  },
  {
    id: 'corridors-line',
    type: 'line',
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': LAYER_COLORS.corridors,
      'line-width': ['interpolate', ['linear'], ['zoom'], 6, ['case', hovered, 4, 2.5], 12, ['case', hovered, 7, 5]],
      'line-opacity': 0.9,
    },
  },
];

const isPolygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];

export const borderStyles: DataLayerStyle[] = [
  {
    id: 'borders-area',
    type: 'fill',
    filter: isPolygon,
    paint: {
      'fill-color': ['match', ['get', 'kind'], 'peacekeeping-area', '#d69e2e', '#718096'],
      'fill-opacity': ['case', hovered, 0.28, 0.14],
    },
  },
  {
    id: 'borders-line',
    type: 'line',
    paint: {
      'line-color': [
        'match',
        ['get', 'kind'],
        'international-border',
        LAYER_COLORS.borders,
        'line-of-contact',
        '#9b2c2c',
        'peacekeeping-area',
        '#b7791f',
        '#718096',
      ],
      'line-width': ['case', hovered, 4, 2.2],
      // Dash by type: solid state borders, dashed lines of contact, dotted historical units.
      'line-dasharray': [
        'match',
        ['get', 'kind'],
        'international-border',
        ['literal', [1, 0]],
        'line-of-contact',
        ['literal', [4, 2]],
        'peacekeeping-area',
        ['literal', [2, 1.5]],
        ['literal', [0.6, 1.6]],
      ],
    },
  },
];

export const allianceStyles: DataLayerStyle[] = [
  {
    id: 'alliances-line',
    type: 'line',
    layout: { 'line-cap': 'round' },
    paint: {
      'line-color': ['coalesce', ['get', 'color'], '#4a5568'],
      'line-width': ['case', hovered, 5, 2.6],
      'line-opacity': 0.85,
      'line-dasharray': ['match', ['get', 'kind'], 'proposed-partnership', ['literal', [2, 2]], ['literal', [1, 0]]],
    },
  },
];

export const eventStyles: DataLayerStyle[] = [
  {
    id: 'events-halo',
    type: 'circle',
    filter: approximate,
    paint: { 'circle-radius': 12, 'circle-color': eventColor, 'circle-opacity': 0.14, 'circle-blur': 0.4 },
  },
  {
    id: 'events-symbol',
    type: 'circle',
    paint: {
      'circle-radius': ['case', hovered, 7.5, 5.5],
      'circle-color': ['case', approximate, '#ffffff', eventColor],
      'circle-stroke-color': eventColor,
      'circle-stroke-width': ['case', hovered, 3, 2],
    },
  },
];

/** Each data layer's style layers, bottom to top, and which of them answer clicks and hovers. */
export const DATA_LAYER_STYLES = {
  borders: { styles: borderStyles, interactive: ['borders-area', 'borders-line'] },
  alliances: { styles: allianceStyles, interactive: ['alliances-line'] },
  corridors: { styles: corridorStyles, interactive: ['corridors-line'] },
  events: { styles: eventStyles, interactive: ['events-symbol'] },
  exercises: { styles: exerciseStyles, interactive: ['exercises-symbol'] },
} as const;

/**
 * Tints an alliance's member states on the basemap while the alliance is selected. Drawn on the
 * basemap's land source (the `land` layer of its tiles), under its borders and labels.
 */
export function memberTintStyle(members: readonly string[], color: string): DataLayerStyle {
  return {
    id: 'alliance-members-tint',
    type: 'fill',
    'source-layer': BASEMAP_SOURCE_LAYERS.land,
    filter: ['in', ['get', 'iso3'], ['literal', [...members]]],
    paint: { 'fill-color': color, 'fill-opacity': 0.2 },
  };
}
