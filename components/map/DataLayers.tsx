'use client';

import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { LayerId } from '@/lib/data/types';
import type { AtlasLayerState } from '@/lib/client/use-atlas-data';
import { BASEMAP_FIRST_LABEL_LAYER_ID, BASEMAP_LAYER_IDS, BASEMAP_SOURCE_IDS } from '@/lib/map/basemap-style';
import { DATA_LAYER_STYLES, memberTintStyle } from '@/lib/map/layer-styles';
import { toMapFeatures } from '@/lib/map/map-features';
import { withTimeFilter } from '@/lib/map/time-filter';
import type { TimeRange } from '@/lib/time';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/** Bottom to top: areas and links under lines, lines under point symbols. */
export const DRAW_ORDER: LayerId[] = ['borders', 'alliances', 'corridors', 'events', 'exercises'];

/** Areas and lines sit under the basemap's town labels so names stay readable; symbols sit on top. */
const UNDER_LABELS: ReadonlySet<LayerId> = new Set(['borders', 'alliances', 'corridors']);

export const INTERACTIVE_LAYER_IDS = DRAW_ORDER.flatMap((l) => [...DATA_LAYER_STYLES[l].interactive]);

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
    for (const id of DRAW_ORDER) {
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
    () => Object.fromEntries(DRAW_ORDER.map((id) => [id, DATA_LAYER_STYLES[id].styles.map((s) => withTimeFilter(s, range))])),
    [range],
  ) as Record<LayerId, ReturnType<typeof withTimeFilter>[]>;

  return (
    <>
      {tint && (
        <Layer {...memberTintStyle(tint.members, tint.color)} source={BASEMAP_SOURCE_IDS.land} beforeId={BASEMAP_LAYER_IDS.borders} />
      )}
      {DRAW_ORDER.map((id) => (
        <Source key={id} id={id} type="geojson" data={sources[id]} promoteId="id">
          {styles[id].map((style) => (
            <Layer key={style.id} {...style} beforeId={UNDER_LABELS.has(id) ? BASEMAP_FIRST_LABEL_LAYER_ID : undefined} />
          ))}
        </Source>
      ))}
    </>
  );
}
