/**
 * The one view model: whether a feature is on the map now and, if not, why; what would bring it
 * back; and the counts the layer toggles and the time control show. The map's data, the list, the
 * counts and the export all ask these functions, so what is counted is what is drawn and what is
 * downloaded.
 */
import { LAYERS, layerById, type LayerDefinition, type LayerId } from '@/lib/layers';
import { overlaps, rangeInterval, type Interval, type TimeRange } from '@/lib/time';
import type { ViewFilters, Viewable, ViewableFeature } from './filters';

/** Why a feature is not drawn. */
export type HiddenReason = 'layer-off' | 'hidden-alone' | 'out-of-time';

/** The feature's span as a lib/time interval. */
export function spanOf(f: Pick<Viewable, 'from' | 'to'>): Interval {
  return { from: f.from, to: f.to ?? Infinity };
}

/** Whether the feature's dates overlap the range. */
export function inRange(f: Pick<Viewable, 'from' | 'to'>, range: TimeRange): boolean {
  return overlaps(spanOf(f), rangeInterval(range));
}

/** Whether the layer lets the reader hide its features one by one (alliances). */
export function togglesEach(layer: LayerId, registry: readonly LayerDefinition[] = LAYERS): boolean {
  return !!layerById(layer, registry)?.toggleEach;
}

/**
 * The first reason the feature is not drawn, in the order a reader would fix them, or null when it
 * is drawn.
 */
export function hiddenReason({ properties: f }: ViewableFeature, filters: ViewFilters): HiddenReason | null {
  if (!filters.on[f.layer]) return 'layer-off';
  if (filters.hidden.has(f.id) && togglesEach(f.layer)) return 'hidden-alone';
  if (!inRange(f, filters.range)) return 'out-of-time';
  return null;
}

/** Whether the feature is drawn with these filters. */
export function isShown(f: ViewableFeature, filters: ViewFilters): boolean {
  return hiddenReason(f, filters) === null;
}

/**
 * Why a feature is not on the map, in the reader's words, or null when it is drawn. The side panel
 * says so, so a reader never takes a missing symbol for a missing fact.
 * @example whyHidden(lachinDrill, { on: { …, exercises: false }, … }) // 'its layer is turned off'
 */
export function whyHidden(f: ViewableFeature, filters: ViewFilters): string | null {
  switch (hiddenReason(f, filters)) {
    case null:
      return null;
    case 'layer-off':
      return 'its layer is turned off';
    case 'hidden-alone':
      return `this ${layerById(f.properties.layer)?.toggleEach?.noun ?? 'feature'} is turned off`;
    case 'out-of-time':
      return 'its dates lie outside the chosen time range';
  }
}

/**
 * The filters that show the feature: its layer on, itself not hidden, and, when its dates lie
 * outside the range, the whole extent again (it would open but not be drawn otherwise).
 */
export function reveal({ properties: f }: ViewableFeature, filters: ViewFilters, extent: TimeRange): ViewFilters {
  const on = filters.on[f.layer] ? filters.on : { ...filters.on, [f.layer]: true };
  const hidden = filters.hidden.has(f.id) ? new Set([...filters.hidden].filter((id) => id !== f.id)) : filters.hidden;
  const range = inRange(f, filters.range) ? filters.range : { ...extent };
  return on === filters.on && hidden === filters.hidden && range === filters.range ? filters : { on, hidden, range };
}

/** The features drawn with these filters, in the order given. */
export function shownOf<F extends ViewableFeature>(features: readonly F[], filters: ViewFilters): F[] {
  return features.filter((f) => isShown(f, filters));
}

/**
 * Features the layer and per-feature toggles let through, whatever the time range: the density
 * strip under the time slider and the steps of play.
 */
export function toggledOn<F extends ViewableFeature>(features: readonly F[], filters: Omit<ViewFilters, 'range'>): F[] {
  return features.filter(({ properties: f }) => filters.on[f.layer] && !(filters.hidden.has(f.id) && togglesEach(f.layer)));
}

export interface LayerCount {
  /** Every feature of the layer. */
  total: number;
  /** Those whose dates overlap the range, whatever the toggles (a layer that is off still says what it would show). */
  inTime: number;
  /** Those drawn now. */
  shown: number;
}

/** Counts per layer, for the layer toggles and the time control. */
export function layerCounts(features: readonly ViewableFeature[], filters: ViewFilters, layers: readonly LayerId[]): Record<LayerId, LayerCount> {
  const out = Object.fromEntries(layers.map((l) => [l, { total: 0, inTime: 0, shown: 0 }])) as Record<LayerId, LayerCount>;
  for (const f of features) {
    const c = out[f.properties.layer];
    if (!c) continue;
    c.total++;
    if (inRange(f.properties, filters.range)) {
      c.inTime++;
      if (isShown(f, filters)) c.shown++;
    }
  }
  return out;
}
