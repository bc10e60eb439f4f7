import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { distanceFact, nearestDistanceMeters } from '@/lib/data/spatial';
import { memberLinks, sphericalCentre } from '@/lib/data/derive';

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

describe('memberLinks', () => {
  const [A, B, C, D, E] = [[0, 0], [10, 0], [0, 10], [20, 20], [30, 5]];

  it('links two members directly', () => {
    expect(memberLinks([A!, B!])).toEqual([[A, B]]);
  });

  it('links three or more to a hub, never pair by pair or in a ring (no invented bilateral ties)', () => {
    const links = memberLinks([A!, B!, C!, D!, E!]);
    expect(links).toHaveLength(5);
    expect(links.map(([from]) => from)).toEqual([A, B, C, D, E]);
    const hubs = new Set(links.map(([, to]) => JSON.stringify(to)));
    expect(hubs.size).toBe(1);
    expect(links.some(([from, to]) => [A, B, C, D, E].some((m) => JSON.stringify(m) === JSON.stringify(to) && m !== from))).toBe(false);
  });

  it('puts the hub at the members\' geographic centre', () => {
    const [lon, lat] = sphericalCentre([[-10, 0], [10, 0]]);
    expect(lon).toBeCloseTo(0, 6);
    expect(lat).toBeCloseTo(0, 6);
    const [lon2] = sphericalCentre([[170, 0], [-170, 0]]);
    expect(Math.abs(lon2!)).toBeCloseTo(180, 6);
  });
});
