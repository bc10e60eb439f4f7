/** The map page's rules, without a browser: how clicks, toggles, search results and Back change the page. */
import { describe, expect, it } from 'vitest';
import type { LayerId } from '@/lib/data/types';
import { pageReducer, pageStateFromUrl, urlStateOf, type PageState } from '@/lib/view';
import { mapFormFeature } from '@/lib/view/map-form';
import { feature } from '../api/fixtures/atlas';

const ALL_ON: Record<LayerId, boolean> = { exercises: true, corridors: true, borders: true, alliances: true, events: true };
const EXTENT = { from: '1994-01', to: '2023-12' } as const;
const start: PageState = pageStateFromUrl({ feature: null, on: ALL_ON, hidden: [], range: EXTENT });
const loc = mapFormFeature(
  feature('bor-line-of-contact', { type: 'LineString', coordinates: [[46, 40], [47, 39.5]] }, { layer: 'borders', kind: 'line-of-contact', name: 'Line of contact' }, ['1994-01-01T00:00:00Z', '2020-11-30T23:59:59Z']),
);

describe('the page state', () => {
  it('opens one picked feature, offers several, and ignores a click on nothing', () => {
    expect(pageReducer(start, { type: 'pick', ids: [] })).toBe(start);
    expect(pageReducer(start, { type: 'pick', ids: ['a'] })).toMatchObject({ selected: 'a', choices: null });
    const offered = pageReducer(start, { type: 'pick', ids: ['a', 'b'] });
    expect(offered).toMatchObject({ selected: null, choices: ['a', 'b'] });
    expect(pageReducer(offered, { type: 'select', id: 'b' })).toMatchObject({ selected: 'b', choices: null });
    expect(pageReducer(offered, { type: 'close-chooser' }).choices).toBeNull();
  });

  it('toggles layers and single alliances, and keeps the selection', () => {
    const selected = pageReducer(start, { type: 'select', id: 'x' });
    const off = pageReducer(selected, { type: 'toggle-layer', layer: 'events' });
    expect(off.filters.on.events).toBe(false);
    expect(off.selected).toBe('x');
    expect(pageReducer(off, { type: 'toggle-layer', layer: 'events' }).filters.on.events).toBe(true);
    const hidden = pageReducer(start, { type: 'toggle-one', id: 'all-a' });
    expect([...hidden.filters.hidden]).toEqual(['all-a']);
    expect([...pageReducer(hidden, { type: 'toggle-one', id: 'all-a' }).filters.hidden]).toEqual([]);
  });

  it('reveals a search result hidden by its layer and the time range, and opens it', () => {
    const hiding = pageReducer(pageReducer(start, { type: 'toggle-layer', layer: 'borders' }), { type: 'set-range', range: { from: '2021-01', to: '2021-12' } });
    const revealed = pageReducer(hiding, { type: 'reveal', feature: loc, extent: EXTENT });
    expect(revealed.selected).toBe('bor-line-of-contact');
    expect(revealed.filters.on.borders).toBe(true);
    expect(revealed.filters.range).toEqual(EXTENT);
  });

  it('follows Back and Forward with the selection only; the rest of the view stays', () => {
    const toggled = pageReducer(pageReducer(start, { type: 'select', id: 'b' }), { type: 'toggle-layer', layer: 'corridors' });
    const back = pageReducer(toggled, { type: 'history', selected: 'a' });
    expect(back.selected).toBe('a');
    expect(back.filters).toBe(toggled.filters);
    expect(pageReducer(back, { type: 'history', selected: 'a' })).toBe(back);
  });

  it('round-trips through the URL state, hidden ids sorted', () => {
    const state = pageReducer(pageReducer(start, { type: 'toggle-one', id: 'z' }), { type: 'toggle-one', id: 'a' });
    const url = urlStateOf({ ...state, selected: 'x' });
    expect(url).toMatchObject({ feature: 'x', hidden: ['a', 'z'], range: EXTENT });
    expect(pageStateFromUrl(url).filters.hidden).toEqual(new Set(['a', 'z']));
  });
});
