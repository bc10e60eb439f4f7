import type { MultiLineString, Polygon } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { clipLines, clipPolygons, outsideBoxes, splitAntimeridian } from '@/scripts/basemap/clip';
import type { BBox } from '@/scripts/basemap/config';
import { roundGeometry, stringifyTopology } from '@/scripts/basemap/output';
import { subsetTopology } from '@/scripts/basemap/topology';

/**
 * Three squares in a row, A | B | C, sharing arcs 1 (A–B) and 3 (B–C); unquantized.
 * Arc 0: A's outer edge, 2: B's top and bottom, 4: C's outer edge.
 */
function threeSquares(): Topology {
  return {
    type: 'Topology',
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', id: 'A', arcs: [[0, 1]] },
          { type: 'Polygon', id: 'B', arcs: [[~1, 2, 3]] },
          { type: 'Polygon', id: 'C', arcs: [[~3, 4]] },
        ],
      },
    },
    arcs: [
      [[1, 0], [0, 0], [0, 1], [1, 1]],
      [[1, 1], [1, 0]],
      [[1, 0], [2, 0], [2, 1], [1, 1]],
      [[2, 0], [2, 1]],
      [[2, 1], [3, 1], [3, 0], [2, 0]],
    ],
  } as unknown as Topology;
}

const ids = (t: Topology) => (t.objects.countries as { geometries: GeometryObject[] }).geometries;
const border = (t: Topology, a: string, b: string) =>
  mesh(t, t.objects.countries as never, (x: GeometryObject, y: GeometryObject) => [x.id, y.id].sort().join() === [a, b].sort().join());

describe('subsetTopology', () => {
  it('keeps only the arcs the kept geometries use, renumbered, and their shared borders intact', () => {
    const topo = threeSquares();
    const before = JSON.stringify(topo);
    const sub = subsetTopology(topo, 'countries', ids(topo).slice(1));
    expect(JSON.stringify(topo)).toBe(before); // input not mutated
    expect(sub.arcs.length).toBe(4); // arc 0 (A's outer edge) dropped
    expect(border(sub, 'B', 'C')).toEqual(border(topo, 'B', 'C'));
    expect(border(sub, 'B', 'C').coordinates.length).toBe(1);
    expect(sub.bbox).toEqual([1, 0, 3, 1]);
  });

  it('serialises to JSON that parses back to the same topology, one arc per line', () => {
    const sub = subsetTopology(threeSquares(), 'countries', ids(threeSquares()));
    const text = stringifyTopology(sub, 'countries');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(sub)));
    expect(text.split('\n').length).toBeGreaterThan(sub.arcs.length);
  });
});

describe('clipping at the regional frame', () => {
  const frame: BBox = [0, 0, 10, 10];
  const square: Polygon = { type: 'Polygon', coordinates: [[[-5, 2], [5, 2], [5, 8], [-5, 8], [-5, 2]]] };

  it('splits a polygon into an inside part and outside parts that meet on the frame edge', () => {
    const inside = clipPolygons(square, [frame]);
    const outside = clipPolygons(square, outsideBoxes(frame));
    expect(inside.coordinates.length).toBe(1);
    expect(outside.coordinates.length).toBe(1);
    const xs = (p: typeof inside) => p.coordinates.flat(2).map(([x = 0]) => x);
    expect(Math.min(...xs(inside))).toBe(0);
    expect(Math.max(...xs(outside))).toBe(0);
  });

  // Regression: bboxClip returns a LineString when one piece is left; it was read as a list of
  // lines, which turned the Armenia–Georgia border (and most others) into garbage.
  it('keeps a single remaining line as one line', () => {
    const lines: MultiLineString = { type: 'MultiLineString', coordinates: [[[1, 1], [2, 2], [3, 1]]] };
    expect(clipLines(lines, [frame]).coordinates).toEqual([[[1, 1], [2, 2], [3, 1]]]);
  });
});

describe('splitAntimeridian', () => {
  // Regression: Chukotka came out of world-atlas as a ring jumping from +180 to -180, drawn as a
  // band across the whole world map.
  it('cuts a ring that crosses 180° into parts that never jump across the map', () => {
    const crossing: Polygon = { type: 'Polygon', coordinates: [[[178, 60], [-178, 60], [-178, 62], [178, 62], [178, 60]]] };
    const split = splitAntimeridian(crossing);
    expect(split.coordinates.length).toBe(2);
    for (const ring of split.coordinates.map((p) => p[0]!)) {
      for (let i = 1; i < ring.length; i++) expect(Math.abs(ring[i]![0]! - ring[i - 1]![0]!)).toBeLessThanOrEqual(180);
    }
  });

  it('leaves ordinary polygons and rings round a pole alone', () => {
    const plain: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
    expect(splitAntimeridian(plain).coordinates).toEqual([plain.coordinates]);
    const polar: Polygon = { type: 'Polygon', coordinates: [[[-180, -80], [0, -75], [180, -80], [180, -90], [-180, -90], [-180, -80]]] };
    expect(splitAntimeridian(polar).coordinates).toEqual([polar.coordinates]);
  });
});

describe('roundGeometry', () => {
  it('rounds, drops points that collapse together and rings that collapse away', () => {
    const p: Polygon = {
      type: 'Polygon',
      coordinates: [
        [[0, 0], [1.000001, 0], [1, 0], [1, 1], [0, 1], [0, 0]],
        [[0.5, 0.5], [0.500001, 0.5], [0.5, 0.500001], [0.5, 0.5]],
      ],
    };
    expect(roundGeometry(p, 5)).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] });
  });
});
