import { ALLIANCE_FALLBACK } from '../palette';
import { hovered } from './expressions';
import type { DataLayerStyle } from './types';

export const allianceStyles: DataLayerStyle[] = [
  {
    id: 'alliances-line',
    type: 'line',
    layout: { 'line-cap': 'round' },
    paint: {
      'line-color': ['coalesce', ['get', 'color'], ALLIANCE_FALLBACK],
      'line-width': ['case', hovered, 5, 2.6],
      'line-opacity': 0.85,
      'line-dasharray': ['match', ['get', 'kind'], 'proposed-partnership', ['literal', [2, 2]], ['literal', [1, 0]]],
    },
  },
];

/**
 * Tints an alliance's member states on the basemap while the alliance is selected. Drawn on the
 * basemap's land source, under its borders and labels.
 */
export function memberTintStyle(members: readonly string[], color: string): DataLayerStyle {
  return {
    id: 'alliance-members-tint',
    type: 'fill',
    filter: ['in', ['get', 'iso3'], ['literal', [...members]]],
    paint: { 'fill-color': color, 'fill-opacity': 0.2 },
  };
}
