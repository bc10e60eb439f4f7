'use client';

import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import { BASEMAP_LAYER_IDS, BASEMAP_SOURCE_IDS } from '@/lib/map/basemap-style';
import { sourcePlan, type SourcePlan } from '@/lib/map/data-layers';
import { anchorFeatures, pointFeatures, selectionFeatures, shapeFeatures, type MapCollection } from '@/lib/map/map-features';
import { memberTintStyle } from '@/lib/map/styles/alliances';
import { CLUSTER_MAX_ZOOM } from '@/lib/map/styles/points';
import type { MapFormFeature } from '@/lib/view/map-form';

const PLAN = sourcePlan();

interface Props {
  /** The features the view model shows; the map draws exactly these. */
  shown: readonly MapFormFeature[];
  selected: string | null;
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

/**
 * The data layers, as sources and style layers in the plan's order. Every source stays mounted
 * (empty when nothing of it is shown) so the draw order never changes when a layer is toggled back
 * on.
 */
export default function DataLayers({ shown, selected, allianceColors, tint }: Props) {
  return (
    <>
      {tint && (
        <Layer {...memberTintStyle(tint.members, tint.color)} source={BASEMAP_SOURCE_IDS.land} beforeId={BASEMAP_LAYER_IDS.borders} />
      )}
      {PLAN.map((plan) => (
        <PlanSource key={plan.source} plan={plan} shown={shown} selected={selected} colors={allianceColors} />
      ))}
    </>
  );
}

/**
 * One source and its style layers. Its data is rebuilt only when what it draws changes (the
 * features shown, and for points and the selection, which one is selected), so a toggle re-tiles
 * the sources it affects, not every source.
 */
function PlanSource({ plan, shown, selected, colors }: { plan: SourcePlan; shown: readonly MapFormFeature[]; selected: string | null; colors: Readonly<Record<string, string>> }) {
  const data = useMemo(() => dataOf(plan, shown, selected, colors), [plan, shown, selected, colors]);
  // Within a data version a feature's drawing depends only on itself and on whether it is selected.
  const key = useMemo(() => `${selected}|${data.features.map((f) => f.id).join(',')}`, [data, selected]);
  // The key stands for the data: same features, same selection, same drawing.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stable = useMemo(() => data, [key]);
  const cluster = plan.role === 'points' ? { cluster: true, clusterRadius: plan.cluster.radius, clusterMaxZoom: CLUSTER_MAX_ZOOM, clusterProperties: plan.cluster.properties } : {};
  return (
    <Source id={plan.source} type="geojson" data={stable} promoteId="id" {...cluster}>
      {plan.styles.map((style) => (
        <Layer key={style.id} {...style} beforeId={plan.beforeId} />
      ))}
    </Source>
  );
}
