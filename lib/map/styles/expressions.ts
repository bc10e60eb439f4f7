/**
 * Expressions the data-layer styles share. Hover and selection are feature-states, so lighting a
 * feature up needs no re-render and no new data.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { BASEMAP_FONTS } from '../basemap-style';

/** The pointer is over the feature, or it is selected. */
export const hovered: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'hover'], false],
  ['boolean', ['feature-state', 'selected'], false],
];

/** Placed by judgement, to a region or symbolically: drawn as an open symbol with a halo. */
export const approximate: ExpressionSpecification = ['==', ['get', 'approximate'], 1];

export const isPolygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];

/** Labels of data features match the basemap's. */
export const LABEL_FONT = BASEMAP_FONTS.regular;

/** A `match` on the feature's kind: each kind's colour, else the fallback. */
export function byKind(colors: Record<string, string>, fallback: string): ExpressionSpecification {
  return ['match', ['get', 'kind'], ...Object.entries(colors).flat(), fallback] as unknown as ExpressionSpecification;
}

/** A zoom-interpolated number. */
export function zoomed(...stops: number[]): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;
}
