import { LAYER_COLORS, NEUTRAL } from '@/lib/map/palette';
import { allianceStyles } from '@/lib/map/styles/alliances';
import type { LayerDefinition } from './types';

export const alliances = {
  id: 'alliances',
  title: 'Alliances and partnerships',
  description:
    'Alliances, partnerships, formats and dependencies between states, drawn as links between their capitals; the lines stand for relations, not routes.',
  idPrefix: 'all-',
  kinds: [
    'alliance',
    'strategic-partnership',
    'defence-cooperation',
    'trilateral-format',
    'regional-platform',
    'security-dependence',
    'proposed-partnership',
  ],
  geometry: 'link',
  toggleEach: { noun: 'alliance' },
  map: { order: 1, underLabels: true, styles: allianceStyles, interactive: ['alliances-line'] },
  swatch: [{ shape: 'arc', color: LAYER_COLORS.alliances }],
  legend: [{ label: 'Proposed partnership', swatch: { shape: 'line', color: NEUTRAL.ink, width: 2.5, dash: [4, 3] } }],
} as const satisfies LayerDefinition;
