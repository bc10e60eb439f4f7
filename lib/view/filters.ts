/**
 * The view filters: what the reader chose to see. Which layers are on, which single features of a
 * toggle-each layer (alliances) are hidden, and the time range.
 */
import type { LayerId } from '@/lib/layers';
import type { TimeRange } from '@/lib/time';

export interface ViewFilters {
  on: Readonly<Record<LayerId, boolean>>;
  /** Features hidden one by one (alliances), by id. */
  hidden: ReadonlySet<string>;
  range: TimeRange;
}

/** A feature as the view model sees it: its id, its layer and the span its dates cover (ms). */
export interface Viewable {
  id: string;
  layer: LayerId;
  /** Epoch ms, both ends included; `to: null` is open-ended. */
  from: number;
  to: number | null;
}

/** A feature whose properties carry the view-model facts (the map form does). */
export interface ViewableFeature {
  properties: Viewable;
}
