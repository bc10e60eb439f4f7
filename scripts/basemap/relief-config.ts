/**
 * Relief from the SRTM30-derived elevation texture Debian ships in `marble-qt-data` (NASA JPL's
 * SRTM30, public domain, as KDE Marble's "Atlas" map uses it). The texture is 8-bit JPEG at 2′
 * (~3.7 km) a cell and stores heights on a scale of its own (darker is lower, the sea below 100),
 * so the bands below are calibrated against spot heights, not computed from metres.
 */
import path from 'node:path';
import { REGION_FRAME, ROOT, type BBox, type LngLat } from './config';

/** Marble's level-3 tiles: 16 × 8 JPEGs of 675 × 675 px, 30 px a degree, equirectangular. */
export const MARBLE_SRTM_DIR = '/usr/share/marble/data/maps/earth/srtm/3';
export const MARBLE_MISSING =
  "The relief is derived from Marble's SRTM texture. On Debian/Ubuntu: apt-get install -y marble-qt-data";

/** The committed derivation that the ordinary build reads. */
export const RELIEF_FILE = path.join(ROOT, 'scripts', 'basemap', 'derived', 'srtm-relief.geojson');

/**
 * The regional frame, where the tiles go past zoom 3: relief ends at its edges (mostly steppe,
 * desert and sea), so a straight edge shows only when the reader pans far from the region.
 */
export const RELIEF_FRAME: BBox = REGION_FRAME;

/**
 * The bands, each the area at or above about `metres`, with the texture value that marks it.
 * Values read off RELIEF_SPOT_HEIGHTS: the texture reads ~153 at 500 m, ~177 at 1,000 m (Yerevan
 * 990 m: 180, Konya 1,016 m: 178), ~198 at 2,000 m (Erzurum and Sevan, ~1,900 m: 195–197) and
 * ~205 from 3,000 m (its 2′ cells flatten peaks: Aragats, 4,090 m, reads 208). About ±300 m.
 */
export const RELIEF_BANDS: readonly { metres: number; value: number }[] = [
  { metres: 500, value: 153 },
  { metres: 1000, value: 177 },
  { metres: 2000, value: 198 },
  { metres: 3000, value: 205 },
];

/** Spot heights (metres, rounded; from standard atlases) the bands are checked against. */
export const RELIEF_SPOT_HEIGHTS: readonly { name: string; point: LngLat; metres: number }[] = [
  { name: 'Baku', point: [49.87, 40.41], metres: -28 },
  { name: 'Mingachevir', point: [47.05, 40.76], metres: 60 },
  { name: 'Ganja', point: [46.36, 40.68], metres: 400 },
  { name: 'Tbilisi', point: [44.8, 41.7], metres: 490 },
  { name: 'Vladikavkaz', point: [44.68, 43.02], metres: 700 },
  { name: 'Stepanakert', point: [46.75, 39.82], metres: 800 },
  { name: 'Yerevan', point: [44.51, 40.18], metres: 990 },
  { name: 'Konya', point: [32.49, 37.87], metres: 1016 },
  { name: 'Tabriz', point: [46.3, 38.08], metres: 1350 },
  { name: 'Gyumri', point: [43.85, 40.79], metres: 1550 },
  { name: 'Erzurum', point: [41.27, 39.9], metres: 1900 },
  { name: 'Lake Sevan', point: [45.3, 40.3], metres: 1900 },
  { name: 'Aragats', point: [44.2, 40.53], metres: 4090 },
  { name: 'Bazardüzü', point: [47.86, 41.22], metres: 4466 },
  { name: 'Kazbek', point: [44.52, 42.7], metres: 5047 },
  { name: 'Elbrus', point: [42.44, 43.35], metres: 5642 },
];

/** Outlines are simplified to ~1 km (a quarter cell) and rounded to ~100 m. */
export const RELIEF_SIMPLIFY_DEGREES = 0.01;
export const RELIEF_DECIMALS = 3;
/** Patches smaller than this (km²) are noise of the 8-bit texture, not hills. */
export const RELIEF_MIN_AREA_KM2 = 60;
