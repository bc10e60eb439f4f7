/**
 * The self-hosted fonts for names in the region's scripts (npm @fontsource, bundled with the page:
 * nothing is fetched from elsewhere). Latin and Cyrillic come from the system fonts; Armenian and
 * Georgian letters are missing on many systems, so the atlas ships them.
 */
export const REGIONAL_FONT_FAMILIES = ['Noto Sans Armenian', 'Noto Sans Georgian'] as const;

/** A letter of each family's own script, so `document.fonts.load` fetches the right subset. */
export const REGIONAL_FONT_SAMPLES: Readonly<Record<(typeof REGIONAL_FONT_FAMILIES)[number], string>> = {
  'Noto Sans Armenian': 'Աա',
  'Noto Sans Georgian': 'აბ',
};

/** The weights the map and the panel draw: regular labels, bold capitals and names. */
export const REGIONAL_FONT_WEIGHTS = [400, 700] as const;
