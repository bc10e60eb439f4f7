/**
 * Boundary lines: the topology mesh between two different countries, one feature per pair (and
 * per status), so the style can weight South Caucasus borders and dash the disputed ones.
 */
import type { Feature, FeatureCollection, MultiLineString, Position } from 'geojson';
import * as topojson from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { isSouthCaucasus } from '../../lib/geo/countries';
import { clipLines, outsideBoxes } from './clip';
import { DECIMALS_DETAIL, DECIMALS_WORLD, DISPUTED_LINES, NO_BOUNDARY_AREAS, REGION_FRAME, type BBox } from './config';
import { roundGeometry } from './output';
import type { RegionArea } from './region';
import { areaKey, type WorldTopology } from './topology';
import type { WorldTiers } from './world';

export interface BorderProperties {
  /** Atlas codes of the two sides, sorted; null for a world country outside the atlas table. */
  a: string | null;
  b: string | null;
  /** Both sides are South Caucasus countries (ARM–AZE, ARM–GEO, AZE–GEO). */
  region: boolean;
  /** At least one side is a South Caucasus country. */
  touchesRegion: boolean;
  /**
   * international: between two ISO countries; disputed: listed in DISPUTED_LINES; other: one side
   * is an area without an ISO code (e.g. the line across Cyprus), not an international border.
   */
  status: 'international' | 'disputed' | 'other';
}

export type BorderFeature = Feature<MultiLineString, BorderProperties>;

const inBox = ([x = 0, y = 0]: Position, [w, s, e, n]: BBox) => x >= w && x <= e && y >= s && y <= n;

function midpoint(line: Position[]): Position {
  return line[Math.floor(line.length / 2)] ?? [0, 0];
}

interface PairMesh {
  a: ReturnType<typeof areaKey>;
  b: ReturnType<typeof areaKey>;
  lines: MultiLineString;
}

/**
 * Mesh lines between each pair of different areas that `wanted` accepts, keyed "A|B" (sorted).
 * Each pair is meshed on its own so its arcs join into as few strings as possible.
 */
function pairMeshes(world: WorldTopology, wanted: (a: string, b: string) => boolean): Map<string, PairMesh> {
  const topo = world as Topology;
  const coll = world.objects.countries as unknown as GeometryObject;
  const info = new Map(world.objects.countries.geometries.map((g) => [g as GeometryObject, areaKey(g)]));
  const pairs = new Map<string, [GeometryObject, GeometryObject]>();
  topojson.mesh(topo, coll as never, (ga: GeometryObject, gb: GeometryObject) => {
    const a = info.get(ga);
    const b = info.get(gb);
    if (a && b && a.key !== b.key && wanted(a.key, b.key)) pairs.set(a.key < b.key ? `${a.key}|${b.key}` : `${b.key}|${a.key}`, a.key < b.key ? [ga, gb] : [gb, ga]);
    return false;
  });
  const out = new Map<string, PairMesh>();
  for (const [key, [ga, gb]] of pairs) {
    const lines = topojson.mesh(topo, coll as never, (x: GeometryObject, y: GeometryObject) => (x === ga && y === gb) || (x === gb && y === ga));
    out.set(key, { a: info.get(ga)!, b: info.get(gb)!, lines: lines as MultiLineString });
  }
  return out;
}

function toFeatures({ a, b }: PairMesh, lines: Position[][], pairKey: string): BorderFeature[] {
  const disputed = DISPUTED_LINES.find((d) => d.pair.join('|') === pairKey);
  const groups: Record<BorderProperties['status'], Position[][]> = { international: [], disputed: [], other: [] };
  for (const line of lines) {
    const status = disputed && inBox(midpoint(line), disputed.within) ? 'disputed' : a.iso && b.iso ? 'international' : 'other';
    groups[status].push(line);
  }
  return (['international', 'disputed', 'other'] as const)
    .filter((status) => groups[status].length > 0)
    .map((status) => ({
      type: 'Feature',
      geometry: { type: 'MultiLineString', coordinates: groups[status] },
      properties: {
        a: a.code,
        b: b.code,
        region: isSouthCaucasus(a.code) && isSouthCaucasus(b.code),
        touchesRegion: isSouthCaucasus(a.code) || isSouthCaucasus(b.code),
        status,
      },
    }));
}

/**
 * Where a region area is on either side: 1:10m lines inside REGION_FRAME, 1:50m outside (as for
 * land). Between two areas outside the region: 1:50m, or 1:110m when both are far away. Throws if a DISPUTED_LINES entry matched
 * nothing (the data changed under it).
 */
export function buildBorders(
  world10: WorldTopology,
  world50: WorldTopology,
  world110: WorldTopology,
  region: RegionArea[],
  tiers: WorldTiers,
): FeatureCollection<MultiLineString, BorderProperties> {
  const inRegion = new Set(region.map((r) => r.code));
  const touches = (a: string, b: string) => inRegion.has(a) || inRegion.has(b);
  const drawn = (a: string, b: string) => !NO_BOUNDARY_AREAS.includes(a) && !NO_BOUNDARY_AREAS.includes(b);
  const detail = pairMeshes(world10, (a, b) => touches(a, b) && drawn(a, b));
  const mid = pairMeshes(world50, (a, b) => drawn(a, b) && (tiers.get(a) !== '110m' || tiers.get(b) !== '110m'));
  const far = pairMeshes(world110, (a, b) => tiers.get(a) === '110m' && tiers.get(b) === '110m');
  const world = new Map([...far, ...mid]);
  const keys = [...new Set([...detail.keys(), ...world.keys()])].sort();

  const features: BorderFeature[] = [];
  for (const key of keys) {
    const d = detail.get(key);
    const w = world.get(key);
    const [ka = '', kb = ''] = key.split('|');
    let lines: Position[][];
    if (touches(ka, kb)) {
      const inside = d ? roundGeometry(clipLines(d.lines, [REGION_FRAME]), DECIMALS_DETAIL) : null;
      const outside = w ? roundGeometry(clipLines(w.lines, outsideBoxes(REGION_FRAME)), DECIMALS_WORLD) : null;
      lines = [...(inside?.coordinates ?? []), ...(outside?.coordinates ?? [])];
    } else {
      lines = (w ? roundGeometry(w.lines, DECIMALS_WORLD) : null)?.coordinates ?? [];
    }
    const pair = d ?? w;
    if (pair && lines.length) features.push(...toFeatures(pair, lines, key));
  }

  for (const dl of DISPUTED_LINES) {
    const hit = features.some((f) => f.properties.status === 'disputed' && [f.properties.a, f.properties.b].join('|') === dl.pair.join('|'));
    if (!hit) throw new Error(`DISPUTED_LINES ${dl.pair.join('–')} matched no line: ${dl.note}`);
  }
  return { type: 'FeatureCollection', features };
}
