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

/**
 * Shader programs. MapLibre compiles one program per layer type and per mix of constant and
 * data-driven paint properties, at the layer's first draw; in software WebGL (and on weak GPUs)
 * each costs tens of milliseconds of the page's main thread, which is why the data layers keep
 * to as few mixes as they can: every dashed line binds colour, width, opacity and dashes per
 * feature (width also by zoom), every icon its opacity. A layer whose value is the same for every
 * feature says so with `perFeature`, and shares the program of its data-driven siblings.
 */
export function perFeature<T extends number | string>(value: T): ExpressionSpecification {
  return ['case', ['boolean', ['feature-state', 'hover'], false], value, value] as unknown as ExpressionSpecification;
}

/** A per-feature number bound by zoom as well (the same at every zoom), so all dashed lines share one program. */
export function atEveryZoom(value: ExpressionSpecification): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 0, value, 24, value] as ExpressionSpecification;
}

/** A zoom-interpolated number. */
export function zoomed(...stops: number[]): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;
}
