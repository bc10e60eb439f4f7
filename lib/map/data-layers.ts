/**
 * How the layer registry becomes MapLibre sources and style layers, and the way back from what the
 * pointer hits to atlas features. Point layers share one clustered source; symbolic placements have
 * a badge source; each line or area layer has its own; the selection is drawn on top. Components
 * render this plan; they do not know which source holds what.
 */
import type { MapGeoJSONFeature } from 'maplibre-gl';
import { drawOrder, LAYERS, type LayerDefinition, type LayerId } from '@/lib/layers';
import { BASEMAP_FIRST_LABEL_LAYER_ID, BASEMAP_LAYER_IDS } from './basemap-style';
import { anchorStyles, CLUSTER_PROPERTIES, CLUSTER_RADIUS, pointStyles, selectionStyles } from './styles/points';
import type { DataLayerStyle } from './styles/types';

export const POINTS_SOURCE = 'points';
export const ANCHORS_SOURCE = 'anchors';
export const SELECTION_SOURCE = 'selection';

/** One source of the map and the style layers drawn from it, bottom to top. */
export type SourcePlan = {
  source: string;
  styles: readonly DataLayerStyle[];
  /** The basemap layer these style layers go under; undefined: on top of everything. */
  beforeId?: string;
} & (
  | { role: 'shapes'; layer: LayerId }
  | { role: 'points'; layers: LayerId[]; cluster: { radius: number; properties: typeof CLUSTER_PROPERTIES } }
  | { role: 'anchors' }
  | { role: 'selection' }
);

/**
 * Lines and areas go under the basemap's town dots and names; points, badges and the selection on
 * top, where they are placed before any name, so names make room for them (styles/points.ts).
 */
const UNDER_TEXT = BASEMAP_LAYER_IDS.riverLabels;

/** The sources and style layers of the registry's layers, in draw order (bottom first). */
export function sourcePlan(registry: readonly LayerDefinition[] = LAYERS): SourcePlan[] {
  const ordered = drawOrder(registry);
  const shapes: SourcePlan[] = ordered.flatMap((l) =>
    l.map.kind === 'shapes'
      ? [{ role: 'shapes' as const, layer: l.id as LayerId, source: l.id, styles: l.map.styles, beforeId: l.map.underLabels ? BASEMAP_FIRST_LABEL_LAYER_ID : UNDER_TEXT }]
      : [],
  );
  const pointLayers = ordered.filter((l) => l.map.kind === 'points').map((l) => l.id as LayerId);
  return [
    ...shapes,
    // Badges under the points: placed after them, they take a free spot around their capital.
    { role: 'anchors', source: ANCHORS_SOURCE, styles: anchorStyles },
    { role: 'points', source: POINTS_SOURCE, layers: pointLayers, styles: pointStyles, cluster: { radius: CLUSTER_RADIUS, properties: CLUSTER_PROPERTIES } },
    { role: 'selection', source: SELECTION_SOURCE, styles: selectionStyles },
  ];
}

/** The MapLibre source that holds a layer's features (for feature-state and queries). */
export function sourceOf(layer: LayerId, registry: readonly LayerDefinition[] = LAYERS): string {
  return registry.find((l) => l.id === layer)?.map.kind === 'points' ? POINTS_SOURCE : layer;
}

const POINT_TARGETS = ['points-group', 'points-marker', 'anchors-badge', 'selection-marker', 'selection-ring'];

/** Style layers that answer clicks and hovers. */
export function interactiveLayerIds(registry: readonly LayerDefinition[] = LAYERS): string[] {
  return [...drawOrder(registry).flatMap((l) => (l.map.kind === 'shapes' ? [...l.map.interactive] : [])), ...POINT_TARGETS];
}

/** What the pointer is on: a feature, a group of nearby points, or the badge of a capital. */
export type MapPick =
  | { type: 'feature'; id: string; layer: LayerId; name: string }
  | { type: 'group'; clusterId: number; count: number }
  | { type: 'anchor'; ids: string[]; name: string };

const layerOfStyle = new Map<string, LayerId>(
  LAYERS.flatMap((l) => (l.map.kind === 'shapes' ? l.map.styles.map((s) => [s.id, l.id as LayerId] as const) : [])),
);

/**
 * The distinct things among rendered features (a click hits every style layer of a feature: its
 * halo, its marker, its label), top first. A marker, group or badge is what the pointer is aimed
 * at: when one is hit, the lines and areas under it (an alliance ending at a capital, the area a
 * site lies in) are left out, so a click on a group opens that group.
 */
export function picksOf(rendered: readonly Pick<MapGeoJSONFeature, 'layer' | 'properties'>[]): MapPick[] {
  const symbols = rendered.filter((f) => POINT_TARGETS.includes(f.layer.id));
  return distinctPicks(symbols.length > 0 ? symbols : rendered);
}

function distinctPicks(rendered: readonly Pick<MapGeoJSONFeature, 'layer' | 'properties'>[]): MapPick[] {
  const seen = new Map<string, MapPick>();
  for (const f of rendered) {
    const p = f.properties ?? {};
    const style = f.layer.id;
    if (style === 'points-group') {
      const key = `group:${p.cluster_id}`;
      if (!seen.has(key)) seen.set(key, { type: 'group', clusterId: Number(p.cluster_id), count: Number(p.point_count) });
      continue;
    }
    if (style === 'anchors-badge') {
      const key = `anchor:${p.id}`;
      if (!seen.has(key)) seen.set(key, { type: 'anchor', ids: String(p.ids ?? '').split(' ').filter(Boolean), name: String(p.name ?? '') });
      continue;
    }
    const layer = layerOfStyle.get(style) ?? (POINT_TARGETS.includes(style) ? (p.layer as LayerId | undefined) : undefined);
    const id = p.id;
    if (!layer || typeof id !== 'string' || seen.has(id)) continue;
    seen.set(id, { type: 'feature', id, layer, name: String(p.name ?? id) });
  }
  return [...seen.values()];
}
