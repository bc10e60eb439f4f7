import type { FeatureCollection, Geometry } from 'geojson';
import type { MapFormFeature } from '@/lib/view/map-form';

/**
 * Flat properties MapLibre can style on. MapLibre turns nested objects into strings, so what the
 * styles need (approximate place, inferred date, status, an alliance's colour) is lifted to the top.
 */
export interface MapFeatureProperties {
  id: string;
  layer: string;
  kind: string;
  name: string;
  /** 1 when the place is approximate, regional or symbolic: drawn as an open symbol with a halo. */
  approximate: 0 | 1;
  /** 1 when the date is inferred rather than stated. */
  inferred: 0 | 1;
  /** What the sources say of its reality, when not reported as fact. */
  status?: string;
  /** The colour of the feature's alliance (alliances layer). */
  color?: string;
}

/**
 * What the map draws of the features the view model shows: their geometry and the flat properties
 * the styles read. Features without a geometry are left out. Pure; leaves its input untouched.
 */
export function toMapFeatures(
  features: readonly MapFormFeature[],
  colors: Readonly<Record<string, string>> = {},
): FeatureCollection<Geometry, MapFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: features.flatMap((f) => {
      if (!f.geometry) return [];
      const p = f.properties;
      return [
        {
          type: 'Feature' as const,
          id: f.id,
          geometry: f.geometry,
          properties: {
            id: f.id,
            layer: p.layer,
            kind: p.kind,
            name: p.name,
            approximate: p.precision === 'exact' ? 0 : 1,
            inferred: p.basis === 'inferred' ? 1 : 0,
            ...(p.status === undefined ? {} : { status: p.status }),
            ...(colors[f.id] ? { color: colors[f.id] } : {}),
          },
        },
      ];
    }),
  };
}
