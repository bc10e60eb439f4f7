import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { distanceFact, nearestDistanceMeters } from '@/lib/data/spatial';
import { memberPairs } from '@/lib/data/derive';

const line: Geometry = { type: 'LineString', coordinates: [[46.3, 39.55], [46.3, 39.65]] };
const square: Geometry = { type: 'Polygon', coordinates: [[[46, 39], [47, 39], [47, 40], [46, 40], [46, 39]]] };

describe('nearestDistanceMeters', () => {
  it('measures a point to the nearest point of a line, not to its vertices', () => {
    const d = nearestDistanceMeters({ type: 'Point', coordinates: [46.3035, 39.6] }, line);
    expect(d).toBeGreaterThan(290);
    expect(d).toBeLessThan(310);
  });

  it('is zero for a point inside a polygon and for crossing lines', () => {
    expect(nearestDistanceMeters({ type: 'Point', coordinates: [46.5, 39.5] }, square)).toBe(0);
    expect(nearestDistanceMeters({ type: 'LineString', coordinates: [[46, 39.6], [47, 39.6]] }, line)).toBe(0);
  });

  it('finds the nearest approach between two lines either way', () => {
    const other: Geometry = { type: 'LineString', coordinates: [[46.31, 39.5], [46.31, 39.7]] };
    const d = nearestDistanceMeters(line, other);
    expect(Math.abs(d - nearestDistanceMeters(other, line))).toBeLessThan(1e-6);
    expect(d).toBeGreaterThan(800);
    expect(d).toBeLessThan(900);
  });

  it('measures to a polygon boundary from outside', () => {
    const d = nearestDistanceMeters({ type: 'Point', coordinates: [47.01, 39.5] }, square);
    expect(d).toBeGreaterThan(800);
    expect(d).toBeLessThan(900);
  });
});

describe('distanceFact', () => {
  const drill: Geometry = { type: 'Point', coordinates: [46.3035, 39.6] };
  const statement = { to: 'road', stated: 'a mere 300 meters', statedMeters: 300, toleranceMeters: 150 };

  it('measures a strip to its edge, not its centre line', () => {
    const toLine = distanceFact({ ...statement, measure: 'geometry', use: 'check' }, drill, line);
    expect(toLine).toMatchObject({ computedMeters: expect.closeTo(300, -1), holds: true, use: 'check' });
    // Inside a 1 km strip around the line, the point is 0 m from the strip, not 300 m.
    const toStrip = distanceFact({ ...statement, measure: 'strip-edge', use: 'check' }, drill, line, 1000);
    expect(toStrip).toMatchObject({ computedMeters: 0, holds: false, measure: 'strip-edge' });
    // 300 m beyond the edge of a 200 m strip is 400 m from the centre line.
    const beyond = distanceFact({ ...statement, measure: 'strip-edge', use: 'placement' }, { type: 'Point', coordinates: [46.3047, 39.6] }, line, 200);
    expect(beyond).toMatchObject({ holds: true, use: 'placement' });
    expect(beyond.computedMeters).toBeGreaterThan(290);
    expect(beyond.computedMeters).toBeLessThan(320);
  });
});

describe('memberPairs', () => {
  it('links every pair for up to four members and a ring beyond', () => {
    expect(memberPairs(['A', 'B', 'C'])).toEqual([['A', 'B'], ['A', 'C'], ['B', 'C']]);
    expect(memberPairs(['A', 'B', 'C', 'D'])).toHaveLength(6);
    expect(memberPairs(['A', 'B', 'C', 'D', 'E'])).toEqual([['A', 'B'], ['B', 'C'], ['C', 'D'], ['D', 'E'], ['E', 'A']]);
  });
});
