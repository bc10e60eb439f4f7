import type { MapFormCollection, MapFormFeature } from './map-form';

/** The loaded features of every layer, by id and as one list, built once per load. */
export interface FeatureIndex {
  /** Every loaded feature, layer by layer in the order given. */
  all: MapFormFeature[];
  byId: ReadonlyMap<string, MapFormFeature>;
}

/** Indexes the loaded layers (a layer still loading or failed is `undefined` and adds nothing). */
export function featureIndex(layers: readonly (MapFormCollection | undefined)[]): FeatureIndex {
  const all = layers.flatMap((l) => l?.features ?? []);
  return { all, byId: new Map(all.map((f) => [f.id, f])) };
}
