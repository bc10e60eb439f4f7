/**
 * Placements at a capital for want of a venue: a statement made, a policy adopted, a transfer
 * received "in" a country. They are not events at that spot, so the map does not draw them as
 * sites: it gathers them into one badge per capital, with a count, and opens them as a list.
 */
import type { Position } from 'geojson';
import { roundTo } from '@/lib/geo/round';
import type { MapFormFeature } from './map-form';

export interface Anchor {
  /** Stable key of the place, from its rounded position. */
  key: string;
  coordinates: [number, number];
  /** The capital's name, where the atlas knows it. */
  name: string | null;
  /** Features placed there, in the order given. */
  ids: string[];
}

/** Whether a feature is placed symbolically (at a capital, no venue) rather than at a site. */
export function isAnchored(f: MapFormFeature): boolean {
  return f.properties.precision === 'symbolic' && (f.geometry?.type === 'Point' || f.geometry?.type === 'MultiPoint');
}

const pointsOf = (f: MapFormFeature): Position[] =>
  f.geometry?.type === 'Point' ? [f.geometry.coordinates] : f.geometry?.type === 'MultiPoint' ? f.geometry.coordinates : [];

/**
 * One anchor per capital among the symbolically placed point features; a feature placed at several
 * capitals (a joint statement) is in each of their anchors.
 */
export function anchorsOf(features: readonly MapFormFeature[]): Anchor[] {
  const byKey = new Map<string, Anchor>();
  for (const f of features) {
    if (!isAnchored(f)) continue;
    pointsOf(f).forEach(([lon = 0, lat = 0], i) => {
      const key = `${roundTo(lon, 3)},${roundTo(lat, 3)}`;
      const anchor = byKey.get(key) ?? { key, coordinates: [lon, lat], name: f.properties.anchors?.[i] ?? null, ids: [] };
      if (!anchor.ids.includes(f.id)) anchor.ids.push(f.id);
      anchor.name ??= f.properties.anchors?.[i] ?? null;
      byKey.set(key, anchor);
    });
  }
  return [...byKey.values()];
}
