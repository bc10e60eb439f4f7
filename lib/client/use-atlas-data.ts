'use client';

import { useCallback, useEffect, useState } from 'react';
import useSWR from 'swr';
import type { LayerId } from '@/lib/data/types';
import type { ItemFeature } from '@/lib/ogc/feature';
import type { SearchCorpus } from '@/lib/search/corpus';
import type { MapFormCollection } from '@/lib/view/map-form';
import { fetcher, type ApiRequestError } from './fetcher';

/** A layer's map form as it loads: `data` once it arrived, `error` if it could not. */
export interface LayerLoad {
  data?: MapFormCollection;
  error?: ApiRequestError;
  loading: boolean;
}
export type LayerLoads = Record<LayerId, LayerLoad>;

const mapFormUrl = (layer: LayerId, version: string) => `/api/map/${layer}?v=${encodeURIComponent(version)}`;

/**
 * Every layer's features in map form, fetched once per data version whatever the toggles: the
 * counts, the list, search results and the time control need the layers that are off too. Each
 * layer loads, fails and is retried on its own, so one failing layer never hides the others.
 */
export function useMapLayers(layers: readonly LayerId[], version: string) {
  const [loads, setLoads] = useState<LayerLoads>(
    () => Object.fromEntries(layers.map((l) => [l, { loading: true }])) as LayerLoads,
  );

  const load = useCallback(
    (layer: LayerId) => {
      let live = true;
      setLoads((prev) => ({ ...prev, [layer]: { ...prev[layer], error: undefined, loading: true } }));
      fetcher<MapFormCollection>(mapFormUrl(layer, version)).then(
        (data) => live && setLoads((prev) => ({ ...prev, [layer]: { data, loading: false } })),
        (error: ApiRequestError) => live && setLoads((prev) => ({ ...prev, [layer]: { error, loading: false } })),
      );
      return () => {
        live = false;
      };
    },
    [version],
  );

  useEffect(() => {
    const cancels = layers.map(load);
    return () => cancels.forEach((cancel) => cancel());
  }, [layers, load]);

  return { loads, retry: load };
}

/** One feature with its citations resolved, for the side panel. */
export function useFeatureDetail(layer: LayerId | undefined, id: string | null) {
  return useSWR<ItemFeature, ApiRequestError>(
    layer && id ? `/api/collections/${layer}/items/${encodeURIComponent(id)}` : null,
    fetcher,
    { revalidateOnFocus: false },
  );
}

/** The names the search box searches, fetched once wanted (when idle, or the first time the reader searches). */
export function useSearchCorpus(wanted: boolean, version: string, onArrive?: (corpus: SearchCorpus) => void) {
  return useSWR<SearchCorpus, ApiRequestError>(wanted ? `/api/search?v=${encodeURIComponent(version)}` : null, fetcher, {
    revalidateOnFocus: false,
    onSuccess: onArrive,
  });
}
