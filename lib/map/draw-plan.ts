/**
 * A source of the plan (data-layers.ts) put on a map: its data for what the view model shows, the
 * GeoJSON source and its style layers, and how to take them off again. Used by the map component
 * (components/map/DataLayers.tsx) and by the map started before hydration (lib/client/early-map.ts),
 * which draws the page's opening data at once; the component then takes those sources over as
 * they are, and sets their data again only when what they draw differs.
 */
import type { GeoJSONSourceSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { MapFormFeature } from '@/lib/view/map-form';
import type { SourcePlan } from './data-layers';
import { anchorFeatures, pointFeatures, selectionFeatures, shapeFeatures, type MapCollection } from './map-features';
import { CLUSTER_MAX_ZOOM } from './styles/points';
import type { DataLayerStyle } from './styles/types';

/** The data of one source of the plan. */
export function planData(plan: SourcePlan, shown: readonly MapFormFeature[], selected: string | null, colors: Readonly<Record<string, string>>): MapCollection {
  switch (plan.role) {
    case 'shapes':
      return shapeFeatures(shown, plan.layer, colors);
    case 'points':
      return pointFeatures(shown, selected);
    case 'anchors':
      return anchorFeatures(shown);
    case 'selection':
      return selectionFeatures(shown, selected);
  }
}

/**
 * What a source draws, as a string: within a data version a feature's drawing depends only on
 * itself and on whether it is selected, so the same features with the same selection draw the same.
 */
export function drawnKey(data: MapCollection, selected: string | null): string {
  return `${selected}|${data.features.map((f) => f.id).join(',')}`;
}

/** The GeoJSON source of a plan's source (points clustered). */
export function sourceSpec(plan: SourcePlan, data: MapCollection): GeoJSONSourceSpecification {
  const cluster =
    plan.role === 'points'
      ? { cluster: true, clusterRadius: plan.cluster.radius, clusterMaxZoom: CLUSTER_MAX_ZOOM, clusterProperties: plan.cluster.properties }
      : {};
  return { type: 'geojson', data, promoteId: 'id', ...cluster } as GeoJSONSourceSpecification;
}

/** Adds a style layer for a source, under `beforeId` when that layer is there; returns how to take it out again. */
export function addStyleLayer(map: MapLibreMap, style: DataLayerStyle, source: string, beforeId?: string): () => void {
  map.addLayer({ ...style, source } as LayerSpecification, beforeId && map.getLayer(beforeId) ? beforeId : undefined);
  return () => {
    // The map may be gone (the page left) before its layers are.
    if (map.style && map.getLayer(style.id)) map.removeLayer(style.id);
  };
}

/** Takes a plan's style layers and its source off the map (those that are there). */
export function removePlan(map: MapLibreMap, plan: SourcePlan): void {
  if (!map.style) return;
  for (const style of [...plan.styles].reverse()) if (map.getLayer(style.id)) map.removeLayer(style.id);
  if (map.getSource(plan.source)) map.removeSource(plan.source);
}

/** Puts a plan's source with `data` and its style layers on the map, in the plan's order. */
export function addPlan(map: MapLibreMap, plan: SourcePlan, data: MapCollection): void {
  map.addSource(plan.source, sourceSpec(plan, data));
  for (const style of plan.styles) addStyleLayer(map, style, plan.source, plan.beforeId);
}

/** Whether the map's style has loaded, so sources and layers can be added (its sources may still be loading tiles). */
export function styleLoaded(map: MapLibreMap): boolean {
  return (map as unknown as { style?: { _loaded?: boolean } }).style?._loaded === true;
}

/** Sources drawn before the component took the map over, with what each draws. */
const drawnEarly = new WeakMap<MapLibreMap, Map<string, string>>();

/** Records that `source` is on the map drawing `key` (drawnKey), for the component to take over. */
export function markDrawnEarly(map: MapLibreMap, source: string, key: string): void {
  let sources = drawnEarly.get(map);
  if (!sources) drawnEarly.set(map, (sources = new Map()));
  sources.set(source, key);
}

/**
 * What `source` draws when it was put on the map before the component took the map over and is
 * still there (then the component keeps it as it is); undefined otherwise. Once taken, it is the
 * component's: a second call answers undefined.
 */
export function takeDrawnEarly(map: MapLibreMap, source: string): string | undefined {
  const sources = drawnEarly.get(map);
  const key = sources?.get(source);
  sources?.delete(source);
  return key !== undefined && map.getSource(source) ? key : undefined;
}
