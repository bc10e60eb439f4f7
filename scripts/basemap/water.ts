/**
 * The water layers the browser draws, from the committed GSHHG/WDBII derivation (WATER_FILE): lakes
 * with the zoom each first shows at, rivers split where a named river's course begins and ends, and
 * the lake label points. Pure apart from reading the file; no GMT.
 */
import fs from 'node:fs';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Point, Polygon, Position } from 'geojson';
import type { LngLat } from './config';
import type { DerivedLake, DerivedRiver, DerivedWater } from './water-derive';
import { WATER_FILE } from './water-config';
import { LAKE_NAMES, RIVER_MATCH_KM, RIVER_MATCH_MIN_KM, RIVER_NAMES, type RiverName } from './water-names';

export interface LakeProperties {
  areaKm2: number;
  /** Lowest zoom the lake is drawn at, by its size. */
  minzoom: number;
}
export interface RiverProperties {
  class: number;
  /** Editorial name (water-names.ts); absent for unnamed rivers. */
  name?: string;
  /** Lowest zoom the river is drawn at, by its class. */
  minzoom: number;
}
export type LakeFeature = Feature<Polygon, LakeProperties>;
export type RiverFeature = Feature<LineString, RiverProperties>;

/**
 * Zoom at which a lake appears: the big lakes frame the region from the world view, a 2 km² lake
 * only close up. Thresholds keep a lake at least a few pixels across where it appears.
 */
export function lakeMinzoom(areaKm2: number): number {
  if (areaKm2 >= 1000) return 3;
  if (areaKm2 >= 200) return 4;
  if (areaKm2 >= 50) return 5;
  if (areaKm2 >= 15) return 6;
  if (areaKm2 >= 5) return 7;
  return 8;
}

/** Zoom at which a river appears, by WDBII class (1 major … 4 minor); a named river never later than 5. */
export function riverMinzoom(cls: number, named: boolean): number {
  const byClass = cls <= 1 ? 3 : cls === 2 ? 4 : cls === 3 ? 5 : 7;
  return named ? Math.min(byClass, 5) : byClass;
}

export function readDerivedWater(file = WATER_FILE): DerivedWater {
  if (!fs.existsSync(file)) throw new Error(`${file} is missing; derive it with \`npm run build:basemap -- --water\` (needs GMT)`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as DerivedWater;
}

/** Distance in km on a local equirectangular plane: plenty for a few kilometres. */
function kmToSegment(p: Position, a: Position, b: Position): number {
  const kx = 111.32 * Math.cos(((p[1] ?? 0) * Math.PI) / 180);
  const ky = 110.57;
  const ax = ((a[0] ?? 0) - (p[0] ?? 0)) * kx;
  const ay = ((a[1] ?? 0) - (p[1] ?? 0)) * ky;
  const bx = ((b[0] ?? 0) - (p[0] ?? 0)) * kx;
  const by = ((b[1] ?? 0) - (p[1] ?? 0)) * ky;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Shortest distance in km from `p` to a polyline. */
export function kmToLine(p: Position, line: readonly Position[]): number {
  let d = Infinity;
  for (let i = 1; i < line.length; i++) d = Math.min(d, kmToSegment(p, line[i - 1]!, line[i]!));
  return d;
}

const kmAlong = (line: Position[]) => {
  let s = 0;
  for (let i = 1; i < line.length; i++) s += kmToSegment(line[i - 1]!, line[i]!, line[i]!);
  return s;
};

/**
 * Splits a line into stretches that follow `course` (every position within `km` of it, at least
 * `minKm` long) and the rest. Neighbouring stretches share their end position, so the pieces
 * still meet.
 * @example splitByCourse(line, kura.course, 6, 20) // [{ line, on: true }, { line, on: false }, …]
 */
export function splitByCourse(line: Position[], course: readonly LngLat[], km: number, minKm: number): { line: Position[]; on: boolean }[] {
  const near = line.map((p) => kmToLine(p, course) <= km);
  const runs: { from: number; to: number; on: boolean }[] = [];
  for (let i = 0; i < line.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last.on === near[i]) last.to = i;
    else runs.push({ from: i, to: i, on: near[i]! });
  }
  // A stretch too short to be the river is not the river (a tributary's last kilometres).
  for (const r of runs) if (r.on && kmAlong(line.slice(r.from, r.to + 1)) < minKm) r.on = false;
  const merged: typeof runs = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    if (last && last.on === r.on) last.to = r.to;
    else merged.push({ ...r });
  }
  // A stretch on the course is its own positions; the segments leading on and off it belong to the
  // stretches beside it, which so share its end positions.
  return merged
    .map((r) => ({ on: r.on, line: r.on ? line.slice(r.from, r.to + 1) : line.slice(Math.max(0, r.from - 1), r.to + 2) }))
    .filter((r) => r.line.length >= 2);
}

/** Rivers with names where a course matches, and the zoom each appears at. Throws if a course matches nothing. */
export function buildRivers(derived: DerivedWater, names: readonly RiverName[] = RIVER_NAMES): RiverFeature[] {
  let pieces: { line: Position[]; cls: number; name?: string }[] = derived.features
    .filter((f): f is Feature<LineString, DerivedRiver> => f.properties.kind === 'river')
    .map((f) => ({ line: f.geometry.coordinates, cls: f.properties.class }));
  for (const river of names) {
    let matched = 0;
    pieces = pieces.flatMap((p) => {
      if (p.name) return [p];
      return splitByCourse(p.line, river.course, RIVER_MATCH_KM, RIVER_MATCH_MIN_KM).map((s) => {
        if (s.on) matched += kmAlong(s.line);
        return s.on ? { line: s.line, cls: p.cls, name: river.name } : { line: s.line, cls: p.cls };
      });
    });
    if (matched === 0) throw new Error(`river ${river.name}: its course matches no WDBII line (water-names.ts)`);
  }
  return pieces.map((p) => ({
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: p.line },
    properties: { class: p.cls, ...(p.name ? { name: p.name } : {}), minzoom: riverMinzoom(p.cls, !!p.name) },
  }));
}

export function buildLakes(derived: DerivedWater): LakeFeature[] {
  return derived.features
    .filter((f): f is Feature<Polygon, DerivedLake> => f.properties.kind === 'lake')
    .map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: { areaKm2: f.properties.areaKm2, minzoom: lakeMinzoom(f.properties.areaKm2) },
    }));
}

export interface LakeLabelProperties {
  kind: 'lake';
  name: string;
  major: boolean;
}

/** One label point per named lake; throws when a point lies in no lake (the table and the data drifted). */
export function lakeLabels(lakes: readonly LakeFeature[]): FeatureCollection<Point, LakeLabelProperties> {
  const features = LAKE_NAMES.map((l) => {
    const inLake = lakes.some((f) => booleanPointInPolygon(point(l.point), f));
    if (!inLake) throw new Error(`lake label ${l.name} at ${l.point.join(',')} is in no GSHHG lake (water-names.ts)`);
    const f: Feature<Point, LakeLabelProperties> = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...l.point] },
      properties: { kind: 'lake', name: l.name, major: l.major },
    };
    return f;
  });
  return { type: 'FeatureCollection', features };
}
