import { LAYER_COLORS } from '@/lib/map/palette';
import { corridorStyles } from '@/lib/map/styles/corridors';
import type { LayerDefinition } from './types';

export const corridors = {
  id: 'corridors',
  title: 'Corridors and roads',
  description:
    'Transport corridors and roads that the sources discuss in a security context, drawn along their approximate course.',
  idPrefix: 'cor-',
  kinds: ['corridor', 'road'],
  geometry: 'line',
  map: { kind: 'shapes', order: 2, underLabels: true, styles: corridorStyles, interactive: ['corridors-line', 'corridors-hit'] },
  swatch: [{ shape: 'arc', color: LAYER_COLORS.corridors }],
  legend: [{ label: 'Corridor or road (approximate course)', swatch: { shape: 'line', color: LAYER_COLORS.corridors, width: 3 } }],
} as const satisfies LayerDefinition;
