/**
 * The legend: what every symbol on the map means, built from the layer registry and the palette,
 * the same definitions the map styles are built from.
 */
import { LAYERS, type LayerDefinition, type LegendEntry } from '@/lib/layers';
import { NEUTRAL } from './palette';

/** How precisely a point is placed; the same for every point layer. */
const PLACEMENT: LegendEntry[] = [
  { label: 'Exact site', swatch: { shape: 'dot', fill: NEUTRAL.ink, stroke: NEUTRAL.ink } },
  { label: 'Approximate place or region (open symbol, halo)', swatch: { shape: 'dot', fill: NEUTRAL.paper, stroke: NEUTRAL.ink } },
];

/** Every legend entry: placement first, then each layer's own symbols in registry order. */
export function legendEntries(registry: readonly LayerDefinition[] = LAYERS): LegendEntry[] {
  return [...PLACEMENT, ...registry.flatMap((l) => l.legend)];
}
