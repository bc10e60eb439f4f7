/**
 * Which vector tiles the build cuts. The map's source is `sparse`: where a tile is missing MapLibre
 * draws the deepest ancestor that exists, so each band only needs the zooms that add detail there.
 */
import { REGION_FRAME, type BBox } from './config';

export interface TileBand {
  minzoom: number;
  maxzoom: number;
  frame: BBox;
  why: string;
}

/** Web Mercator's limits: the world as tiles see it. */
export const WORLD_FRAME: BBox = [-180, -85.0511, 180, 85.0511];

/**
 * Karabakh, Syunik, Nakhchivan, the Caspian coast from Derbent to Lankaran, eastern Turkey and
 * north-western Iran: where readers zoom in closest, and where the water data is densest.
 */
export const DETAIL_FRAME: BBox = [38, 36.5, 51.5, 45];

export const TILE_BANDS: readonly TileBand[] = [
  { minzoom: 0, maxzoom: 3, frame: WORLD_FRAME, why: 'the whole world, for far partners (USA, Pakistan, Israel) when zoomed out' },
  { minzoom: 4, maxzoom: 7, frame: REGION_FRAME, why: 'the region at 1:10m: every country drawn in detail' },
  { minzoom: 8, maxzoom: 9, frame: DETAIL_FRAME, why: 'close-up water and coastlines around the South Caucasus' },
];

/**
 * The deepest tiles. GSHHG full resolution and WDBII (~1:1 M) hold nothing finer than a zoom-9
 * tile shows (a 512 px tile at zoom 9 is ~40 km across at 40°N, ~80 m a pixel).
 */
export const TILE_MAXZOOM = Math.max(...TILE_BANDS.map((b) => b.maxzoom));

/** Tile coordinate extent (MapLibre's default) and buffer, in tile units. */
export const TILE_EXTENT = 4096;
export const TILE_BUFFER = 64;
/**
 * geojson-vt's simplification tolerance in tile units (its default is 3). Land and water are
 * already simplified to their sources' precision; 3 units is 0.4 px on a 512 px tile.
 */
export const TILE_TOLERANCE = 3;
