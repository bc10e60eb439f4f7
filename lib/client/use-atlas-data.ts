'use client';

import { useCallback, useEffect, useState } from 'react';
import type { LayerId } from '@/lib/data/types';
import type { ItemFeature } from '@/lib/ogc/feature';
import type { docBbox, search, SearchIndex } from '@/lib/search';
import type { SearchCorpus } from '@/lib/search/corpus';
import type { MapFormCollection } from '@/lib/view/map-form';
import { searchApiPath, staticSearchPath } from '@/lib/url/links';
import { type ApiRequestError, fetcher } from './fetcher';
import { mapLayerFile, publishedOrApi } from './map-layer-files';
import { useFetched } from './use-fetched';

/** A layer's map form as it loads: `data` once it arrived, `error` if it could not. */
export interface LayerLoad {
  data?: MapFormCollection;
  error?: ApiRequestError;
  loading: boolean;
}
export type LayerLoads = Record<LayerId, LayerLoad>;

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
      mapLayerFile(version, layer).then(
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
  return useFetched<ItemFeature>(layer && id ? `/api/collections/${layer}/items/${encodeURIComponent(id)}` : null, fetcher);
}

/** The search box's engine: the index of every name, and the functions that search it. */
export interface SearchEngine {
  index: SearchIndex;
  search: typeof search;
  docBbox: typeof docBbox;
}

/**
 * The names the search box searches and the code that searches them, fetched together once
 * wanted (the first time the reader comes to the box), so the first view carries neither.
 */
export function useSearchEngine(wanted: boolean, version: string, onArrive?: (engine: SearchEngine) => void) {
  return useFetched<SearchEngine>(
    wanted ? staticSearchPath(version) : null,
    async (url) => {
      const [corpus, lib] = await Promise.all([publishedOrApi<SearchCorpus>(url, searchApiPath(version)), import('@/lib/search')]);
      return { index: lib.buildSearchIndex(corpus.features, corpus.places), search: lib.search, docBbox: lib.docBbox };
    },
    onArrive,
  );
}
