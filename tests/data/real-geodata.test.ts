/**
 * The real `geodata/` must validate with zero issues. This test stays red while the layer files
 * are being authored; that is the point of it, so it is not skipped or weakened.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue, getAtlas, getSource, LAYER_IDS, loadAtlas } from '@/lib/data';

const getFeature = (id: string) => getAtlas().features.get(id);
const getLayer = (id: string) => (getAtlas().layers as Record<string, ReturnType<typeof getAtlas>['layers'][(typeof LAYER_IDS)[number]] | undefined>)[id];
import { nearestDistanceMeters } from '@/lib/data/spatial';

describe('real geodata', () => {
  it('validates with zero issues', () => {
    const issues = loadAtlas().issues.map(formatIssue);
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

  it('gives every feature a status, and marks what the sources only plan, propose or claim', () => {
    const status = (id: string) => getFeature(id)?.properties.status;
    expect(status('ev-trilateral-ministerial-islamabad-2018')).toBe('planned');
    expect(status('ev-tehran-trilateral-meeting-planned-2021')).toBe('planned');
    expect(status('ev-russian-heavy-weapons-promise-yerevan')).toBe('planned');
    expect(status('all-usa-arm-proposed-partnership')).toBe('proposed');
    expect(status('all-3plus3-regional-platform')).toBe('proposed');
    expect(status('ev-aze-isr-arms-talks-2021')).toBe('proposed');
    expect(status('ev-armenian-forces-karabakh-claim')).toBe('claimed');
    expect(status('ex-three-brothers-2021')).toBe('occurred');
    expect(status('all-aze-tur-defence-ties')).toBe('in-force');
    for (const f of getAtlas().features.values()) expect(f.properties.status, f.id).toMatch(/^(occurred|in-force|planned|proposed|claimed)$/);
  });

  it('stores a meeting agreed to be held as a planned event only, not also as a standing format', () => {
    expect(getFeature('all-aze-irn-tur-trilateral')).toBeUndefined();
    expect(getFeature('ev-tehran-trilateral-meeting-planned-2021')?.properties.layer).toBe('events');
  });

  it('places the Lachin-district drill by the text and never calls that placement a check', () => {
    const drill = getFeature('ex-lachin-special-forces-drill-2021');
    const [fact] = drill?.properties.spatialFacts ?? [];
    expect(fact).toMatchObject({ to: 'cor-lachin', statedMeters: 300, use: 'placement', measure: 'strip-edge', holds: true });
    expect(drill?.properties.location).toMatchObject({ precision: 'region', placedBy: ['cor-lachin'] });
    // Measured as the text measures, to the corridor's 5 km strip: about 2.8 km from the road's centre line.
    expect(getFeature('cor-lachin')?.properties.width?.meters).toBe(5000);
    expect(Math.abs(fact!.computedMeters - 300)).toBeLessThanOrEqual(fact!.toleranceMeters);
    const geometries = getAtlas().features;
    const toLine = nearestDistanceMeters(geometries.get('ex-lachin-special-forces-drill-2021')!.geometry, geometries.get('cor-lachin')!.geometry);
    expect(toLine).toBeGreaterThan(2600);
  });

  it('maps the manoeuvres one article mentions only as the subject of a statement about them', () => {
    const manoeuvres = getFeature('ex-iran-manoeuvres-azerbaijani-border-2021');
    expect(manoeuvres?.properties.layer).toBe('exercises');
    expect(manoeuvres?.properties.related).toContain('ev-iran-mfa-israel-statement-2021');
  });

  it('shows three date bases, and names the outside knowledge a date rests on', () => {
    const bases = new Set([...getAtlas().features.values()].map((f) => f.properties.date.basis));
    expect(bases).toEqual(new Set(['stated', 'resolved', 'outside-knowledge']));
    for (const f of getAtlas().features.values()) {
      if (f.properties.date.basis === 'outside-knowledge') expect(f.properties.date.outside, f.id).toBeTruthy();
    }
    // "A 10-year agreement" says nothing about whether it lapsed: no invented end.
    expect(getFeature('all-aze-tur-strategic-partnership-2010')?.properties.date.end).toBeNull();
    // A context-only mention is not evidence for a boundary.
    expect(getFeature('bor-nkao')?.properties.citations.every((c) => c.role === 'context')).toBe(true);
  });
});
