/**
 * Public API of the data module: the one place that reads `geodata/`. Routes, pages and scripts
 * import from here and see only the resolved domain types, never the file format.
 */
import { forgetValidators } from '@/lib/http/revalidate';
import { DEFAULT_GEODATA_DIR } from './files';
import { DataError, type DataIssue } from './issues';
import { loadAtlas } from './load';
import { loadPlaces, type Place } from './places';
import type { Atlas, Source } from './types';

export type * from './types';
export type { DataIssue } from './issues';
export type { Place } from './places';
export { DataError, formatIssue } from './issues';
export { loadAtlas, type LoadResult } from './load';
export { LAYER_IDS } from './schema';
export { codePointSlice } from './codepoints';

type Loaded = { atlas: Atlas } | { error: DataError };

/**
 * The outcome of the last load: the atlas, or the error every caller gets until `reloadAtlas()`.
 * Kept on `globalThis`, so every route bundle of the server shares one atlas and an editor's save
 * (which reloads it) is seen by the pages and the API alike.
 */
const state = globalThis as typeof globalThis & { __atlasLoaded?: Loaded };

/**
 * The validated atlas, loaded once per process and kept in memory: every request would otherwise
 * re-read and re-check it. A failed load is remembered too: it is logged once, with every issue,
 * and each later call throws the same `DataError` (routes answer 503) without touching the disk
 * again. Loading again is an explicit `reloadAtlas()`, never a side effect of a request.
 * @throws {DataError} listing every issue (file, feature id, problem) when the data is invalid.
 */
export function getAtlas(): Atlas {
  const loaded = (state.__atlasLoaded ??= load());
  if ('error' in loaded) throw loaded.error;
  return loaded.atlas;
}

/**
 * Reads and checks `geodata/` again and makes the result what `getAtlas()` returns, e.g. after
 * the files changed on disk. Returns the issues (empty when the new data is valid).
 */
export function reloadAtlas(): readonly DataIssue[] {
  const loaded = (state.__atlasLoaded = load());
  // Validators remembered for the old data must not answer 304s for the new.
  forgetValidators();
  return 'error' in loaded ? loaded.error.issues : [];
}

function load(): { atlas: Atlas } | { error: DataError } {
  const { atlas, issues } = loadAtlas(DEFAULT_GEODATA_DIR);
  if (atlas) return { atlas };
  const error = new DataError(issues);
  console.error(`[data] ${error.message}\n[data] data routes answer 503 until the files are fixed and reloaded.`);
  return { error };
}

let cachedPlaces: { places: Place[] } | { error: DataError } | undefined;

/**
 * The basemap's towns with all their names, loaded once per process like the atlas (a failure
 * is remembered and logged once as well).
 * @throws {DataError} when the places file is missing or malformed.
 */
export function getPlaces(): Place[] {
  cachedPlaces ??= (() => {
    const { places, issues } = loadPlaces(DEFAULT_GEODATA_DIR);
    if (places) return { places };
    const error = new DataError(issues);
    console.error(`[data] ${error.message}`);
    return { error };
  })();
  if ('error' in cachedPlaces) throw cachedPlaces.error;
  return cachedPlaces.places;
}

/** A source (metadata and full text) by id, e.g. `003_fd8218c4c3c52676`. */
export function getSource(id: string): Source | undefined {
  return getAtlas().sourceIndex.get(id);
}

