'use client';

import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { BASEMAP_LAYER_IDS, BASEMAP_SOURCE_IDS } from '@/lib/map/basemap-style';
import { sourcePlan, type SourcePlan } from '@/lib/map/data-layers';
import { setFeatureFlag, type MapTarget } from '@/lib/map/focus';
import { anchorFeatures, pointFeatures, selectionFeatures, shapeFeatures, type MapCollection } from '@/lib/map/map-features';
import { memberTintStyle } from '@/lib/map/styles/alliances';
import { CLUSTER_MAX_ZOOM } from '@/lib/map/styles/points';
import type { DataLayerStyle } from '@/lib/map/styles/types';
import type { MapFormFeature } from '@/lib/view/map-form';

const PLAN = sourcePlan();

interface Props {
  map: MapLibreMap;
  /** The features the view model shows; the map draws exactly these. */
  shown: readonly MapFormFeature[];
  selected: MapTarget | null;
  allianceColors: Readonly<Record<string, string>>;
  /** Member states to tint: those of the selected alliance. */
  tint: { members: string[]; color: string } | null;
}

/** The data of one source of the plan. */
function dataOf(plan: SourcePlan, shown: readonly MapFormFeature[], selected: string | null, colors: Readonly<Record<string, string>>): MapCollection {
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

/** Whether the map's style has loaded, so sources and layers can be added (its sources may still be loading tiles). */
function useStyleReady(map: MapLibreMap): boolean {
  const subscribe = useCallback(
    (notify: () => void) => {
      map.on('style.load', notify);
      return () => void map.off('style.load', notify);
    },
    [map],
  );
  const loaded = useCallback(() => (map as unknown as { style?: { _loaded?: boolean } }).style?._loaded === true, [map]);
  return useSyncExternalStore(subscribe, loaded, () => false);
}

/** Adds a style layer for a source, under `beforeId` when that layer is there; returns how to take it out again. */
function addLayer(map: MapLibreMap, style: DataLayerStyle, source: string, beforeId?: string): () => void {
  map.addLayer({ ...style, source } as LayerSpecification, beforeId && map.getLayer(beforeId) ? beforeId : undefined);
  return () => {
    // The map may be gone (the page left) before its layers are.
    if (map.style && map.getLayer(style.id)) map.removeLayer(style.id);
  };
}

/**
 * The data layers, as sources and style layers in the plan's order. Every source stays on the
 * map (empty when nothing of it is shown) so the draw order never changes when a layer is toggled
 * back on.
 */
export default function DataLayers({ map, shown, selected, allianceColors, tint }: Props) {
  const ready = useStyleReady(map);
  if (!ready) return null;
  return (
    <>
      {tint && <MemberTint map={map} tint={tint} />}
      {PLAN.map((plan) => (
        <PlanSource key={plan.source} map={map} plan={plan} shown={shown} selected={selected?.id ?? null} colors={allianceColors} />
      ))}
      <SelectedFlag map={map} selected={selected} shown={shown} />
    </>
  );
}

/**
 * Keeps the selected feature highlighted (its feature state), also after the shown features
 * change. After the sources in the tree, so its effect runs once they are on the map.
 */
function SelectedFlag({ map, selected, shown }: { map: MapLibreMap; selected: MapTarget | null; shown: readonly MapFormFeature[] }) {
  useEffect(() => {
    setFeatureFlag(map, selected, 'selected', true);
    return () => setFeatureFlag(map, selected, 'selected', false);
  }, [map, selected, shown]);
  return null;
}

/** The selected alliance's member states, tinted on the basemap's land under its borders. */
function MemberTint({ map, tint }: { map: MapLibreMap; tint: { members: string[]; color: string } }) {
  useEffect(
    () => addLayer(map, memberTintStyle(tint.members, tint.color), BASEMAP_SOURCE_IDS.land, BASEMAP_LAYER_IDS.borders),
    [map, tint],
  );
  return null;
}

/**
 * One source and its style layers. Its data is set again only when what it draws changes (the
 * features shown, and for points and the selection, which one is selected), so a toggle re-tiles
 * the sources it affects, not every source.
 */
function PlanSource({ map, plan, shown, selected, colors }: { map: MapLibreMap; plan: SourcePlan; shown: readonly MapFormFeature[]; selected: string | null; colors: Readonly<Record<string, string>> }) {
  const data = useMemo(() => dataOf(plan, shown, selected, colors), [plan, shown, selected, colors]);
  // Within a data version a feature's drawing depends only on itself and on whether it is selected.
  const key = useMemo(() => `${selected}|${data.features.map((f) => f.id).join(',')}`, [data, selected]);
  // The key stands for the data: same features, same selection, same drawing.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stable = useMemo(() => data, [key]);

  // The data the source has (so the first data is sent once, with the source).
  const latest = useRef(stable);
  const sent = useRef<MapCollection | null>(null);
  useEffect(() => {
    latest.current = stable;
  });

  // The source and its layers, added once, in the plan's order (sibling effects run in order).
  useEffect(() => {
    const cluster = plan.role === 'points' ? { cluster: true, clusterRadius: plan.cluster.radius, clusterMaxZoom: CLUSTER_MAX_ZOOM, clusterProperties: plan.cluster.properties } : {};
    map.addSource(plan.source, { type: 'geojson', data: latest.current, promoteId: 'id', ...cluster });
    sent.current = latest.current;
    const removals = plan.styles.map((style) => addLayer(map, style, plan.source, plan.beforeId));
    return () => {
      for (const remove of removals.reverse()) remove();
      if (map.style && map.getSource(plan.source)) map.removeSource(plan.source);
      sent.current = null;
    };
  }, [map, plan]);

  useEffect(() => {
    if (sent.current === null || sent.current === stable) return;
    map.getSource<GeoJSONSource>(plan.source)?.setData(stable);
    sent.current = stable;
  }, [map, plan, stable]);
  return null;
}
