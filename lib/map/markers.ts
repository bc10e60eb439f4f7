/**
 * The visual grammar of point features, as data. A marker says three things at a glance:
 * - what it is: its layer's shape (a diamond for an exercise, a circle for an event) and its
 *   kind's colour;
 * - how real it is: solid for what happened or is in force, hollow with a dashed outline for
 *   what was only planned, hollow with a dotted outline for what was only proposed, hatched for
 *   what one party claims;
 * - how precisely it is placed: an exact site bare, an approximate place with a soft halo, a
 *   region-level placement as a wide dashed ring with no point at its centre.
 * Placements at a capital that stand for a statement or policy (no venue) are not markers at all:
 * they are gathered into one badge per capital (see lib/view/anchors.ts).
 *
 * Each marker is an image whose id spells its look, drawn on demand by marker-canvas.ts; the map,
 * the legend and the tests all read the same ids.
 */

export type MarkerShape = 'diamond' | 'circle';
/** How real the sources say a feature is, as drawn: in force and occurred look the same. */
export type MarkerStatus = 'fact' | 'planned' | 'proposed' | 'claimed';
export type MarkerPlacement = 'exact' | 'approximate' | 'region';

export interface MarkerSpec {
  shape: MarkerShape;
  /** `#rrggbb`. */
  color: string;
  status: MarkerStatus;
  placement: MarkerPlacement;
}

export const MARKER_STATUSES: readonly MarkerStatus[] = ['fact', 'planned', 'proposed', 'claimed'];
export const MARKER_PLACEMENTS: readonly MarkerPlacement[] = ['exact', 'approximate', 'region'];

/** The drawn status of a stored status (none stored: reported as fact). */
export function markerStatus(status: string | undefined): MarkerStatus {
  return status === 'planned' || status === 'proposed' || status === 'claimed' ? status : 'fact';
}

/** The drawn placement of a stored location precision; `symbolic` is not drawn as a marker. */
export function markerPlacement(precision: string): MarkerPlacement | null {
  return precision === 'exact' || precision === 'approximate' || precision === 'region' ? precision : null;
}

const PREFIX = 'marker';

/**
 * The image id of a marker. @example markerId({ shape: 'diamond', color: '#D55E00', status: 'planned', placement: 'exact' })
 * // 'marker:diamond:d55e00:planned:exact'
 */
export function markerId(spec: MarkerSpec): string {
  return [PREFIX, spec.shape, spec.color.replace('#', '').toLowerCase(), spec.status, spec.placement].join(':');
}

/** The marker an image id spells, or null for any other image. */
export function parseMarkerId(id: string): MarkerSpec | null {
  const [prefix, shape, hex, status, placement] = id.split(':');
  if (prefix !== PREFIX || !hex || !/^[0-9a-f]{6}$/.test(hex)) return null;
  if (shape !== 'diamond' && shape !== 'circle') return null;
  if (!MARKER_STATUSES.includes(status as MarkerStatus) || !MARKER_PLACEMENTS.includes(placement as MarkerPlacement)) return null;
  return { shape, color: `#${hex}`, status: status as MarkerStatus, placement: placement as MarkerPlacement };
}

/** Words for the legend and the tooltips. */
export const STATUS_WORDS: Record<MarkerStatus, string> = {
  fact: 'Happened or in force (solid)',
  planned: 'Only planned (hollow, dashed)',
  proposed: 'Only proposed (hollow, dotted)',
  claimed: 'Claimed by one party (hatched)',
};

export const PLACEMENT_WORDS: Record<MarkerPlacement | 'symbolic', string> = {
  exact: 'Exact site',
  approximate: 'Approximate place (halo)',
  region: 'Region only, no precise point (wide dashed ring)',
  symbolic: 'Placed at a capital, no venue given (badge with a count)',
};

/** Size of a marker image in CSS px (the region ring is wider, see marker-canvas.ts). */
export const MARKER_SIZE = 18;
