import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { AtlasFeature } from '@/lib/data/types';

/** The end of time for open intervals, as MapLibre compares numbers, not nulls. */
export const OPEN_END = 8.64e15;

/**
 * Flat properties MapLibre can style and filter on. MapLibre turns nested objects into strings, so
 * what the styles need (approximate place, inferred date, time span) is lifted to the top level.
 */
export interface MapFeatureProperties {
  id: string;
  layer: string;
  kind: string;
  name: string;
  /** 1 when the place is approximate, regional or symbolic: drawn as an open symbol with a halo. */
  approximate: 0 | 1;
  /** 1 when the date is not stated by the text (resolved from it, or outside knowledge). */
  inferred: 0 | 1;
  /** Start and end of the time span, epoch milliseconds (open end = OPEN_END). */
  from: number;
  to: number;
  /** The colour of the feature's alliance (alliances layer). */
  color?: string;
}

export type MapFeature = Feature<Geometry, MapFeatureProperties>;

/** Reshapes API features into what the map draws. Pure; leaves its input untouched. */
export function toMapFeatures(
  features: readonly AtlasFeature[],
  colors: Record<string, string> = {},
): FeatureCollection<Geometry, MapFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      id: f.id,
      geometry: f.geometry,
      properties: {
        id: f.id,
        layer: f.properties.layer,
        kind: f.properties.kind,
        name: f.properties.name,
        approximate: f.properties.location.precision === 'exact' ? 0 : 1,
        inferred: f.properties.date.basis === 'stated' ? 0 : 1,
        from: Date.parse(f.properties.date.interval.from),
        to: f.properties.date.interval.to === null ? OPEN_END : Date.parse(f.properties.date.interval.to),
        ...(colors[f.id] ? { color: colors[f.id] } : {}),
      },
    })),
  };
}
