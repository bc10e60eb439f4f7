/**
 * Label points: one per country, the Nakhchivan exclave, and the seas. Every point is checked to
 * fall where it claims (inside its country, or on water for a sea) so a label never floats off.
 */
import { area, booleanPointInPolygon, centerOfMass, point, pointOnFeature, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { byIso3, isSouthCaucasus } from '../../lib/geo/countries';
import { EXCLAVE_LABELS, HAND_COUNTRY_LABELS, REGION_FRAME, SEA_LABELS, type BBox, type LngLat } from './config';
import { clipPolygons } from './clip';
import type { LandFeature, LandProperties } from './land';
import { roundTo } from './output';

export interface LabelProperties {
  kind: 'country' | 'exclave' | 'sea';
  name: string;
  iso3: string | null;
  /** Label priority: 1 South Caucasus, 2 other atlas countries and seas, 3 the rest of the world. */
  labelrank: 1 | 2 | 3;
}

export type LabelFeature = Feature<Point, LabelProperties>;

const pt = ([x, y]: Position | LngLat): Point => ({ type: 'Point', coordinates: [roundTo(x ?? 0, 4), roundTo(y ?? 0, 4)] });

function largestPolygon(g: Polygon | MultiPolygon): Feature<Polygon> {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best = polys[0]!;
  let bestArea = -1;
  for (const p of polys) {
    const a = area(polygon(p));
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  return polygon(best);
}

/** Within this, a country's own centre is close enough to the region to carry its label. */
const [w, so, e, n] = REGION_FRAME;
const NEAR_FRAME: BBox = [w - 10, so - 10, e + 10, n + 10];

const pointIn = ([x = 0, y = 0]: Position, [bw, bs, be, bn]: BBox) => x >= bw && x <= be && y >= bs && y <= bn;

/**
 * A point well inside the country: the centre of mass of its largest polygon, or pointOnFeature when the
 * centroid falls outside it (a crescent-shaped country). A region country whose centre lies far
 * from the region (Russia, China) is labelled inside the regional frame instead, so the name shows
 * in the Caucasus view rather than in Siberia.
 */
function countryLabelPoint(f: LandFeature, outline: Polygon | MultiPolygon): Position {
  let shape = largestPolygon(outline);
  if (f.properties.scale === '10m' && !pointIn(centerOfMass(shape).geometry.coordinates, NEAR_FRAME)) {
    const inFrame = clipPolygons(outline, [REGION_FRAME]);
    if (inFrame.coordinates.length) shape = largestPolygon(inFrame);
  }
  const c = centerOfMass(shape);
  if (booleanPointInPolygon(c, shape)) return c.geometry.coordinates;
  return pointOnFeature(shape).geometry.coordinates;
}

function insideLand(p: LngLat, land: readonly LandFeature[]): LandProperties | undefined {
  return land.find((f) => booleanPointInPolygon(point(p), f))?.properties;
}

/**
 * @param outlines whole 1:10m outlines of region areas by code: land.geojson splits them at the
 * frame, and a piece is not the country.
 */
export function buildLabels(
  land: FeatureCollection<Polygon | MultiPolygon, LandProperties>,
  outlines: ReadonlyMap<string, Polygon | MultiPolygon>,
): FeatureCollection<Point, LabelProperties> {
  const features: LabelFeature[] = [];
  for (const f of land.features) {
    const { iso3, name } = f.properties;
    // Areas without an ISO code (Northern Cyprus, Akrotiri, …) stay unlabelled: too small to read.
    if (!iso3) continue;
    const hand = HAND_COUNTRY_LABELS[iso3];
    if (hand && !booleanPointInPolygon(point(hand), f)) throw new Error(`hand label for ${iso3} is outside ${name}`);
    const labelrank = isSouthCaucasus(iso3) ? 1 : byIso3(iso3) ? 2 : 3;
    features.push({
      type: 'Feature',
      geometry: pt(hand ?? countryLabelPoint(f, outlines.get(iso3) ?? f.geometry)),
      properties: { kind: 'country', name, iso3, labelrank },
    });
  }
  for (const e of EXCLAVE_LABELS) {
    if (insideLand(e.point, land.features)?.iso3 !== e.iso3) throw new Error(`${e.name} label is not inside ${e.iso3}`);
    features.push({ type: 'Feature', geometry: pt(e.point), properties: { kind: 'exclave', name: e.name, iso3: e.iso3, labelrank: 1 } });
  }
  for (const s of SEA_LABELS) {
    const on = insideLand(s.point, land.features);
    if (on) throw new Error(`${s.name} label falls on land (${on.name})`);
    features.push({ type: 'Feature', geometry: pt(s.point), properties: { kind: 'sea', name: s.name, iso3: null, labelrank: 2 } });
  }
  const key = (f: LabelFeature) => `${f.properties.labelrank}${f.properties.kind}${f.properties.name}`;
  features.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { type: 'FeatureCollection', features };
}
