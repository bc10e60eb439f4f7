import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { rangeInterval, type TimeRange } from '@/lib/time';
import type { DataLayerStyle } from './styles/types';

/**
 * A MapLibre filter keeping features whose [from, to] (flat epoch-ms properties, see
 * map-features.ts; open ends are OPEN_END) overlaps the range. Filtering in the style rather than
 * in the data keeps each source's features, ids and feature-state in place while the range moves,
 * and MapLibre neither draws nor returns from queryRenderedFeatures what a filter rejects.
 */
export function timeFilter(range: TimeRange): ExpressionSpecification {
  const { from, to } = rangeInterval(range);
  return ['all', ['<=', ['get', 'from'], to], ['>=', ['get', 'to'], from]];
}

/**
 * The style with the time filter added to its own filter (`['all', own, time]`). Pure: returns a
 * new style, leaves the shared style objects untouched.
 */
export function withTimeFilter(style: DataLayerStyle, range: TimeRange): DataLayerStyle {
  const time = timeFilter(range);
  const own = 'filter' in style ? (style.filter as FilterSpecification | undefined) : undefined;
  return { ...style, filter: own === undefined ? time : (['all', own, time] as ExpressionSpecification) } as DataLayerStyle;
}
