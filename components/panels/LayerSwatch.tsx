import { EVENT_KIND_COLORS, LAYER_COLORS } from '@/lib/map/palette';
import type { LayerId } from '@/lib/data/types';

/** Legend symbols drawn like the map draws each layer (same colours, same shapes). */
export function LayerSwatch({ layer }: { layer: LayerId }) {
  switch (layer) {
    case 'exercises':
      return (
        <svg width="22" height="16" aria-hidden="true">
          <circle cx="7" cy="8" r="5" fill={LAYER_COLORS.exercises} stroke={LAYER_COLORS.exercises} strokeWidth="2" />
          <circle cx="17" cy="8" r="4" fill="#fff" stroke={LAYER_COLORS.exercises} strokeWidth="2" />
        </svg>
      );
    case 'events':
      return (
        <svg width="22" height="16" aria-hidden="true">
          <circle cx="6" cy="8" r="4" fill={EVENT_KIND_COLORS.meeting} />
          <circle cx="16" cy="8" r="4" fill={EVENT_KIND_COLORS.incident} />
        </svg>
      );
    case 'corridors':
      return (
        <svg width="22" height="16" aria-hidden="true">
          <path d="M1 12 Q8 2 21 6" fill="none" stroke={LAYER_COLORS.corridors} strokeWidth="3" strokeLinecap="round" />
        </svg>
      );
    case 'borders':
      return (
        <svg width="22" height="16" aria-hidden="true">
          <line x1="1" y1="5" x2="21" y2="5" stroke={LAYER_COLORS.borders} strokeWidth="2" />
          <line x1="1" y1="11" x2="21" y2="11" stroke="#9b2c2c" strokeWidth="2" strokeDasharray="5 3" />
        </svg>
      );
    case 'alliances':
      return (
        <svg width="22" height="16" aria-hidden="true">
          <path d="M1 13 Q11 0 21 13" fill="none" stroke="#1b9e77" strokeWidth="2.5" />
        </svg>
      );
  }
}

/** An alliance's colour as a short arc; dashed when the partnership is only proposed. */
export function AllianceSwatch({ color, proposed }: { color: string; proposed: boolean }) {
  return (
    <svg width="22" height="12" aria-hidden="true">
      <path d="M1 11 Q11 0 21 11" fill="none" stroke={color} strokeWidth="3" strokeDasharray={proposed ? '4 3' : undefined} />
    </svg>
  );
}
