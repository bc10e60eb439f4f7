import { LAYER_COLORS, NEUTRAL } from '@/lib/map/palette';
import { exerciseStyles } from '@/lib/map/styles/exercises';
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
  map: { order: 4, underLabels: false, styles: exerciseStyles, interactive: ['exercises-symbol'] },
  swatch: [
    { shape: 'dot', fill: LAYER_COLORS.exercises, stroke: LAYER_COLORS.exercises },
    { shape: 'dot', fill: NEUTRAL.paper, stroke: LAYER_COLORS.exercises },
  ],
  legend: [],
} as const satisfies LayerDefinition;
