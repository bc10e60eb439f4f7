'use client';

import type { Map as MapLibreMap } from 'maplibre-gl';
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { Bbox } from '@/lib/geo/bbox';
import { viewBbox } from '@/lib/map/focus';

/**
 * The atlas map and how the map component announces it, so components beside the map (search,
 * list, legend, camera) can reach it without prop drilling (components/map/AtlasMapProvider.tsx).
 */
export const AtlasMapContext = createContext<{ map: MapLibreMap | undefined; setMap: (map: MapLibreMap | undefined) => void }>({
  map: undefined,
  setMap: () => {},
});

/** The live MapLibre map once it exists (undefined before, and on the server). */
export function useAtlasMap(): MapLibreMap | undefined {
  return useContext(AtlasMapContext).map;
}

/** Last settled view per map: updated on `moveend`, so the list does not churn mid-animation. */
const settled = new WeakMap<MapLibreMap, Bbox>();

function settledView(map: MapLibreMap): Bbox {
  let view = settled.get(map);
  if (!view) {
    view = viewBbox(map);
    settled.set(map, view);
  }
  return view;
}

/** The map's visible area, as of the end of the last move or resize; null before the map exists. */
export function useViewBbox(map: MapLibreMap | undefined): Bbox | null {
  const subscribe = useCallback(
    (notify: () => void) => {
      if (!map) return () => {};
      const update = () => {
        const next = viewBbox(map);
        const prev = settled.get(map);
        if (!prev || prev.some((v, i) => v !== next[i])) {
          settled.set(map, next);
          notify();
        }
      };
      map.on('moveend', update);
      map.on('resize', update);
      return () => {
        map.off('moveend', update);
        map.off('resize', update);
      };
    },
    [map],
  );
  const snapshot = useCallback(() => (map ? settledView(map) : null), [map]);
  return useSyncExternalStore(subscribe, snapshot, () => null);
}
