'use client';

import { useCallback, useMemo } from 'react';
import type { Catalog } from '@/lib/catalog';
import { inRange, layerCounts, shownOf, shownSummary, spanOf, toggledOn, type FeatureIndex, type ViewFilters } from '@/lib/view';
import type { LayerLoads } from './use-atlas-data';

/**
 * What every part of the map page shows, from the loaded features and the filters: the view model
 * (lib/view) asked once per change, so the map, the list, the counts and the export agree.
 */
export function useAtlasView(catalog: Catalog, index: FeatureIndex, loads: LayerLoads, filters: ViewFilters) {
  const layerIds = useMemo(() => catalog.layers.map((l) => l.id), [catalog]);
  const shown = useMemo(() => shownOf(index.all, filters), [index, filters]);
  const counts = useMemo(() => layerCounts(index.all, filters, layerIds), [index, filters, layerIds]);
  /** The spans the layer and alliance toggles let through, for the density strip and play. */
  const playable = useMemo(() => toggledOn(index.all, filters).map((f) => spanOf(f.properties)), [index, filters]);
  const summary = useMemo(
    () =>
      shownSummary(
        counts,
        catalog.layers.map((l) => ({ id: l.id, title: l.title, on: filters.on[l.id], loaded: !!loads[l.id].data, failed: !!loads[l.id].error })),
        catalog.layers.reduce((n, l) => n + l.count, 0),
      ),
    [counts, catalog, filters, loads],
  );
  const inTime = useCallback(
    (id: string) => {
      const f = index.byId.get(id);
      return !!f && inRange(f.properties, filters.range);
    },
    [index, filters.range],
  );
  const nameOf = useCallback((id: string) => index.byId.get(id)?.properties.name ?? id, [index]);
  return { shown, counts, playable, summary, inTime, nameOf };
}
