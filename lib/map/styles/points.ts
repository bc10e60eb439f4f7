/**
 * The point layers (exercises and events) share one clustered source, so no symbol ever stands on
 * another: features closer than the cluster radius are drawn as one group with a count, which opens
 * into a list of its members. Single features are markers whose image spells their kind, status and
 * placement (markers.ts). Drawn under the basemap's labels, which therefore stay readable.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { GROUP_COLOR, NEUTRAL, SELECTION_COLOR } from '../palette';
import { LABEL_FONT, perFeature } from './expressions';
import { HOVER_HALO } from '../marker-canvas';
import type { DataLayerStyle } from './types';

/** Cluster radius in px: wider than any marker with its halo, so unclustered markers never touch. */
export const CLUSTER_RADIUS = 44;

/**
 * Points are grouped up to this zoom, past the map's deepest: features at the very same spot stay
 * one group at any zoom (below the source's maxzoom of 18, as MapLibre requires).
 */
export const CLUSTER_MAX_ZOOM = 17;

const isGroup: ExpressionSpecification = ['has', 'point_count'];
const single: ExpressionSpecification = ['!', isGroup];
const hover: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

/**
 * What a group sums over its members: how many are exercises, and how many the sources only plan,
 * propose or claim (a group with any of those gets a ring that says so).
 */
export const CLUSTER_PROPERTIES = {
  exercises: ['+', ['case', ['==', ['get', 'layer'], 'exercises'], 1, 0]],
  uncertain: ['+', ['case', ['==', ['get', 'status'], 'fact'], 0, 1]],
} as const;


/**
 * Style layers bottom to top. MapLibre places symbols from the top layer down, so markers and
 * groups are placed first and the features' own labels, and then every basemap name, make room for
 * them: a name moves aside (or, for a small town, waits for a closer zoom) rather than lie under a
 * marker, and no marker ever hides under a name.
 */
export const pointStyles: DataLayerStyle[] = [
  {
    // A soft disc behind the hovered marker: an image, so it shares the markers' program (expressions.ts).
    id: 'points-hover',
    type: 'symbol',
    filter: single,
    layout: { 'icon-image': HOVER_HALO, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
    paint: { 'icon-opacity': ['case', hover, 1, 0] },
  },
  {
    id: 'points-label',
    type: 'symbol',
    filter: single,
    minzoom: 7,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': 11.5,
      'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
      'text-radial-offset': 1.3,
      'text-max-width': 12,
      'text-optional': true,
    },
    paint: { 'text-color': '#2d3a44', 'text-halo-color': NEUTRAL.paper, 'text-halo-width': 1.5 },
  },
  {
    id: 'points-group',
    type: 'symbol',
    filter: isGroup,
    layout: {
      'icon-image': ['concat', 'group:', ['to-string', ['get', 'point_count']], ':', ['case', ['>', ['get', 'uncertain'], 0], '1', '0']],
      'icon-allow-overlap': true,
    },
    paint: { 'icon-opacity': ['case', hover, 1, 0.95] },
  },
  {
    id: 'points-marker',
    type: 'symbol',
    filter: single,
    layout: {
      'icon-image': ['get', 'icon'],
      'icon-allow-overlap': true,
    },
    paint: { 'icon-opacity': perFeature(1) },
  },
];

/**
 * Where a capital's badge may go, in ems of its text, tried in this order: above the capital, then
 * below, beside, and at the corners, each far enough to clear a marker or a group on the capital.
 * MapLibre takes the first that is free, so a badge lies on no other symbol and a name moves aside
 * for it; where none is free (a capital under dense groups), it lies over them at the first rather
 * than vanish, since what it counts is drawn nowhere else (the layout's `*-overlap: always`: MapLibre
 * tries every offset without overlap before it overlaps).
 */
export const BADGE_OFFSETS: [string, [number, number]][] = [
  ['bottom', [0, -2.4]],
  ['top', [0, 2.4]],
  ['left', [2.6, 0]],
  ['right', [-2.6, 0]],
  ['bottom-left', [1.6, -1.9]],
  ['bottom-right', [-1.6, -1.9]],
  ['top-left', [1.6, 1.9]],
  ['top-right', [-1.6, 1.9]],
];

/** Capital badges: one per capital, counting what is placed there for want of a venue. */
export const anchorStyles: DataLayerStyle[] = [
  {
    id: 'anchors-badge',
    type: 'symbol',
    layout: {
      'text-field': ['to-string', ['get', 'count']],
      'text-font': ['Noto Sans Bold', 'Noto Sans', 'Helvetica Neue', 'Arial', 'sans-serif'],
      'text-size': 11,
      'text-variable-anchor-offset': BADGE_OFFSETS.flat() as unknown as ExpressionSpecification,
      'icon-image': 'anchor-pill',
      'icon-text-fit': 'both',
      'icon-text-fit-padding': [3, 5, 3, 22],
      'text-padding': 1,
      'text-overlap': 'always',
      'icon-overlap': 'always',
    },
    paint: { 'text-color': GROUP_COLOR, 'icon-opacity': ['case', hover, 1, 0.95], 'text-opacity': 1 },
  },
];

/**
 * The selected feature, drawn on top of everything: its marker larger inside a dark ring, a line
 * or an area with a dark halo, and its name beside it.
 */
export const selectionStyles: DataLayerStyle[] = [
  {
    id: 'selection-halo',
    type: 'line',
    filter: ['!=', ['geometry-type'], 'Point'],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': SELECTION_COLOR, 'line-width': 11, 'line-opacity': 0.22 },
  },
  {
    id: 'selection-ring',
    type: 'circle',
    filter: ['all', ['==', ['geometry-type'], 'Point'], ['!=', ['get', 'role'], 'label']],
    paint: {
      'circle-radius': 16,
      'circle-color': NEUTRAL.paper,
      'circle-opacity': 0.85,
      'circle-stroke-width': 3,
      'circle-stroke-color': SELECTION_COLOR,
    },
  },
  {
    id: 'selection-marker',
    type: 'symbol',
    filter: ['all', ['==', ['geometry-type'], 'Point'], ['has', 'icon'], ['!=', ['get', 'role'], 'label']],
    layout: { 'icon-image': ['get', 'icon'], 'icon-size': 1.15, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
    paint: { 'icon-opacity': perFeature(1) },
  },
  {
    id: 'selection-label',
    type: 'symbol',
    filter: ['==', ['get', 'role'], 'label'],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': ['Noto Sans Bold', 'Noto Sans', 'Helvetica Neue', 'Arial', 'sans-serif'],
      'text-size': 13,
      'symbol-placement': 'point',
      'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
      'text-radial-offset': 1.7,
      'text-max-width': 14,
      'text-allow-overlap': true,
    },
    paint: { 'text-color': SELECTION_COLOR, 'text-halo-color': NEUTRAL.paper, 'text-halo-width': 2 },
  },
];
