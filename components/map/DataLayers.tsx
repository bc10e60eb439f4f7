'use client';

import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { LayerId } from '@/lib/data/types';
import { BASEMAP_FIRST_LABEL_LAYER_ID, BASEMAP_LAYER_IDS, BASEMAP_SOURCE_IDS } from '@/lib/map/basemap-style';
import { sourcePlan, type SourcePlan } from '@/lib/map/data-layers';
import { toMapFeatures } from '@/lib/map/map-features';
import { memberTintStyle } from '@/lib/map/styles/alliances';
import type { MapFormFeature } from '@/lib/view/map-form';

const PLAN = sourcePlan();

interface Props {
  /** The features the view model shows; the map draws exactly these. */
  shown: readonly MapFormFeature[];
  allianceColors: Readonly<Record<string, string>>;
  /** Member states to tint: those of the selected alliance. */
  tint: { members: string[]; color: string } | null;
}

/**
 * The data layers, as sources and style layers in the plan's order. Every source stays mounted
 * (empty when nothing of it is shown) so the draw order never changes when a layer is toggled back
 * on.
 */
export default function DataLayers({ shown, allianceColors, tint }: Props) {
  const byLayer = useMemo(() => {
    const out = new Map<LayerId, MapFormFeature[]>(PLAN.map((p) => [p.layer, []]));
    for (const f of shown) out.get(f.properties.layer)?.push(f);
    return out;
  }, [shown]);

  return (
    <>
      {tint && (
        <Layer {...memberTintStyle(tint.members, tint.color)} source={BASEMAP_SOURCE_IDS.land} beforeId={BASEMAP_LAYER_IDS.borders} />
      )}
      {PLAN.map((plan) => (
        <LayerSource key={plan.source} plan={plan} features={byLayer.get(plan.layer) ?? []} colors={allianceColors} />
      ))}
    </>
  );
}

/**
 * One source and its style layers. Its data is rebuilt only when its own features change, so a
 * toggle or a new time range re-tiles the layers it affects, not every layer.
 */
function LayerSource({ plan, features, colors }: { plan: SourcePlan; features: MapFormFeature[]; colors: Readonly<Record<string, string>> }) {
  const key = features.map((f) => f.id).join('\n');
  // The key stands for the features: same ids in the same order, same drawing.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const data = useMemo(() => toMapFeatures(features, colors), [key, colors]);
  return (
    <Source id={plan.source} type="geojson" data={data} promoteId="id">
      {plan.styles.map((style) => (
        <Layer key={style.id} {...style} beforeId={plan.underLabels ? BASEMAP_FIRST_LABEL_LAYER_ID : undefined} />
      ))}
    </Source>
  );
}
