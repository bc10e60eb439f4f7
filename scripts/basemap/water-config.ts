/**
 * What the water layer takes from GSHHG and WDBII, and where. Values are editorial choices; the
 * comments say why. (Town and country names are in config.ts; lake and river names in water-names.ts.)
 */
import path from 'node:path';
import { ROOT, type BBox } from './config';

/** The committed derivation of GSHHG/WDBII that the ordinary build reads (GMT is not needed for it). */
export const WATER_FILE = path.join(ROOT, 'scripts', 'basemap', 'derived', 'gshhg-water.geojson');

/**
 * Where lakes and rivers are drawn: the Black Sea to the Caspian's east shore, the Volga delta to
 * the Persian Gulf's head. Everything the atlas shows up close lies inside (Konya and Ankara, Tel
 * Aviv and Jerusalem, Tehran); beyond it the map is only context for far partners.
 */
export const WATER_FRAME: BBox = [26, 29, 56, 49];

/**
 * GMT dumps a margin beyond the frame so a lake crossing the frame's edge comes out whole (a
 * polygon cut by the dumped region cannot be closed) and is then clipped to the frame exactly.
 */
export const WATER_DUMP_MARGIN = 4;

/** Smallest lake taken from GSHHG, km² (GMT's `-A`). At zoom 9 a 2 km² lake is ~15 px across. */
export const LAKE_MIN_AREA_KM2 = 2;

/**
 * GSHHG lakes (level 2) that the atlas does not draw as lakes: the Caspian is sea in the land layer
 * already (Natural Earth leaves it out of every country), and a second, finer outline over it would
 * only show a seam along its shore.
 */
export const LAKE_EXCLUDED_NEAR: readonly { name: string; point: [number, number] }[] = [{ name: 'Caspian Sea', point: [51, 42] }];

/**
 * Rivers are WDBII's permanent classes: 1 major, 2 additional major, 3 additional, 4 minor.
 * Intermittent rivers (5–7) and canals (8–10) are left out: across the Iranian plateau they are
 * dry most of the year and would read as permanent water.
 */
export const RIVER_CLASSES = [1, 2, 3, 4] as const;

/**
 * Coordinates are rounded to 4 decimals (~10 m): finer than GSHHG full resolution (~100 m) and the
 * WDBII rivers (digitised at about 1:1–3 M), so rounding loses nothing visible at zoom 10.
 */
export const WATER_DECIMALS = 4;

/**
 * Douglas–Peucker tolerance for the committed file, in degrees (~20 m): below half a pixel at zoom 10,
 * and it halves the file. The tiles simplify further per zoom.
 */
export const WATER_SIMPLIFY_DEGREES = 0.0002;
