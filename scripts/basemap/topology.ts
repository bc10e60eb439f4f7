/**
 * Topology helpers: name world-atlas geometries by atlas code, and cut a topology down to some of
 * its geometries while keeping shared arcs shared (so topojson-client `mesh` still finds borders).
 */
import type { Feature, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon } from 'geojson';
import * as topojson from 'topojson-client';
import type { GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { byNumeric, TERRITORIES, type Area } from '../../lib/geo/countries';

/** A world-atlas country: a (multi)polygon with an ISO numeric `id` (absent for a few areas). */
export type CountryGeometry = Polygon<{ name?: string }> | MultiPolygon<{ name?: string }>;

/** A world-atlas topology whose `countries` object holds polygons named by Natural Earth. */
export type WorldTopology = Topology<{ countries: { type: 'GeometryCollection'; geometries: CountryGeometry[] } }>;

/** One country as GeoJSON (topojson-client types a single geometry's result as a union). */
export function countryFeature(world: WorldTopology, g: CountryGeometry): Feature<GeoPolygon | GeoMultiPolygon, { name?: string }> {
  return topojson.feature(world as Topology, g) as Feature<GeoPolygon | GeoMultiPolygon, { name?: string }>;
}

/**
 * The atlas area a world-atlas geometry stands for: by ISO numeric id, or by Natural Earth name
 * for the id-less territories. Undefined when the atlas table does not list it.
 */
export function areaOf(g: CountryGeometry): Area | undefined {
  if (g.id !== undefined) return byNumeric(g.id);
  const neName = g.properties?.name;
  return TERRITORIES.find((t) => t.naturalEarthName === neName);
}

/** The atlas code of an area: ISO alpha-3 for a country, Natural Earth ADM0_A3 for a territory. */
export function codeOf(area: Area): string {
  return area.kind === 'country' ? area.iso3 : area.code;
}

/**
 * Identity of a world-atlas geometry that is the same at every scale: the atlas code, "#<numeric>"
 * for an ISO country outside the atlas table, "~<name>" for an id-less one. `iso` tells whether
 * lines to it can be international borders.
 */
export function areaKey(g: CountryGeometry): { key: string; code: string | null; iso: boolean } {
  const area = areaOf(g);
  if (area) return { key: codeOf(area), code: codeOf(area), iso: area.kind === 'country' };
  if (g.id !== undefined) return { key: `#${g.id}`, code: null, iso: true };
  return { key: `~${g.properties?.name ?? '?'}`, code: null, iso: false };
}

type ArcRefs = number[] | number[][] | number[][][];

function mapArcRefs(refs: ArcRefs, fn: (i: number) => number): ArcRefs {
  return (refs as unknown[]).map((r) => (Array.isArray(r) ? mapArcRefs(r as ArcRefs, fn) : fn(r as number))) as ArcRefs;
}

function forEachArcRef(refs: ArcRefs, fn: (i: number) => void): void {
  for (const r of refs as unknown[]) {
    if (Array.isArray(r)) forEachArcRef(r as ArcRefs, fn);
    else fn(r as number);
  }
}

/** A negative arc reference ~i means arc i reversed. */
const arcIndex = (ref: number) => (ref < 0 ? ~ref : ref);

/**
 * Keeps only `geometries` (already renamed) and the arcs they use, renumbered in their original
 * order. Arcs stay quantized and delta-encoded exactly as world-atlas ships them, so nothing is
 * re-simplified and the output is byte-stable. `bbox` is recomputed from the kept arcs.
 */
export function subsetTopology<G extends GeometryObject>(
  topo: Topology,
  objectName: string,
  geometries: G[],
): Topology<Record<string, { type: 'GeometryCollection'; geometries: G[] }>> {
  const used = new Set<number>();
  for (const g of geometries) if ('arcs' in g) forEachArcRef(g.arcs as ArcRefs, (r) => used.add(arcIndex(r)));
  const kept = [...used].sort((a, b) => a - b);
  const renumber = new Map(kept.map((old, i) => [old, i]));
  const remap = (r: number) => {
    const n = renumber.get(arcIndex(r));
    if (n === undefined) throw new Error(`arc ${r} lost while subsetting`);
    return r < 0 ? ~n : n;
  };
  const arcs = kept.map((i) => {
    const arc = topo.arcs[i];
    if (!arc) throw new Error(`topology has no arc ${i}`);
    return arc;
  });
  const outGeoms = geometries.map((g) => ('arcs' in g ? { ...g, arcs: mapArcRefs(g.arcs as ArcRefs, remap) } : g)) as G[];
  return {
    type: 'Topology',
    bbox: arcsBBox(arcs, topo.transform),
    ...(topo.transform ? { transform: topo.transform } : {}),
    objects: { [objectName]: { type: 'GeometryCollection', geometries: outGeoms } },
    arcs,
  };
}

function arcsBBox(arcs: Topology['arcs'], transform: Topology['transform']): [number, number, number, number] {
  const [sx, sy] = transform?.scale ?? [1, 1];
  const [tx, ty] = transform?.translate ?? [0, 0];
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const arc of arcs) {
    let x = 0;
    let y = 0;
    for (const p of arc) {
      const [px = 0, py = 0] = p;
      // Quantized arcs are delta-encoded; unquantized ones are absolute.
      if (transform) {
        x += px;
        y += py;
      } else {
        x = px;
        y = py;
      }
      const lon = x * sx + tx;
      const lat = y * sy + ty;
      x0 = Math.min(x0, lon);
      y0 = Math.min(y0, lat);
      x1 = Math.max(x1, lon);
      y1 = Math.max(y1, lat);
    }
  }
  const r = (v: number) => Math.round(v * 1e5) / 1e5;
  return [r(x0), r(y0), r(x1), r(y1)];
}
