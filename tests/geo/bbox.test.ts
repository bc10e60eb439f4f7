import type { Geometry } from 'geojson';
import { bboxPolygon, booleanIntersects } from '@turf/turf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersectsBbox, type Bbox } from '@/lib/geo/bbox';
import { parseBbox } from '@/lib/ogc';
import { FEATURES } from '../api/fixtures/atlas';

const CAUCASUS: Bbox = [43, 38.5, 50, 42];
const baku = { geometry: { type: 'Point', coordinates: [49.87, 40.41] } as Geometry };
const ankara = { geometry: { type: 'Point', coordinates: [32.85, 39.93] } as Geometry };
/** Washington to Yerevan: crosses the view although both ends are far outside it. */
const usArm = { geometry: { type: 'LineString', coordinates: [[-77, 38.9], [44.5, 40.2]] } as Geometry };

describe('intersectsBbox: the API bbox filter', () => {
  it('keeps a box across the antimeridian and matches on both sides of it', () => {
    const box = parseBbox('170,-10,-170,10');
    const point = (lon: number) => ({ type: 'Point' as const, coordinates: [lon, 0] });
    expect(intersectsBbox(point(175), box)).toBe(true);
    expect(intersectsBbox(point(-175), box)).toBe(true);
    expect(intersectsBbox(point(0), box)).toBe(false);
  });

  it('matches a line crossing the box even when no vertex is inside it', () => {
    const [lachin] = FEATURES.corridors;
    expect(intersectsBbox(lachin!.geometry, [46.2, 39.5, 46.3, 39.9])).toBe(true);
    expect(intersectsBbox(lachin!.geometry, [46.2, 39.0, 46.3, 39.3])).toBe(false);
  });

  it('never matches a feature without geometry', () => {
    expect(intersectsBbox(null, [-180, -90, 180, 90])).toBe(false);
  });
});

describe('intersectsBbox: a geometry in the visible area (the list)', () => {
  it('counts a line that crosses the view though both ends are outside it', () => {
    expect(intersectsBbox(usArm.geometry, CAUCASUS)).toBe(true);
  });

  it('does not count a line whose bbox merely overlaps the view', () => {
    expect(intersectsBbox({ type: 'LineString' as const, coordinates: [[40, 41], [44, 45]] }, [43, 38.5, 50, 42])).toBe(false);
  });

  it('counts a polygon that contains the whole view', () => {
    expect(intersectsBbox({ type: 'Polygon' as const, coordinates: [[[0, 0], [90, 0], [90, 60], [0, 60], [0, 0]]] }, CAUCASUS)).toBe(true);
  });

  it('handles points and a missing geometry', () => {
    expect(intersectsBbox(baku.geometry, CAUCASUS)).toBe(true);
    expect(intersectsBbox(ankara.geometry, CAUCASUS)).toBe(false);
    expect(intersectsBbox(null, CAUCASUS)).toBe(false);
  });
});

describe('intersectsBbox: the same answers as a geometry library', () => {
  // Coordinates on a coarse grid, so that many geometries touch the box exactly at an edge or a
  // corner, where a hand-written test is most likely to differ.
  const coord = fc.integer({ min: -20, max: 20 }).map((v) => v / 2);
  const position = fc.tuple(coord, coord);
  const box = fc.tuple(coord, coord, coord, coord).map(([a, b, c, d]): Bbox => [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)]);
  /** A closed ring around a centre: a star-shaped polygon (snapped to the grid, it may pinch). */
  const ring = fc
    .tuple(position, fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 3, maxLength: 8 }))
    .map(([[cx, cy], radii]) => {
      const pts = radii.map((r, i) => {
        const a = (2 * Math.PI * i) / radii.length;
        // On the half-degree grid too: a touch then is exact, not a matter of rounding.
        return [Math.round(2 * (cx + r * Math.cos(a))) / 2, Math.round(2 * (cy + r * Math.sin(a))) / 2];
      });
      return [...pts, pts[0]!];
    });
  const geometry: fc.Arbitrary<Geometry> = fc.oneof(
    position.map((coordinates) => ({ type: 'Point' as const, coordinates })),
    fc.array(position, { minLength: 1, maxLength: 4 }).map((coordinates) => ({ type: 'MultiPoint' as const, coordinates })),
    fc.array(position, { minLength: 2, maxLength: 6 }).map((coordinates) => ({ type: 'LineString' as const, coordinates })),
    fc.array(fc.array(position, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 3 }).map((coordinates) => ({ type: 'MultiLineString' as const, coordinates })),
    ring.map((r) => ({ type: 'Polygon' as const, coordinates: [r] })),
    fc.array(ring, { minLength: 1, maxLength: 3 }).map((rs) => ({ type: 'MultiPolygon' as const, coordinates: rs.map((r) => [r]) })),
  );

  it('agrees with turf on points, lines and polygons against boxes with area, touching included', () => {
    fc.assert(
      fc.property(geometry, box, (g, b) => {
        fc.pre(b[0] < b[2] && b[1] < b[3]);
        expect(intersectsBbox(g, b)).toBe(booleanIntersects(g, bboxPolygon(b).geometry));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with turf on a polygon with a hole: a box inside the hole does not meet it', () => {
    const holed: Geometry = { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[3, 3], [7, 3], [7, 7], [3, 7], [3, 3]]] };
    for (const b of [[4, 4, 6, 6], [1, 1, 2, 2], [2, 2, 4, 4], [11, 11, 12, 12]] as Bbox[]) {
      expect(intersectsBbox(holed, b)).toBe(booleanIntersects(holed, bboxPolygon(b).geometry));
    }
    expect(intersectsBbox(holed, [4, 4, 6, 6])).toBe(false);
  });

  it('tests boxes of no width or height (a line of latitude, a point) against the geometry itself', () => {
    const line: Geometry = { type: 'LineString', coordinates: [[0, 0], [10, 10]] };
    expect(intersectsBbox(line, [5, 0, 5, 10])).toBe(true);
    expect(intersectsBbox(line, [5, 6, 5, 10])).toBe(false);
    expect(intersectsBbox(line, [3, 3, 3, 3])).toBe(true);
  });

  it('gives a geometry without positions an envelope that overlaps nothing', () => {
    expect(intersectsBbox({ type: 'MultiPoint' as const, coordinates: [] }, [-1, -1, 1, 1])).toBe(false);
    expect(intersectsBbox({ type: 'GeometryCollection', geometries: [] }, [-180, -90, 180, 90])).toBe(false);
  });
});
