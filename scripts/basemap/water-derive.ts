/**
 * Derives the committed water file from GMT: GSHHG full-resolution lakes (level 2, with their
 * islands, level 3, as holes) and WDBII permanent rivers, inside WATER_FRAME. Run by
 * `npm run build:basemap -- --water`; needs `gmt` and `gmt-gshhg-full`.
 */
import { area as turfArea, booleanPointInPolygon, bboxClip, point, polygon, rewind, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Polygon, Position } from 'geojson';
import { clipLines } from './clip';
import type { BBox } from './config';
import { parseDump, runGmt } from './gmt';
import { roundGeometry } from './output';
import { joinLines, stitchRings } from './stitch';
import {
  LAKE_EXCLUDED_NEAR,
  LAKE_MIN_AREA_KM2,
  RIVER_CLASSES,
  WATER_DECIMALS,
  WATER_DUMP_MARGIN,
  WATER_FRAME,
  WATER_SIMPLIFY_DEGREES,
} from './water-config';

export interface DerivedLake {
  kind: 'lake';
  /** Surface in km² (GSHHG outline, islands excluded), rounded to 0.1. */
  areaKm2: number;
}
export interface DerivedRiver {
  kind: 'river';
  /** WDBII class: 1 major … 4 minor. */
  class: number;
}
export type DerivedWater = FeatureCollection<Polygon | LineString, DerivedLake | DerivedRiver>;

const region = ([w, s, e, n]: BBox, margin: number) => `-R${w - margin}/${e + margin}/${s - margin}/${n + margin}`;

const ringAreaKm2 = (ring: Position[]) => turfArea(polygon([ring])) / 1e6;

/** Lakes with their islands as holes, clipped to the frame. Open chains (cut by the dump region) are dropped. */
export function lakesFromDump(text: string, frame: BBox): Feature<Polygon, DerivedLake>[] {
  const pieces = parseDump(text);
  const lakes = stitchRings(pieces.filter((p) => p.level === 2).map((p) => p.points)).rings;
  const islands = stitchRings(pieces.filter((p) => p.level === 3).map((p) => p.points)).rings;
  const excluded = (ring: Position[]) => LAKE_EXCLUDED_NEAR.some((x) => booleanPointInPolygon(point(x.point), polygon([ring])));
  const out: Feature<Polygon, DerivedLake>[] = [];
  for (const outer of lakes) {
    if (outer.length < 4 || excluded(outer)) continue;
    const outerPoly = polygon([outer]);
    const holes = islands.filter((h) => booleanPointInPolygon(point(h[0]!), outerPoly));
    const clipped = bboxClip(polygon([outer, ...holes]), frame).geometry as Polygon;
    const rounded = roundGeometry(clipped, WATER_DECIMALS);
    if (!rounded || (rounded.coordinates[0]?.length ?? 0) < 4) continue;
    const simple = simplify(rounded, { tolerance: WATER_SIMPLIFY_DEGREES, highQuality: true }) as Polygon;
    const final = roundGeometry(rewind(simple) as Polygon, WATER_DECIMALS);
    if (!final) continue;
    const km2 = ringAreaKm2(final.coordinates[0]!) - final.coordinates.slice(1).reduce((s, h) => s + ringAreaKm2(h), 0);
    out.push({ type: 'Feature', geometry: final, properties: { kind: 'lake', areaKm2: Math.round(km2 * 10) / 10 } });
  }
  return out;
}

/** Rivers joined across bin edges (per class), clipped to the frame, simplified and rounded. */
export function riversFromDump(text: string, frame: BBox): Feature<LineString, DerivedRiver>[] {
  const pieces = parseDump(text).filter((p) => (RIVER_CLASSES as readonly number[]).includes(p.level));
  const joined = joinLines(
    pieces.map((p) => p.points),
    (a, b) => pieces[a]!.level === pieces[b]!.level,
  );
  // Joined lines share their pieces' position objects, and only pieces of one class are joined.
  const classOf = new Map<Position, number>();
  for (const p of pieces) for (const q of p.points) classOf.set(q, p.level);
  const out: Feature<LineString, DerivedRiver>[] = [];
  for (const line of joined) {
    const cls = classOf.get(line[0]!);
    if (cls === undefined) throw new Error('river line without a source piece');
    const clipped = clipLines({ type: 'MultiLineString', coordinates: [line] }, [frame]);
    for (const part of clipped.coordinates) {
      const simple = simplify({ type: 'LineString', coordinates: part }, { tolerance: WATER_SIMPLIFY_DEGREES, highQuality: true }) as LineString;
      const rounded = roundGeometry(simple, WATER_DECIMALS);
      if (rounded) out.push({ type: 'Feature', geometry: rounded, properties: { kind: 'river', class: cls } });
    }
  }
  return out;
}

/** A stable order: lakes by size (largest first), then rivers by class; ties by first position. */
function sortWater(features: DerivedWater['features']): DerivedWater['features'] {
  const first = (f: DerivedWater['features'][number]) =>
    (f.geometry.type === 'Polygon' ? f.geometry.coordinates[0]![0]! : f.geometry.coordinates[0]!).join(',');
  const rank = (f: DerivedWater['features'][number]) => (f.properties.kind === 'lake' ? -f.properties.areaKm2 : 1e9 + f.properties.class);
  return [...features].sort((a, b) => rank(a) - rank(b) || (first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : 0));
}

/** Runs GMT and returns the water collection (what `--water` writes to WATER_FILE). */
export function deriveWater(frame: BBox = WATER_FRAME): DerivedWater {
  const R = region(frame, WATER_DUMP_MARGIN);
  const shores = runGmt(['coast', R, '-Df', `-A${LAKE_MIN_AREA_KM2}/2/3`, '-W', '-M']);
  const rivers = runGmt(['coast', region(frame, 0), '-Df', '-Ir', '-M']);
  const features = [...lakesFromDump(shores, frame), ...riversFromDump(rivers, frame)];
  return { type: 'FeatureCollection', features: sortWater(features) };
}

