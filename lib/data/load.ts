/**
 * Loads `geodata/` end to end: read, validate, resolve, check, and assemble the `Atlas`. Pure
 * apart from reading files; caching lives in `index.ts`.
 */
import { LAYERS, type LayerDefinition } from '@/lib/layers';
import type { LayerId } from './schema';
import type { Atlas, AtlasCollection, Layer } from './types';
import { Basemap } from './basemap';
import { DEFAULT_GEODATA_DIR, GeodataReader } from './files';
import { IssueList, type DataIssue } from './issues';
import { layerBbox, layerTemporal } from './extent';
import { collectionProblems } from './geometry';
import { readLayers } from './layers';
import { checkDuplicateClaims, checkSourceCoverage, linkFeatures, type ResolvedEntry } from './links';
import { loadConventions, placeNameProblems } from './conventions';
import { resolveFeature } from './resolve-feature';
import { loadSources } from './sources';

export interface LoadResult {
  /** Present only when there are no issues. */
  atlas?: Atlas;
  /** Every problem found, in file order; empty when the data is valid. */
  issues: DataIssue[];
}

/**
 * Reads and checks the geodata under `dir` without caching; `getAtlas()` is the cached entry point.
 * @param dir - root holding `sources/`, `layers/` and `basemap/`; default `<cwd>/geodata`.
 * @param registry - the layers to load (default: the atlas's layer registry).
 * @param overrides - file contents by path under `dir` that stand in for the files on disk: a
 *   change is checked exactly as `check:data` would check it once written.
 */
export function loadAtlas(
  dir: string = DEFAULT_GEODATA_DIR,
  registry: readonly LayerDefinition[] = LAYERS,
  overrides: ReadonlyMap<string, Buffer> = new Map(),
): LoadResult {
  const issues = new IssueList();
  const reader = new GeodataReader(dir, issues, overrides);
  const { sources, listed } = loadSources(reader, issues);
  const basemap = new Basemap(reader, issues);
  const inputs = readLayers(reader, issues, registry);
  const conventions = loadConventions(reader, issues);
  const sourceMap = new Map(sources.map((s) => [s.id, s]));

  const entries: ResolvedEntry[] = [];
  const cited = new Set<string>();
  for (const layer of inputs.layers) {
    const ctx = { file: layer.file, sources: sourceMap, listed, basemap, issues, ...(conventions ? { conventions } : {}) };
    for (const f of layer.features) {
      for (const c of f.properties.citations) cited.add(c.source);
      const feature = resolveFeature(f, ctx);
      if (feature) entries.push({ file: layer.file, feature, spatialChecks: f.properties.spatialChecks, related: f.properties.related });
    }
  }
  linkFeatures(entries, inputs.ids, issues);
  checkDuplicateClaims(entries, issues);
  if (conventions) {
    for (const place of basemap.placeNames() ?? []) {
      for (const p of placeNameProblems(place, conventions)) issues.add(reader.file('basemap/places.geojson'), p);
    }
  }
  if (listed !== null) checkSourceCoverage(sources, cited, reader.file('sources/sources.json'), issues);

  const layers = {} as Record<LayerId, Layer>;
  registry.forEach((def, i) => {
    const { id, file } = inputs.layers[i]!;
    const features = entries.filter((e) => e.feature.properties.layer === id).map((e) => e.feature);
    const collection: AtlasCollection = { type: 'FeatureCollection', features };
    for (const p of collectionProblems(collection)) issues.add(file, `output is not valid GeoJSON: ${p}`);
    if (features.length === 0) return;
    const { title, description, kinds } = def;
    layers[id] = { id, title, description, kinds, collection, bbox: layerBbox(features), temporal: layerTemporal(features) };
  });
  if (issues.count > 0 || inputs.layers.some(({ id }) => !layers[id])) return { issues: issues.items };

  const atlas: Atlas = {
    sources,
    sourceIndex: sourceMap,
    layers,
    layerIds: inputs.layers.map((l) => l.id),
    features: new Map(entries.map((e) => [e.feature.id, e.feature])),
    version: reader.version(),
    // Defined here: an unusable conventions file is an issue, and issues return above.
    conventions: conventions!,
  };
  return { atlas: deepFreeze(atlas), issues: [] };
}

/**
 * The atlas is shared by every request in the process; freezing it turns an accidental mutation
 * in a route or component into an immediate error instead of corrupted data for later requests.
 */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    // A position ([lon, lat]) holds only numbers: frozen without a look at each.
    if (Array.isArray(value) && typeof value[0] === 'number') return value;
    const children = value instanceof Map ? value.values() : Object.values(value as object);
    for (const child of children) if (child !== null && typeof child === 'object') deepFreeze(child);
  }
  return value;
}
