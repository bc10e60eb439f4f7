import { EVENT_FAMILIES, EVENT_KIND_COLORS, LAYER_COLORS } from '@/lib/map/palette';
import type { LayerDefinition } from './types';

export const events = {
  id: 'events',
  title: 'Events',
  description:
    'Meetings, visits, deployments, agreements, transfers, incidents and statements reported in the sources, each with its date and how it is known.',
  idPrefix: 'ev-',
  kinds: ['meeting', 'visit', 'deployment', 'checkpoint', 'arms-transfer', 'agreement', 'incident', 'conflict', 'statement', 'policy'],
  geometry: 'point',
  map: { kind: 'points', order: 3, shape: 'circle', kindColors: EVENT_KIND_COLORS, color: LAYER_COLORS.events },
  swatch: [
    { shape: 'marker', marker: { shape: 'circle', color: EVENT_FAMILIES[0].color, status: 'fact', placement: 'exact' } },
    { shape: 'marker', marker: { shape: 'circle', color: EVENT_FAMILIES[5].color, status: 'fact', placement: 'exact' } },
  ],
  legend: EVENT_FAMILIES.map((f) => ({
    label: f.label,
    kinds: f.kinds,
    swatch: { shape: 'marker' as const, marker: { shape: 'circle' as const, color: f.color, status: 'fact' as const, placement: 'exact' as const } },
  })),
} as const satisfies LayerDefinition;
