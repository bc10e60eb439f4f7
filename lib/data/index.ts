/**
 * Public API of the data module: the one place that reads `geodata/`. Routes, pages and scripts
 * import from here and see only the resolved domain types, never the file format.
 */
import { DEFAULT_GEODATA_DIR } from './files';
import { DataError, type DataIssue } from './issues';
import { loadAtlas } from './load';
import { loadPlaces, type Place } from './places';
import { LayerId } from './schema';
import type { Atlas, AtlasFeature, Layer, Source } from './types';

export type * from './types';
export type { DataIssue } from './issues';
export type { Place } from './places';
export { DataError, formatIssue } from './issues';
export { loadAtlas, type LoadResult } from './load';
export { LAYER_IDS } from './schema';
export { codePointSlice } from './codepoints';

let cached: Atlas | undefined;

/**
 * The validated atlas, loaded once per process and kept in memory: the data only changes with a
 * deploy, and every request would otherwise re-read and re-check it. A failed load is not
 * cached, so fixing the files fixes the next request during development.
 * @throws {DataError} listing every issue (file, feature id, problem) when the data is invalid.
 */
export function getAtlas(): Atlas {
  if (cached) return cached;
  const { atlas, issues } = loadAtlas(DEFAULT_GEODATA_DIR);
  if (!atlas) throw new DataError(issues);
  cached = atlas;
  return atlas;
}

let cachedPlaces: Place[] | undefined;

/**
 * The basemap's towns with all their names, loaded once per process like the atlas.
 * @throws {DataError} when the places file is missing or malformed.
 */
export function getPlaces(): Place[] {
  if (cachedPlaces) return cachedPlaces;
  const { places, issues } = loadPlaces(DEFAULT_GEODATA_DIR);
  if (!places) throw new DataError(issues);
  cachedPlaces = places;
  return places;
}

/** A layer by id; undefined for an unknown id (so routes can answer 404 rather than throw). */
export function getLayer(id: string): Layer | undefined {
  const parsed = LayerId.safeParse(id);
  return parsed.success ? getAtlas().layers[parsed.data] : undefined;
}

/** A feature by id across all layers. */
export function getFeature(id: string): AtlasFeature | undefined {
  return getAtlas().features.get(id);
}

/** A source (metadata and full text) by id, e.g. `003_fd8218c4c3c52676`. */
export function getSource(id: string): Source | undefined {
  return getAtlas().sourceIndex.get(id);
}

/**
 * Every problem in the geodata under `dir` (default `<cwd>/geodata`), without stopping at the
 * first; empty when the data is valid. Used by `npm run check:data` and tests. Never cached.
 * @example validateGeodata('tests/fixtures/data/valid') // []
 */
export function validateGeodata(dir: string = DEFAULT_GEODATA_DIR): DataIssue[] {
  return loadAtlas(dir).issues;
}
