import { LAYER_COLORS } from '@/lib/map/palette';
import type { LayerDefinition } from './types';

export const exercises = {
  id: 'exercises',
  title: 'Military exercises',
  description:
    'Joint drills, exercises, military games and training programmes reported in the sources, placed at the site or the region where they were held.',
  idPrefix: 'ex-',
  kinds: [
    'special-forces-drill',
    'air-exercise',
    'naval-exercise',
    'combined-exercise',
    'peacekeeping-exercise',
    'military-games',
    'training-programme',
  ],
  geometry: 'point',
  map: { kind: 'points', order: 4, shape: 'diamond', color: LAYER_COLORS.exercises },
  swatch: [{ shape: 'marker', marker: { shape: 'diamond', color: LAYER_COLORS.exercises, status: 'fact', placement: 'exact' } }],
  legend: [
    { label: 'Military exercise', swatch: { shape: 'marker', marker: { shape: 'diamond', color: LAYER_COLORS.exercises, status: 'fact', placement: 'exact' } } },
  ],
} as const satisfies LayerDefinition;
