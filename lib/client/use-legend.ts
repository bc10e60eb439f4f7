'use client';

import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { interactiveLayerIds } from '@/lib/map/data-layers';
import { inViewOf, type InView } from '@/lib/map/legend';

/** Style layers whose rendered features the legend explains. */
const LEGEND_LAYERS = [...new Set([...interactiveLayerIds(), 'alliances-line', 'corridors-line', 'borders-line', 'selection-label'])];

/** What is drawn in view, as legend keys, updated each time the map comes to rest with its data drawn. */
export function useInView(map: MapLibreMap | undefined): InView {
  const [inView, setInView] = useState<InView>({ keys: new Set() });
  useEffect(() => {
    if (!map) return;
    const update = () => {
      const layers = LEGEND_LAYERS.filter((id) => map.getLayer(id));
      const next = inViewOf(map.queryRenderedFeatures({ layers }));
      setInView((prev) => (sameKeys(prev.keys, next.keys) ? prev : next));
    };
    map.on('idle', update);
    return () => {
      map.off('idle', update);
    };
  }, [map]);
  return inView;
}

function sameKeys(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((k) => b.has(k));
}
