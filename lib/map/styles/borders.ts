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

/**
 * Areas (peacekeeping zones, former autonomous units): their kind's tint, half as strong where the
 * sources only plan, propose or claim it. One style layer per colour and strength, each with
 * constant paint, so the areas share the basemap's fill program instead of compiling one of their
 * own (expressions.ts); a hovered or selected area is lit up by its outline (borders-line) and
 * the selection halo. The edge is drawn by borders-line: no outline pass.
 */
function borderAreaStyles(): DataLayerStyle[] {
  const colors = Object.entries(BORDER_AREA_COLORS);
  const fills: { id: string; color: string; kinds: ExpressionSpecification }[] = [
    ...colors.map(([kind, color]) => ({ id: kind, color, kinds: ['==', ['get', 'kind'], kind] as ExpressionSpecification })),
    { id: 'other', color: NEUTRAL.slate, kinds: ['!', ['in', ['get', 'kind'], ['literal', colors.map(([k]) => k)]]] as ExpressionSpecification },
  ];
  return fills.flatMap(({ id, color, kinds }) =>
    (['fact', 'uncertain'] as const).map((certainty) => {
      return {
        id: `borders-area-${id}-${certainty}`,
        type: 'fill' as const,
        filter: ['all', isPolygon, kinds, certainty === 'fact' ? isFact : ['!', isFact]] as ExpressionSpecification,
        paint: { 'fill-color': color, 'fill-opacity': certainty === 'fact' ? 0.14 : 0.07, 'fill-antialias': false },
      };
    }),
  );
}

export const borderStyles: DataLayerStyle[] = [
  ...borderAreaStyles(),
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

/** The border areas' style layers, one per colour and certainty (see `borderAreaStyles`). */
export const BORDER_AREA_LAYER_IDS: string[] = borderStyles.filter((s) => s.type === 'fill').map((s) => s.id);
