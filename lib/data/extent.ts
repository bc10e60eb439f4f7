/**
 * Spatial and temporal extent of a layer, as the API's collection metadata and the map's
 * "zoom to layer" need them.
 */
import { bbox } from '@turf/turf';
import type { AtlasFeature } from './types';

/** [minLon, minLat, maxLon, maxLat] over all features' geometries. */
export function layerBbox(features: AtlasFeature[]): [number, number, number, number] {
  const [minX = 0, minY = 0, maxX = 0, maxY = 0] = bbox({ type: 'FeatureCollection', features });
  return [minX, minY, maxX, maxY];
}

/**
 * [earliest start, latest end] over the features' intervals; the end is `null` when any feature
 * is open-ended, because the layer then reaches the present.
 */
export function layerTemporal(features: AtlasFeature[]): [string, string | null] {
  const intervals = features.map((f) => f.properties.date.interval);
  const from = intervals.map((i) => i.from).sort()[0] ?? '';
  const ends = intervals.map((i) => i.to);
  const to = ends.includes(null) ? null : ((ends as string[]).sort().at(-1) ?? null);
  return [from, to];
}
