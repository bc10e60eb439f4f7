'use client';

import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { BASEMAP_LAYER_IDS, BASEMAP_SOURCE_IDS } from '@/lib/map/basemap-style';
import { sourcePlan, type SourcePlan } from '@/lib/map/data-layers';
import { setFeatureFlag, type MapTarget } from '@/lib/map/focus';
import { addPlan, addStyleLayer, drawnKey, planData, removePlan, styleLoaded, takeDrawnEarly } from '@/lib/map/draw-plan';
import { memberTintStyle } from '@/lib/map/styles/alliances';
import { OPENING_DATA_REDRAWN_MARK } from '@/lib/client/marks';
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

/** Whether the map's style has loaded, so sources and layers can be added (its sources may still be loading tiles). */
function useStyleReady(map: MapLibreMap): boolean {
  const subscribe = useCallback(
    (notify: () => void) => {
      map.on('style.load', notify);
      return () => void map.off('style.load', notify);
    },
    [map],
  );
  const loaded = useCallback(() => styleLoaded(map), [map]);
  return useSyncExternalStore(subscribe, loaded, () => false);
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
    () => addStyleLayer(map, memberTintStyle(tint.members, tint.color), BASEMAP_SOURCE_IDS.land, BASEMAP_LAYER_IDS.borders),
    [map, tint],
  );
  return null;
}

/**
 * One source and its style layers. Its data is set again only when what it draws changes (the
 * features shown, and for points and the selection, which one is selected), so a toggle re-tiles
 * the sources it affects, not every source. A source the map already drew before hydration
 * (lib/client/early-map.ts) is taken over as it is.
 */
function PlanSource({ map, plan, shown, selected, colors }: { map: MapLibreMap; plan: SourcePlan; shown: readonly MapFormFeature[]; selected: string | null; colors: Readonly<Record<string, string>> }) {
  const data = useMemo(() => planData(plan, shown, selected, colors), [plan, shown, selected, colors]);
  const key = useMemo(() => drawnKey(data, selected), [data, selected]);
  // The key stands for the data: same features, same selection, same drawing.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stable = useMemo(() => data, [key]);

  // What the source draws (so the first data is sent once, with the source).
  const latest = useRef({ data: stable, key });
  const sent = useRef<string | null>(null);
  useEffect(() => {
    latest.current = { data: stable, key };
  });

  // The source and its layers, added once, in the plan's order (sibling effects run in order).
  useEffect(() => {
    const early = takeDrawnEarly(map, plan.source);
    if (early !== undefined) {
      sent.current = early;
      if (early !== latest.current.key) performance.mark(OPENING_DATA_REDRAWN_MARK, { detail: plan.source });
    } else {
      addPlan(map, plan, latest.current.data);
      sent.current = latest.current.key;
    }
    return () => {
      removePlan(map, plan);
      sent.current = null;
    };
  }, [map, plan]);

  useEffect(() => {
    if (sent.current === null || sent.current === key) return;
    map.getSource<GeoJSONSource>(plan.source)?.setData(stable);
    sent.current = key;
  }, [map, plan, stable, key]);
  return null;
}
