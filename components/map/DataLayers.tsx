'use client';

import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { LayerId } from '@/lib/data/types';
import type { AtlasLayerState } from '@/lib/client/use-atlas-data';
import { BASEMAP_FIRST_LABEL_LAYER_ID, BASEMAP_LAYER_IDS, BASEMAP_SOURCE_IDS } from '@/lib/map/basemap-style';
import { sourcePlan } from '@/lib/map/data-layers';
import { toMapFeatures } from '@/lib/map/map-features';
import { memberTintStyle } from '@/lib/map/styles/alliances';
import { withTimeFilter } from '@/lib/map/time-filter';
import type { TimeRange } from '@/lib/time';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };
const PLAN = sourcePlan();

interface Props {
  layers: AtlasLayerState;
  on: Record<LayerId, boolean>;
  hiddenAlliances: ReadonlySet<string>;
  allianceColors: Record<string, string>;
  /** Member states to tint: those of the selected alliance. */
  tint: { members: string[]; color: string } | null;
  /** Only features whose dates overlap this range are drawn (a filter on every style layer). */
  range: TimeRange;
}

/**
 * Every data layer stays mounted (empty while off) so the draw order never changes when a
 * layer is toggled back on.
 */
export default function DataLayers({ layers, on, hiddenAlliances, allianceColors, tint, range }: Props) {
  const sources = useMemo(() => {
    const out = {} as Record<LayerId, ReturnType<typeof toMapFeatures> | typeof EMPTY>;
    for (const { layer: id } of PLAN) {
      const data = on[id] ? layers[id].data : undefined;
      if (!data) {
        out[id] = EMPTY;
        continue;
      }
      const features = id === 'alliances' ? data.features.filter((f) => !hiddenAlliances.has(f.id)) : data.features;
      out[id] = toMapFeatures(features, id === 'alliances' ? allianceColors : {});
    }
    return out;
  }, [layers, on, hiddenAlliances, allianceColors]);

  const styles = useMemo(
    () => Object.fromEntries(PLAN.map((p) => [p.layer, p.styles.map((s) => withTimeFilter(s, range))])),
    [range],
  ) as Record<LayerId, ReturnType<typeof withTimeFilter>[]>;

  return (
    <>
      {tint && (
        <Layer {...memberTintStyle(tint.members, tint.color)} source={BASEMAP_SOURCE_IDS.land} beforeId={BASEMAP_LAYER_IDS.borders} />
      )}
      {PLAN.map(({ layer, source, underLabels }) => (
        <Source key={source} id={source} type="geojson" data={sources[layer]} promoteId="id">
          {styles[layer].map((style) => (
            <Layer key={style.id} {...style} beforeId={underLabels ? BASEMAP_FIRST_LABEL_LAYER_ID : undefined} />
          ))}
        </Source>
      ))}
    </>
  );
}
