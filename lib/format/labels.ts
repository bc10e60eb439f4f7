/** Reader-facing words for stored enums. */

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

/** Badges for features the sources do not report as fact. */
export const STATUS_LABELS: Record<string, { label: string; explain: string }> = {
  planned: { label: 'Planned', explain: 'announced for later; the sources do not report it taking place' },
  proposed: { label: 'Proposed', explain: 'suggested, not agreed, as far as the sources report' },
  claimed: { label: 'Claimed', explain: 'one party’s assertion, not confirmed by the sources' },
};
