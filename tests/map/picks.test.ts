import { describe, expect, it } from 'vitest';
import { picksOf } from '@/lib/map/data-layers';

const hit = (layer: string, properties: Record<string, unknown>) => ({ layer: { id: layer }, properties }) as never;

describe('picksOf: what a click or hover is on', () => {
  it('lists each feature once, however many of its style layers were hit', () => {
    const picks = picksOf([
      hit('corridors-line', { id: 'cor-lachin', name: 'Lachin corridor' }),
      hit('corridors-hit', { id: 'cor-lachin', name: 'Lachin corridor' }),
      hit('borders-line', { id: 'bd-aze-arm', name: 'Border' }),
    ]);
    expect(picks.map((p) => (p.type === 'feature' ? p.id : p.type))).toEqual(['cor-lachin', 'bd-aze-arm']);
  });

  it('a group or badge hit leaves out the lines and areas under it, so the group opens as itself', () => {
    const picks = picksOf([
      hit('points-group', { cluster_id: 7, point_count: 6 }),
      hit('alliances-hit', { id: 'all-aze-tur', name: 'Azerbaijan–Turkey defence cooperation' }),
      hit('anchors-badge', { id: 'anchor:baku', ids: 'a b', name: 'Baku' }),
    ]);
    expect(picks).toEqual([
      { type: 'group', clusterId: 7, count: 6 },
      { type: 'anchor', ids: ['a', 'b'], name: 'Baku' },
    ]);
  });

  it('with no symbol hit, a line under the pointer is picked', () => {
    const picks = picksOf([hit('alliances-hit', { id: 'all-aze-tur', name: 'Azerbaijan–Turkey defence cooperation' })]);
    expect(picks).toEqual([{ type: 'feature', id: 'all-aze-tur', layer: 'alliances', name: 'Azerbaijan–Turkey defence cooperation' }]);
  });
});
