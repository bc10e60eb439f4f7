import { BORDER_KIND_COLORS, LAYER_COLORS } from '@/lib/map/palette';
import { BORDER_AREA_LAYER_IDS, BORDER_DASHES, borderStyles } from '@/lib/map/styles/borders';
import type { LayerDefinition, LegendEntry } from './types';

const line = (label: string, kind: string): LegendEntry => ({
  label,
  kinds: [kind],
  swatch: { shape: 'line', color: BORDER_KIND_COLORS[kind]!, dash: BORDER_DASHES[kind] },
});

export const borders = {
  id: 'borders',
  title: 'Borders and lines',
  description:
    'International borders, lines of contact, peacekeeping areas and former administrative boundaries referred to in the sources.',
  idPrefix: 'bor-',
  kinds: ['international-border', 'line-of-contact', 'peacekeeping-area', 'former-autonomous-oblast'],
  geometry: 'area',
  map: { kind: 'shapes', order: 0, underLabels: true, styles: borderStyles, interactive: [...BORDER_AREA_LAYER_IDS, 'borders-line'] },
  swatch: [
    { shape: 'line', color: LAYER_COLORS.borders },
    { shape: 'line', color: BORDER_KIND_COLORS['line-of-contact']!, dash: BORDER_DASHES['line-of-contact'] },
  ],
  legend: [
    line('International border', 'international-border'),
    line('Line of contact', 'line-of-contact'),
    line('Peacekeeping area', 'peacekeeping-area'),
    line('Former autonomous oblast', 'former-autonomous-oblast'),
  ],
} as const satisfies LayerDefinition;
