/** Reader-facing words for stored enums. */

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
