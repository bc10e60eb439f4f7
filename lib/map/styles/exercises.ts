import { EXERCISE_LABEL, LAYER_COLORS, NEUTRAL } from '../palette';
import { approximate, hovered, LABEL_FONT } from './expressions';
import type { DataLayerStyle } from './types';

/** Exercise sites: solid red circles where the site is known, open ones with a halo where not. */
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
      'circle-color': ['case', approximate, NEUTRAL.paper, LAYER_COLORS.exercises],
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
      'text-font': LABEL_FONT,
      'text-size': 12,
      'text-offset': [0, 1.2],
      'text-anchor': 'top',
      'text-max-width': 12,
      'text-optional': true,
    },
    paint: { 'text-color': EXERCISE_LABEL, 'text-halo-color': NEUTRAL.paper, 'text-halo-width': 1.5 },
  },
];
