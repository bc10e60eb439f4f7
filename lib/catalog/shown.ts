import type { LayerId } from '@/lib/data/types';
import { intervalOf, overlaps, rangeInterval, type TimeRange } from '@/lib/time';
import type { Catalog } from './index';

/** What decides whether a feature is on the map: its layer, its alliance's toggle, the time range. */
export interface ShownFilters {
  on: Record<LayerId, boolean>;
  hiddenAlliances: ReadonlySet<string>;
  range: TimeRange;
}

type CatalogFeature = Catalog['features'][number];

/**
 * Ids of the features whose interval overlaps the range, whatever the toggles (the layers panel
 * counts them per layer, so a layer that is off still says how many it would show).
 */
export function idsInRange(features: readonly CatalogFeature[], range: TimeRange): Set<string> {
  const r = rangeInterval(range);
  return new Set(features.filter((f) => overlaps(intervalOf(f.interval), r)).map((f) => f.id));
}

/**
 * Ids of the features the map shows: layer on, alliance not hidden, interval overlapping the range.
 * The one definition behind the map's count, the layers panel and the export, so that what is
 * counted is what is drawn and what is downloaded.
 */
export function shownIds(features: readonly CatalogFeature[], filters: ShownFilters): Set<string> {
  const r = rangeInterval(filters.range);
  return new Set(
    toggledOn(features, filters)
      .filter((f) => overlaps(intervalOf(f.interval), r))
      .map((f) => f.id),
  );
}

/** Features that could be shown with the current toggles, whatever the time range (for play). */
export function toggledOn(features: readonly CatalogFeature[], filters: Omit<ShownFilters, 'range'>): CatalogFeature[] {
  return features.filter((f) => filters.on[f.layer] && !(f.layer === 'alliances' && filters.hiddenAlliances.has(f.id)));
}

/**
 * Why a feature is not on the map, in the reader's words, or null when it is drawn. The side panel
 * says so, so a reader never takes a missing symbol for a missing fact.
 * @example whyHidden(lachinDrill, { on: { …, exercises: false }, … }) // 'its layer is turned off'
 */
export function whyHidden(feature: CatalogFeature, filters: ShownFilters): string | null {
  if (!filters.on[feature.layer]) return 'its layer is turned off';
  if (feature.layer === 'alliances' && filters.hiddenAlliances.has(feature.id)) return 'this alliance is turned off';
  if (!overlaps(intervalOf(feature.interval), rangeInterval(filters.range))) return 'its dates lie outside the chosen time range';
  return null;
}
