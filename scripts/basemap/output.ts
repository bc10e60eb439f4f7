/**
 * Writing: compact JSON with one feature (or arc) per line, so files are small yet diff line by
 * line when the data changes. (The browser's files and their version: publish.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Topology } from 'topojson-specification';

/** Rounds to `decimals` places; -0 becomes 0 so output is the same on every platform. */
export function roundTo(v: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(v * f) / f;
  return r === 0 ? 0 : r;
}

function roundRing(ring: Position[], decimals: number, closed: boolean): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [roundTo(p[0] ?? 0, decimals), roundTo(p[1] ?? 0, decimals)];
    const last = out[out.length - 1];
    // Rounding can make neighbours equal; repeated points are noise for renderers and validators.
    if (last && last[0] === q[0] && last[1] === q[1]) continue;
    out.push(q);
  }
  if (closed && out.length > 0) {
    const first = out[0]!;
    const last = out[out.length - 1]!;
    if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0]!, first[1]!]);
  }
  return out;
}

/**
 * Rounds every coordinate of a geometry, dropping points that collapse onto their neighbour and
 * polygon rings that collapse below 4 positions (slivers smaller than the rounding step).
 */
export function roundGeometry<G extends Geometry>(g: G, decimals: number): G | null {
  switch (g.type) {
    case 'Point':
      return { ...g, coordinates: [roundTo(g.coordinates[0] ?? 0, decimals), roundTo(g.coordinates[1] ?? 0, decimals)] };
    case 'LineString': {
      const c = roundRing(g.coordinates, decimals, false);
      return c.length >= 2 ? { ...g, coordinates: c } : null;
    }
    case 'MultiLineString': {
      const c = g.coordinates.map((l) => roundRing(l, decimals, false)).filter((l) => l.length >= 2);
      return c.length ? { ...g, coordinates: c } : null;
    }
    case 'Polygon': {
      const rings = g.coordinates.map((r) => roundRing(r, decimals, true));
      if ((rings[0]?.length ?? 0) < 4) return null;
      return { ...g, coordinates: rings.filter((r) => r.length >= 4) };
    }
    case 'MultiPolygon': {
      const polys = g.coordinates
        .map((p) => p.map((r) => roundRing(r, decimals, true)))
        .filter((p) => (p[0]?.length ?? 0) >= 4)
        .map((p) => p.filter((r) => r.length >= 4));
      return polys.length ? { ...g, coordinates: polys } : null;
    }
    default:
      throw new Error(`roundGeometry: unsupported ${g.type}`);
  }
}

/** A FeatureCollection as JSON with one feature per line. */
export function stringifyFeatureCollection(fc: FeatureCollection): string {
  const lines = fc.features.map((f: Feature) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** A single-object topology as JSON with one geometry and one arc per line. */
export function stringifyTopology(topo: Topology, objectName: string): string {
  const obj = topo.objects[objectName];
  if (!obj || obj.type !== 'GeometryCollection') throw new Error(`topology has no collection ${objectName}`);
  const head = JSON.stringify({ type: topo.type, bbox: topo.bbox, transform: topo.transform });
  const geoms = obj.geometries.map((g) => JSON.stringify(g)).join(',\n');
  const arcs = topo.arcs.map((a) => JSON.stringify(a)).join(',\n');
  return (
    `${head.slice(0, -1)},"objects":{${JSON.stringify(objectName)}:{"type":"GeometryCollection","geometries":[\n` +
    `${geoms}\n]}},"arcs":[\n${arcs}\n]}\n`
  );
}

export interface Written {
  file: string;
  bytes: number;
  features: number;
}

/** Writes `text` to `file` (creating its folder) and reports what was written. */
export function writeText(file: string, text: string, features: number): Written {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return { file, bytes: Buffer.byteLength(text), features };
}
