import type { ExpressionSpecification } from 'maplibre-gl';
import { BORDER_AREA_COLORS, BORDER_KIND_COLORS, NEUTRAL } from '../palette';
import { atEveryZoom, byKind, hovered, isPolygon } from './expressions';
import { dashesByStatus, isFact } from './status';
import type { DataLayerStyle } from './types';

/** Dash by type: solid state borders, dashed lines of contact, dotted historical units. */
export const BORDER_DASHES: Record<string, [number, number]> = {
  'international-border': [1, 0],
  'line-of-contact': [4, 2],
  'peacekeeping-area': [2, 1.5],
  'former-autonomous-oblast': [0.6, 1.6],
};

const dashByKind = [
  'match',
  ['get', 'kind'],
  ...Object.entries(BORDER_DASHES).flatMap(([kind, dash]) => [kind, ['literal', dash]]),
  ['literal', [1, 0]],
] as unknown as ExpressionSpecification;

export const borderStyles: DataLayerStyle[] = [
  {
    id: 'borders-area',
    type: 'fill',
    filter: isPolygon,
    paint: {
      'fill-color': byKind(BORDER_AREA_COLORS, NEUTRAL.slate),
      'fill-opacity': ['case', hovered, 0.28, ['case', isFact, 0.14, 0.07]],
      // The edge is drawn by borders-line: no outline pass (and no program for it).
      'fill-antialias': false,
    },
  },
  {
    id: 'borders-line',
    type: 'line',
    paint: {
      'line-color': byKind(BORDER_KIND_COLORS, NEUTRAL.slate),
      'line-width': atEveryZoom(['case', hovered, 4, 2.2]),
      'line-opacity': ['case', isFact, 1, 0.7],
      'line-dasharray': dashesByStatus(dashByKind),
    },
  },
];
