/**
 * Country polygons for the browser: 1:10m inside the region, 1:50m for the nearer world and the
 * USA, 1:110m for the far world (see world.ts), so far-away partners (Washington, New York) still
 * sit on recognisable continents when zoomed out.
 * Seas are simply the absence of land: Natural Earth leaves the Black Sea and the Caspian out of
 * every admin-0 polygon, so the background colour shows through as water.
 */
import { featureCollection, multiPolygon, rewind, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { isSouthCaucasus } from '../../lib/geo/countries';
import { clipPolygons, outsideBoxes, splitAntimeridian } from './clip';
import { DECIMALS_DETAIL, DECIMALS_WORLD, REGION_FRAME } from './config';
import { roundGeometry } from './output';
import type { RegionArea } from './region';
import { areaKey, areaOf, codeOf, countryFeature, type CountryGeometry, type WorldTopology } from './topology';
import type { WorldTiers } from './world';

export interface LandProperties {
  /** ISO alpha-3; null for areas without one (Northern Cyprus, Kosovo, …) and world countries outside the atlas table. */
  iso3: string | null;
  name: string;
  /** Armenia, Azerbaijan, Georgia: drawn highlighted. */
  region: boolean;
  /** 10m: a region area (1:10m inside the regional frame, 1:50m outside); else the world's scale. */
  scale: '10m' | '50m' | '110m';
}

export type LandFeature = Feature<Polygon | MultiPolygon, LandProperties>;

function polygonsOf(world: WorldTopology, g: CountryGeometry): MultiPolygon {
  return splitAntimeridian(countryFeature(world, g).geometry);
}

function finish(geometry: Polygon | MultiPolygon, props: LandProperties): LandFeature {
  // RFC 7946 winding (outer rings counter-clockwise), which strict GeoJSON validators expect.
  return { type: 'Feature', geometry: rewind(geometry) as Polygon | MultiPolygon, properties: props };
}

/**
 * A region area: its 1:10m outline inside REGION_FRAME joined to its 1:50m outline outside it
 * (Russia's Arctic coast at 1:10m alone would weigh 600 kB and nobody zooms in there).
 */
function regionLand(world10: WorldTopology, world50: WorldTopology, r: RegionArea): LandFeature {
  const detail = polygonsOf(world10, r.geometry);
  const g50 = world50.objects.countries.geometries.find((g) => {
    const a = areaOf(g);
    return a !== undefined && codeOf(a) === r.code;
  });
  const inside = roundGeometry(clipPolygons(detail, [REGION_FRAME]), DECIMALS_DETAIL);
  // An area too small for 1:50m keeps its 1:10m outline outside the frame too.
  const rest = g50 ? roundGeometry(clipPolygons(polygonsOf(world50, g50), outsideBoxes(REGION_FRAME)), DECIMALS_WORLD)
    : roundGeometry(clipPolygons(detail, outsideBoxes(REGION_FRAME)), DECIMALS_DETAIL);
  if (!inside) throw new Error(`${r.code}: no polygon left inside the frame`);
  const iso3 = r.area.kind === 'country' ? r.area.iso3 : null;
  const props: LandProperties = { iso3, name: r.area.name, region: isSouthCaucasus(iso3), scale: '10m' };
  if (!rest) return finish(inside, props);
  // Dissolve the cut: two fills meeting edge to edge leave a hairline of water where they meet.
  const merged = union(featureCollection([multiPolygon(inside.coordinates), multiPolygon(rest.coordinates)]));
  if (!merged) throw new Error(`${r.code}: union of the 1:10m and 1:50m parts is empty`);
  // The union computes no new vertices off the cut, but round again so no float noise slips in.
  const rounded = roundGeometry(merged.geometry, DECIMALS_DETAIL);
  if (!rounded) throw new Error(`${r.code}: merged outline vanished when rounded`);
  return finish(rounded, props);
}

export function buildLand(
  world10: WorldTopology,
  world50: WorldTopology,
  world110: WorldTopology,
  region: RegionArea[],
  tiers: WorldTiers,
): FeatureCollection<Polygon | MultiPolygon, LandProperties> {
  const inRegion = new Set(region.map((r) => r.code));
  const features: LandFeature[] = region.map((r) => regionLand(world10, world50, r));
  const coarse = new Map(world110.objects.countries.geometries.map((g) => [areaKey(g).key, g]));

  for (const g of world50.objects.countries.geometries) {
    const { key } = areaKey(g);
    if (inRegion.has(key)) continue;
    const area = areaOf(g);
    const iso3 = area?.kind === 'country' ? area.iso3 : null;
    const name = area?.name ?? g.properties?.name ?? 'Unnamed';
    // Islands too small for 1:110m keep their 1:50m outline rather than vanish.
    const g110 = tiers.get(key) === '110m' ? coarse.get(key) : undefined;
    const geometry = roundGeometry(g110 ? polygonsOf(world110, g110) : polygonsOf(world50, g), DECIMALS_WORLD);
    if (geometry) features.push(finish(geometry, { iso3, name, region: false, scale: g110 ? '110m' : '50m' }));
  }

  // South Caucasus, then the region, then by name: stable order, and the highlighted countries are easy to find.
  const key = (f: LandFeature) => `${f.properties.region ? 0 : 1}${f.properties.scale === '10m' ? 0 : 1}${f.properties.name}`;
  features.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { type: 'FeatureCollection', features };
}
