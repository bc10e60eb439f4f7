/**
 * The real `geodata/` must validate with zero issues. This test stays red while the layer files
 * are being authored; that is the point of it, so it is not skipped or weakened.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue, getAtlas, getFeature, getLayer, getSource, LAYER_IDS, validateGeodata } from '@/lib/data';

describe('real geodata', () => {
  it('validates with zero issues', () => {
    const issues = validateGeodata().map(formatIssue);
    expect(issues, issues.join('\n')).toEqual([]);
  });

  it('is served through the cached API', () => {
    const atlas = getAtlas();
    expect(getAtlas()).toBe(atlas);
    expect(atlas.sources.map((s) => s.id)).toEqual([
      '000_668d234fb29e8982',
      '001_ffb5ef3699c29243',
      '002_2aadb1dbeed98bb9',
      '003_fd8218c4c3c52676',
    ]);
    expect(getSource('003_fd8218c4c3c52676')?.titleBasis).toBe('editorial');
    expect(getLayer('not-a-layer')).toBeUndefined();
    for (const id of LAYER_IDS) expect(getLayer(id)?.collection.features.length).toBeGreaterThan(0);
    const some = getLayer('events')?.collection.features[0];
    expect(some && getFeature(some.id)).toBe(some);
  });
});
