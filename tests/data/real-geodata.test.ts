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

  it('marks what the sources only plan, propose or claim, and leaves reported facts unmarked', () => {
    expect(getFeature('ev-trilateral-ministerial-islamabad-2018')?.properties.status).toBe('planned');
    expect(getFeature('all-usa-arm-proposed-partnership')?.properties.status).toBe('proposed');
    expect(getFeature('ev-armenian-forces-karabakh-claim')?.properties.status).toBe('claimed');
    expect(getFeature('ex-three-brothers-2021')?.properties.status).toBeUndefined();
  });

  it('keeps the stated 300 m between the Lachin drill and the corridor', () => {
    const [fact] = getFeature('ex-lachin-special-forces-drill-2021')?.properties.spatialFacts ?? [];
    expect(fact).toMatchObject({ to: 'cor-lachin', statedMeters: 300, consistent: true });
    expect(Math.abs(fact!.computedMeters - 300)).toBeLessThanOrEqual(fact!.toleranceMeters);
  });
});
