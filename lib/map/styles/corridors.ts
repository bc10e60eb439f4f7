import { LAYER_COLORS, NEUTRAL } from '../palette';
import { hovered, zoomed } from './expressions';
import type { DataLayerStyle } from './types';

/** Corridors and roads: a purple line on a white casing, wider when hovered. */
export const corridorStyles: DataLayerStyle[] = [
  {
    id: 'corridors-casing',
    type: 'line',
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': NEUTRAL.paper, 'line-width': zoomed(6, 4, 12, 9) },
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
