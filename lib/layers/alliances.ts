import { LAYER_COLORS } from '@/lib/map/palette';
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
  map: { kind: 'shapes', order: 1, underLabels: true, styles: allianceStyles, interactive: ['alliances-hit'] },
  swatch: [{ shape: 'arc', color: LAYER_COLORS.alliances }],
  legend: [
    {
      label: 'Relation between states: a link between capitals, or spokes to a hub for three or more (faint until pointed at or opened)',
      swatch: { shape: 'arc', color: LAYER_COLORS.alliances },
    },
  ],
} as const satisfies LayerDefinition;
