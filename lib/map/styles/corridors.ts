import { LAYER_COLORS, NEUTRAL } from '../palette';
import { hovered, perFeature, zoomed } from './expressions';
import { dashesByStatus, isFact } from './status';
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
      'line-color': perFeature(LAYER_COLORS.corridors),
      'line-width': ['interpolate', ['linear'], ['zoom'], 6, ['case', hovered, 4, 2.5], 12, ['case', hovered, 7, 5]],
      'line-opacity': ['case', isFact, 0.9, 0.7],
      'line-dasharray': dashesByStatus(['literal', [1, 0]]),
    },
  },
  {
    // Wide and invisible: a thin line is hard to hit with the pointer.
    id: 'corridors-hit',
    type: 'line',
    paint: { 'line-color': '#000000', 'line-width': 14, 'line-opacity': 0 },
  },
];
