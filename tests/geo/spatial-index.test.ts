import fc from 'fast-check';
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { intersectsBbox, type Bbox } from '@/lib/geo/bbox';
import { featuresInBbox } from '@/lib/geo/spatial-index';

const lon = fc.double({ min: -180, max: 180, noNaN: true });
const lat = fc.double({ min: -85, max: 85, noNaN: true });
const point = fc.tuple(lon, lat).map(([x, y]): Geometry => ({ type: 'Point', coordinates: [x, y] }));
const line = fc
  .array(fc.tuple(fc.double({ min: 30, max: 60, noNaN: true }), fc.double({ min: 30, max: 50, noNaN: true })), { minLength: 2, maxLength: 5 })
  .map((coordinates): Geometry => ({ type: 'LineString', coordinates }));
const feature = fc.record({ geometry: fc.oneof(point, line, fc.constant(null)) });
const box = fc
  .tuple(lon, lon, lat, lat)
  .map(([a, b, c, d]): Bbox => [a, Math.min(c, d), b, Math.max(c, d)]); // a > b crosses the antimeridian

describe('the spatial index', () => {
  it('answers a box exactly as a scan of every feature does, in list order', () => {
    fc.assert(
      fc.property(fc.array(feature, { maxLength: 60 }), box, (features, b) => {
        expect(featuresInBbox(features, b)).toEqual(features.filter((f) => intersectsBbox(f.geometry, b)));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same points among 100,000 as a scan', () => {
    const features = Array.from({ length: 100_000 }, (_, i) => ({
      id: i,
      geometry: { type: 'Point', coordinates: [-170 + (i % 1000) * 0.3, -80 + Math.floor(i / 1000) * 1.6] } as Geometry,
    }));
    const hits = featuresInBbox(features, [46, 39, 47, 40]);
    expect(hits.map((h) => h.id)).toEqual(features.filter((f) => intersectsBbox(f.geometry, [46, 39, 47, 40])).map((f) => f.id));
    expect(hits.length).toBeGreaterThan(0);
  });
});
