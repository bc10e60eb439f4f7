/**
 * What the count under the map says: how many features are drawn out of how many the atlas holds,
 * and which layers are still loading or failed, so the page never claims more than it shows.
 */
import type { LayerId } from '@/lib/layers';
import type { LayerCount } from './shown';

export interface LayerLoadState {
  id: LayerId;
  title: string;
  on: boolean;
  loaded: boolean;
  failed: boolean;
}

export interface ShownSummary {
  /** Features drawn now. */
  shown: number;
  /** Features the atlas holds (from the catalog, whether loaded or not). */
  total: number;
  /** Layers that are on and still loading; the count will grow when they arrive. */
  loading: string[];
  /** Layers that are on and could not load: their features are not drawn. */
  failed: { id: LayerId; title: string }[];
}

/** The summary for the current counts and loads. Layers that are off are neither loading nor failed to the reader. */
export function shownSummary(counts: Readonly<Record<LayerId, LayerCount>>, layers: readonly LayerLoadState[], total: number): ShownSummary {
  let shown = 0;
  for (const l of layers) shown += counts[l.id]?.shown ?? 0;
  return {
    shown,
    total,
    loading: layers.filter((l) => l.on && !l.loaded && !l.failed).map((l) => l.title),
    failed: layers.filter((l) => l.on && l.failed).map(({ id, title }) => ({ id, title })),
  };
}
