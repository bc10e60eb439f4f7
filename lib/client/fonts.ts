/**
 * Loads the self-hosted Armenian and Georgian fonts (bundled from npm @fontsource by
 * app/layout.tsx) before anything draws with them: a browser loads a web font only once text in
 * the DOM asks for it, and MapLibre draws its label glyphs on a canvas, once, and keeps them.
 */
import { REGIONAL_FONT_FAMILIES, REGIONAL_FONT_SAMPLES, REGIONAL_FONT_WEIGHTS } from '@/lib/map/fonts';

let loading: Promise<boolean> | undefined;

/** Resolves true once every face has loaded, false if one failed (the names then stay off the map). */
export function loadRegionalFonts(): Promise<boolean> {
  if (typeof document === 'undefined' || !document.fonts) return Promise.resolve(false);
  loading ??= Promise.all(
    REGIONAL_FONT_FAMILIES.flatMap((family) =>
      REGIONAL_FONT_WEIGHTS.map((weight) => document.fonts.load(`${weight} 16px "${family}"`, REGIONAL_FONT_SAMPLES[family])),
    ),
  ).then(
    (faces) => faces.every((f) => f.length > 0),
    () => false,
  );
  return loading;
}
