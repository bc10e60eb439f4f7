/**
 * How the layer registry becomes MapLibre sources and style layers: one GeoJSON source per layer,
 * its style layers in draw order, and the way back from a rendered feature to the atlas feature it
 * draws. Components render this plan; they do not know which source holds what.
 */
import type { MapGeoJSONFeature } from 'maplibre-gl';
import { drawOrder, LAYERS, type LayerDefinition, type LayerId } from '@/lib/layers';
import type { DataLayerStyle } from './styles/types';

/** One source of the map and the style layers drawn from it, bottom to top. */
export interface SourcePlan {
  layer: LayerId;
  /** The MapLibre source id. */
  source: string;
  /** Drawn under the basemap's labels (lines and areas) rather than above everything. */
  underLabels: boolean;
  styles: readonly DataLayerStyle[];
}

/** The sources and style layers of the registry's layers, in draw order (bottom first). */
export function sourcePlan(registry: readonly LayerDefinition[] = LAYERS): SourcePlan[] {
  return drawOrder(registry).map((l) => ({
    layer: l.id as LayerId,
    source: sourceOf(l.id as LayerId),
    underLabels: l.map.underLabels,
    styles: l.map.styles,
  }));
}

/** The MapLibre source that holds a layer's features (for feature-state and queries). */
export function sourceOf(layer: LayerId): string {
  return layer;
}

/** Style layers that answer clicks and hovers, in draw order. */
export function interactiveLayerIds(registry: readonly LayerDefinition[] = LAYERS): string[] {
  return drawOrder(registry).flatMap((l) => [...l.map.interactive]);
}

/** A feature under the pointer, as the map knows it. */
export interface MapPick {
  id: string;
  layer: LayerId;
  name: string;
}

const layerOfStyle = new Map<string, LayerId>(LAYERS.flatMap((l) => l.map.styles.map((s) => [s.id, l.id] as const)));

/**
 * The distinct atlas features among rendered features (a click or hover hits every style layer
 * of a feature: its halo, its symbol, its label), top first. The layer comes from the style layer
 * that drew it, so picks do not depend on how sources are named.
 */
export function picksOf(rendered: readonly Pick<MapGeoJSONFeature, 'layer' | 'properties'>[]): MapPick[] {
  const seen = new Map<string, MapPick>();
  for (const f of rendered) {
    const layer = layerOfStyle.get(f.layer.id);
    const id = f.properties?.id;
    if (!layer || typeof id !== 'string' || seen.has(id)) continue;
    seen.set(id, { id, layer, name: String(f.properties?.name ?? id) });
  }
  return [...seen.values()];
}
