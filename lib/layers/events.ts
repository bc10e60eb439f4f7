import { EVENT_KIND_COLORS } from '@/lib/map/palette';
import { eventStyles } from '@/lib/map/styles/events';
import type { LayerDefinition } from './types';

export const events = {
  id: 'events',
  title: 'Events',
  description:
    'Meetings, visits, deployments, agreements, transfers, incidents and statements reported in the sources, each with its date and how it is known.',
  idPrefix: 'ev-',
  kinds: ['meeting', 'visit', 'deployment', 'checkpoint', 'arms-transfer', 'agreement', 'incident', 'conflict', 'statement', 'policy'],
  geometry: 'point',
  map: { order: 3, underLabels: false, styles: eventStyles, interactive: ['events-symbol'] },
  swatch: [
    { shape: 'dot', fill: EVENT_KIND_COLORS.meeting!, stroke: EVENT_KIND_COLORS.meeting! },
    { shape: 'dot', fill: EVENT_KIND_COLORS.incident!, stroke: EVENT_KIND_COLORS.incident! },
  ],
  legend: [],
} as const satisfies LayerDefinition;
