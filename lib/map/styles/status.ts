/**
 * How real a line or an area is, drawn: what happened or is in force solid, what was only planned
 * dashed, only proposed dotted, claimed by one party in long dashes, each at reduced strength.
 * Lines and areas read the same `status` property the point markers do.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

export const isFact: ExpressionSpecification = ['==', ['get', 'status'], 'fact'];

/** Dashes of lines that are not fact, by status (line widths). */
export const STATUS_DASHES: Record<'planned' | 'proposed' | 'claimed', [number, number]> = {
  planned: [3, 2],
  proposed: [0.5, 2],
  claimed: [6, 2.5],
};

/** A line's dashes: its own (by kind) when fact, its status's otherwise. */
export function dashesByStatus(own: ExpressionSpecification | ['literal', number[]]): ExpressionSpecification {
  return [
    'match',
    ['get', 'status'],
    'planned',
    ['literal', STATUS_DASHES.planned],
    'proposed',
    ['literal', STATUS_DASHES.proposed],
    'claimed',
    ['literal', STATUS_DASHES.claimed],
    own,
  ] as unknown as ExpressionSpecification;
}
