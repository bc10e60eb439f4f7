import { describe, expect, it } from 'vitest';
import { anchorsOf } from '@/lib/view/anchors';
import { mapFormFeature } from '@/lib/view/map-form';
import { feature } from '../api/fixtures/atlas';

const DAY: [string, string] = ['2021-09-01T00:00:00Z', '2021-09-01T23:59:59Z'];
const BAKU: [number, number] = [49.89201, 40.37767];
const YEREVAN: [number, number] = [44.51361, 40.18111];
const symbolic = { precision: 'symbolic' as const, note: 'at the capital' };
const nameAt = (p: readonly number[]) => (p[0] === BAKU[0] ? 'Baku' : p[0] === YEREVAN[0] ? 'Yerevan' : null);

describe('capital anchors', () => {
  const statement = mapFormFeature(feature('ev-a', { type: 'Point', coordinates: BAKU }, { layer: 'events', kind: 'statement', name: 'A', location: symbolic }, DAY), nameAt);
  const joint = mapFormFeature(
    feature('ev-b', { type: 'MultiPoint', coordinates: [BAKU, YEREVAN] }, { layer: 'events', kind: 'agreement', name: 'B', location: symbolic }, DAY),
    nameAt,
  );
  const site = mapFormFeature(feature('ev-c', { type: 'Point', coordinates: BAKU }, { layer: 'events', kind: 'meeting', name: 'C' }, DAY), nameAt);

  it('gather symbolic placements per capital, a joint one in each of its capitals, and name the capital', () => {
    const anchors = anchorsOf([statement, joint, site]);
    expect(anchors.map((a) => [a.name, a.ids])).toEqual([
      ['Baku', ['ev-a', 'ev-b']],
      ['Yerevan', ['ev-b']],
    ]);
  });

  it('leave out features placed at a site', () => {
    expect(anchorsOf([site])).toEqual([]);
  });
});
