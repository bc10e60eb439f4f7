/** Reader-facing words for stored enums. */
import type { Status } from '@/lib/data/types';

/** Short words for how precisely a feature is placed, for a list row (the panel has the long form); null for an exact site. */
export const PLACE_WORDS: Record<string, string | null> = {
  exact: null,
  approximate: 'approximate location',
  region: 'region only',
  symbolic: 'symbolic location',
};

export const LOCATION_PRECISION_LABELS: Record<string, string> = {
  exact: 'Exact site',
  approximate: 'Approximate location',
  region: 'Region only (point is representative)',
  symbolic: 'Symbolic (links between capitals, not places)',
};

export const ATTRIBUTION_LABELS: Record<string, string> = {
  opinion: 'Opinion of',
  'loaded-wording': 'Contested wording used by',
  claim: 'Claim by',
};

/** "special-forces-drill" → "Special forces drill". */
export function kindLabel(kind: string): string {
  const words = kind.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The status of every feature, as a badge and the sentence that explains it. */
export const STATUS_LABELS: Record<Status, { label: string; explain: string }> = {
  occurred: { label: 'Occurred', explain: 'reported by the sources as having happened' },
  'in-force': { label: 'In force', explain: 'reported by the sources as existing (a relation, border, corridor or area)' },
  planned: { label: 'Planned', explain: 'announced or agreed for later; the sources do not report it taking place' },
  proposed: { label: 'Proposed', explain: 'suggested, offered or supported, not agreed, as far as the sources report' },
  claimed: { label: 'Claimed', explain: 'one party’s assertion, not confirmed by the sources' },
};

/** What a cited passage does for its feature. */
export const CITATION_ROLE_LABELS: Record<'evidence' | 'context', { heading: string; explain: string }> = {
  evidence: { heading: 'Evidence', explain: 'passages that support the feature, its place or its dates' },
  context: { heading: 'Context', explain: 'passages that only mention the feature or give background; they support neither its place nor its dates' },
};
