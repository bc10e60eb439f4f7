import type { LayerId } from '@/lib/data/types';
import type { TimeRange } from '@/lib/time';

/** The map's camera as the URL keeps it. */
export interface MapView {
  lng: number;
  lat: number;
  zoom: number;
}

/**
 * Everything a shared link restores: the selected feature, the camera, which layers are on, which
 * alliances are hidden and the time range. Defaults are left out of the URL, so a plain
 * `/?feature=<id>` (the link back from the source reader) stays what it is.
 */
export interface UrlState {
  feature: string | null;
  /** `null`: the opening frame on the region. */
  view: MapView | null;
  on: Record<LayerId, boolean>;
  /** Hidden alliance ids, sorted. */
  hidden: string[];
  range: TimeRange;
}

/** What the URL is read against: unknown ids are dropped, a range outside the data is clamped. */
export interface UrlContext {
  layers: readonly LayerId[];
  alliances: readonly string[];
  /** Known feature ids; an unknown `feature` is ignored. */
  features: { has(id: string): boolean };
  extent: TimeRange;
}

/** The query parameters this module owns; any others in the URL are kept as they are. */
export const URL_KEYS = ['feature', 'at', 'layers', 'hide', 'from', 'to'] as const;

/** Decimals kept in `at`: 4 places of a degree is about 10 m, 2 of zoom is invisible. */
export const VIEW_DECIMALS = { lngLat: 4, zoom: 2 } as const;

/** The state of a page opened without parameters. */
export function defaultUrlState(ctx: UrlContext): UrlState {
  return {
    feature: null,
    view: null,
    on: Object.fromEntries(ctx.layers.map((l) => [l, true])) as Record<LayerId, boolean>,
    hidden: [],
    range: { ...ctx.extent },
  };
}
