import { EVENT_KIND_COLORS, LAYER_COLORS, NEUTRAL } from '../palette';
import { approximate, byKind, hovered } from './expressions';
import type { DataLayerStyle } from './types';

const eventColor = byKind(EVENT_KIND_COLORS, LAYER_COLORS.events);

/** Events: small circles coloured by kind; open with a halo where the place is not exact. */
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
      'circle-color': ['case', approximate, NEUTRAL.paper, eventColor],
      'circle-stroke-color': eventColor,
      'circle-stroke-width': ['case', hovered, 3, 2],
    },
  },
];
