/**
 * The layer registry: every layer of the atlas, in the order the API, the URL and the layer toggles
 * list them. Everything that iterates over layers (the loader, the API, the map, the legend) reads
 * this list; nothing else names the layers.
 */
import { alliances } from './alliances';
import { borders } from './borders';
import { corridors } from './corridors';
import { events } from './events';
import { exercises } from './exercises';
import type { LayerDefinition } from './types';

export type { GeometryClass, LayerDefinition, LegendEntry, Swatch } from './types';

export const LAYERS = [exercises, corridors, borders, alliances, events] as const;

export type LayerId = (typeof LAYERS)[number]['id'];

export const LAYER_IDS = LAYERS.map((l) => l.id) as unknown as readonly [LayerId, ...LayerId[]];

/** Kinds per layer, as the schema and the API's `kind` filter need them. */
export const KINDS = Object.fromEntries(LAYERS.map((l) => [l.id, l.kinds])) as {
  [L in (typeof LAYERS)[number] as L['id']]: L['kinds'];
};

/** A layer's definition by id (undefined for an unknown id, so callers can answer 404). */
export function layerById(id: string, registry: readonly LayerDefinition[] = LAYERS): LayerDefinition | undefined {
  return registry.find((l) => l.id === id);
}

/** Layers bottom to top, as the map stacks them. */
export function drawOrder<L extends LayerDefinition>(registry: readonly L[]): L[] {
  return [...registry].sort((a, b) => a.map.order - b.map.order);
}
