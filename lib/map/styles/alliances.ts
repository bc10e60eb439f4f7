import { BASEMAP_SOURCE_LAYERS } from '../basemap-style';
import { ALLIANCE_FALLBACK } from '../palette';
import { atEveryZoom, hovered } from './expressions';
import { dashesByStatus, isFact } from './status';
import type { DataLayerStyle } from './types';

/**
 * Alliances are relations, not routes: drawn faintly by default so the region's own features are
 * not crossed by a web of lines, and strongly when hovered, selected or singled out from the
 * layers panel (all three set the `hover` or `selected` feature-state). Two members are one arc
 * between their capitals; a format of three or more is spokes from each capital to a hub, never a
 * ring of invented bilateral ties.
 */
export const allianceStyles: DataLayerStyle[] = [
  {
    id: 'alliances-line',
    type: 'line',
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': ['coalesce', ['get', 'color'], ALLIANCE_FALLBACK],
      'line-width': atEveryZoom(['case', hovered, 4.5, 1.4]),
      'line-opacity': ['case', hovered, 0.95, ['case', isFact, 0.3, 0.4]],
      'line-dasharray': dashesByStatus(['literal', [1, 0]]),
    },
  },
  {
    // Wide and invisible: a faint line is hard to hit with the pointer.
    id: 'alliances-hit',
    type: 'line',
    paint: { 'line-color': '#000000', 'line-width': 12, 'line-opacity': 0 },
  },
];

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
