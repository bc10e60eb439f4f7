import { describe, expect, it } from 'vitest';
import { inViewOf, legendInView, legendItems } from '@/lib/map/legend';
import { markerId } from '@/lib/map/markers';
import { EVENT_KIND_COLORS } from '@/lib/map/palette';

const marker = (status: 'fact' | 'planned', placement: 'exact' | 'region') =>
  markerId({ shape: 'circle', color: EVENT_KIND_COLORS.meeting!, status, placement });

describe('the legend explains what is drawn in view, and only that', () => {
  const items = legendItems();

  it('defines an entry for every layer, event family, status, placement and map device', () => {
    const keys = items.map((i) => i.key);
    for (const k of ['status:fact', 'status:planned', 'status:proposed', 'status:claimed', 'placement:exact', 'placement:approximate', 'placement:region', 'placement:symbolic', 'group', 'selection']) {
      expect(keys).toContain(k);
    }
    expect(items.filter((i) => i.key.startsWith('kinds:events:'))).toHaveLength(6);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lists the kind, status and placement of each rendered marker, the groups, badges and the selection', () => {
    const inView = inViewOf([
      { layer: { id: 'points-marker' }, properties: { layer: 'events', kind: 'visit', status: 'planned', icon: marker('planned', 'region') } },
      { layer: { id: 'points-group' }, properties: { point_count: 3, uncertain: 0 } },
      { layer: { id: 'anchors-badge' }, properties: { count: 2 } },
      { layer: { id: 'borders-line' }, properties: { layer: 'borders', kind: 'line-of-contact', status: 'fact' } },
    ]);
    const labels = legendInView(items, inView).map((i) => i.key);
    expect(labels).toEqual(
      expect.arrayContaining(['kinds:events:meeting,visit', 'status:planned', 'placement:region', 'group', 'placement:symbolic', 'kinds:borders:line-of-contact', 'status:fact']),
    );
    expect(labels).not.toContain('status:claimed');
    expect(labels).not.toContain('group-uncertain');
    expect(labels).not.toContain('kinds:borders:international-border');
  });
});
