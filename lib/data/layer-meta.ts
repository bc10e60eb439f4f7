/**
 * Titles and descriptions of the five layers, as the map legend and the API's collections show
 * them. Neutral wording: what the layer contains, not what it means.
 */
import type { LayerId } from './schema';

export const LAYER_META: Record<LayerId, { title: string; description: string }> = {
  exercises: {
    title: 'Military exercises',
    description:
      'Joint drills, exercises, military games and training programmes reported in the sources, placed at the site or the region where they were held.',
  },
  corridors: {
    title: 'Corridors and roads',
    description:
      'Transport corridors and roads that the sources discuss in a security context, drawn along their approximate course.',
  },
  borders: {
    title: 'Borders and lines',
    description:
      'International borders, lines of contact, peacekeeping areas and former administrative boundaries referred to in the sources.',
  },
  alliances: {
    title: 'Alliances and partnerships',
    description:
      'Alliances, partnerships, formats and dependencies between states, drawn as links between their capitals; the lines stand for relations, not routes.',
  },
  events: {
    title: 'Events',
    description:
      'Meetings, visits, deployments, agreements, transfers, incidents and statements reported in the sources, each with its date and how it is known.',
  },
};
