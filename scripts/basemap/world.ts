/**
 * Which scale the world outside the region is drawn at. Countries near enough to share a screen
 * with the region (Europe, Africa, western and southern Asia) and the distant partners the
 * sources name get 1:50m; the far world (the rest of the Americas, East Asia, Oceania,
 * Antarctica) only frames the zoomed-out view, so 1:110m is enough and saves about half a megabyte.
 */
import { bboxPolygon, booleanIntersects } from '@turf/turf';
import { WORLD_50M_FRAME, WORLD_50M_ISO3 } from './config';
import { areaKey, countryFeature, type WorldTopology } from './topology';

/** areaKey → scale, for every area of the 1:50m world. */
export type WorldTiers = Map<string, '50m' | '110m'>;

export function worldTiers(world50: WorldTopology): WorldTiers {
  const frame = bboxPolygon(WORLD_50M_FRAME);
  const keep = new Set<string>(WORLD_50M_ISO3);
  const tiers: WorldTiers = new Map();
  for (const g of world50.objects.countries.geometries) {
    const { key } = areaKey(g);
    const near = keep.has(key) || booleanIntersects(countryFeature(world50, g), frame);
    tiers.set(key, near ? '50m' : '110m');
  }
  return tiers;
}
