import type { Geometry } from 'geojson';
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
    expect(intersectsBbox({ type: 'LineString', coordinates: [[40, 41], [44, 45]] }, [43, 38.5, 50, 42])).toBe(false);
  });

  it('counts a polygon that contains the whole view', () => {
    expect(intersectsBbox({ type: 'Polygon', coordinates: [[[0, 0], [90, 0], [90, 60], [0, 60], [0, 0]]] }, CAUCASUS)).toBe(true);
  });

  it('handles points and a missing geometry', () => {
    expect(intersectsBbox(baku.geometry, CAUCASUS)).toBe(true);
    expect(intersectsBbox(ankara.geometry, CAUCASUS)).toBe(false);
    expect(intersectsBbox(null, CAUCASUS)).toBe(false);
  });
});
