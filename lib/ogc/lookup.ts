import { notFound, quoted } from '@/lib/http';
import type { Atlas, AtlasFeature, Layer, LayerId, Source } from '@/lib/data/types';

function isLayerId(atlas: Atlas, id: string): id is LayerId {
  return (atlas.layerIds as readonly string[]).includes(id);
}

/**
 * The layer named in the path, or a 404. Ids are checked against the closed list first, so
 * `constructor` or `__proto__` cannot reach an object's prototype.
 */
export function findLayer(atlas: Atlas, id: string): Layer {
  const layer = isLayerId(atlas, id) ? atlas.layers[id] : undefined;
  if (!layer) throw notFound(`No collection ${quoted(id)}. Collections: ${atlas.layerIds.join(', ')}.`);
  return layer;
}

/** A feature of the given layer, or a 404 (a feature of another layer is not in this collection). */
export function findLayerFeature(atlas: Atlas, layer: Layer, id: string): AtlasFeature {
  const feature = atlas.features.get(id);
  if (!feature || feature.properties.layer !== layer.id) throw notFound(`No feature ${quoted(id)} in collection "${layer.id}".`);
  return feature;
}

/** A source by id, or a 404. Only the in-memory list is searched: ids never reach the filesystem. */
export function findSource(atlas: Atlas, id: string): Source {
  const source = atlas.sourceIndex.get(id);
  if (!source) throw notFound(`No source ${quoted(id)}.`);
  return source;
}

/** Ids of the alliances layer's features: the values the `alliance` filter accepts. */
export function allianceIds(atlas: Atlas): string[] {
  return atlas.layers.alliances.collection.features.map((f) => f.id);
}

/** The layers in their canonical order (the order of the map legend and of `/collections`). */
export function layersOf(atlas: Atlas): Layer[] {
  return atlas.layerIds.map((id) => atlas.layers[id]);
}
