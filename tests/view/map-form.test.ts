import { describe, expect, it } from 'vitest';
import { getAtlas } from '@/lib/data';
import { mapFormFeature } from '@/lib/view/map-form';

const atlas = getAtlas();
const decimals = (g: unknown): number[] => {
  const out: number[] = [];
  const walk = (c: unknown) => (typeof c === 'number' ? out.push((String(c).split('.')[1] ?? '').length) : (c as unknown[]).forEach(walk));
  walk((g as { coordinates: unknown }).coordinates);
  return out;
};

describe('the map form of a feature', () => {
  it('draws a derived line (a link between capitals) with four decimals, close to the exact line', () => {
    const link = atlas.layers.alliances.collection.features.find((f) => f.properties.derivedGeometry && f.geometry)!;
    const drawn = mapFormFeature(link).geometry!;
    expect(Math.max(...decimals(drawn))).toBeLessThanOrEqual(4);
    expect(Math.max(...decimals(link.geometry))).toBeGreaterThan(4);
    const exact = (link.geometry as { coordinates: number[][][] }).coordinates.flat(1);
    const round = (drawn as { coordinates: number[][][] }).coordinates.flat(1);
    expect(round).toHaveLength(exact.length);
    round.forEach((p, i) => p.forEach((v, j) => expect(Math.abs(v - exact[i]![j]!)).toBeLessThanOrEqual(0.0000501)));
  });

  it('keeps a placed site as it is stored', () => {
    const site = atlas.layers.exercises.collection.features.find((f) => f.geometry?.type === 'Point' && !f.properties.derivedGeometry)!;
    expect(mapFormFeature(site).geometry).toEqual(site.geometry);
  });
});
