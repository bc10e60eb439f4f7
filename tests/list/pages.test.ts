import { describe, expect, it } from 'vitest';
import { LIST_PAGE, moreRowId, pageGroups, type ListGroup } from '@/lib/list';
import { mapFormFeature } from '@/lib/view/map-form';
import { feature } from './feature';

const event = (id: string) => mapFormFeature(feature(id, 'events', { type: 'Point', coordinates: [44.5, 40.2] }, { name: `Meeting ${id}` }));
const events = (n: number): ListGroup => ({ layer: 'events', title: 'Events', features: Array.from({ length: n }, (_, i) => event(`ev-${i}`)) });

describe('a long list, a page at a time', () => {
  it('shows a short group whole, and the first page of a long one with the count of the rest', () => {
    const [short] = pageGroups([events(12)], {}, null);
    expect(short!.rows).toHaveLength(12);
    expect(short!.hidden).toBe(0);
    const [long] = pageGroups([events(100_000)], {}, null);
    expect(long!.rows.map((r) => r.id)).toEqual(Array.from({ length: LIST_PAGE }, (_, i) => `ev-${i}`));
    // The rows on the page read as rows do: name, kind, date.
    expect(long!.rows[0]).toMatchObject({ name: 'Meeting ev-0', kind: 'Meeting', date: 'Sep 2021' });
    expect(long!.total).toBe(100_000);
    expect(long!.hidden).toBe(100_000 - LIST_PAGE);
  });

  it('shows the pages asked for, and never more than there are', () => {
    expect(pageGroups([events(1_000)], { events: 3 * LIST_PAGE }, null)[0]!.rows).toHaveLength(3 * LIST_PAGE);
    const all = pageGroups([events(250)], { events: 10 * LIST_PAGE }, null)[0]!;
    expect(all.rows).toHaveLength(250);
    expect(all.hidden).toBe(0);
  });

  it('lists the selected feature even when it lies beyond the page, once', () => {
    const g = pageGroups([events(5_000)], {}, 'ev-4321')[0]!;
    expect(g.rows).toHaveLength(LIST_PAGE + 1);
    expect(g.rows.at(-1)!.id).toBe('ev-4321');
    expect(g.hidden).toBe(5_000 - LIST_PAGE - 1);
    expect(pageGroups([events(5_000)], {}, 'ev-3')[0]!.rows).toHaveLength(LIST_PAGE);
  });

  it('names the row that shows more by its layer', () => {
    expect(moreRowId('events')).toBe('more:events');
  });
});
