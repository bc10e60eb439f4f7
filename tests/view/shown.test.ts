/**
 * The view model on a small fixture (not the live geodata): what is shown, why not, what brings a
 * feature back, and the counts, all from the same rule.
 */
import { describe, expect, it } from 'vitest';
import type { LayerId } from '@/lib/data/types';
import { layerCounts, reveal, shownOf, toggledOn, whyHidden, type ViewFilters } from '@/lib/view';
import { mapFormFeature } from '@/lib/view/map-form';
import { feature } from '../api/fixtures/atlas';

const ALL_ON: Record<LayerId, boolean> = { exercises: true, corridors: true, borders: true, alliances: true, events: true };
const EXTENT = { from: '1994-01', to: '2023-12' } as const;
const fixture = [
  feature('bor-line-of-contact', { type: 'LineString', coordinates: [[46, 40], [47, 39.5]] }, { layer: 'borders', kind: 'line-of-contact', name: 'Line of contact' }, ['1994-01-01T00:00:00Z', '2020-11-30T23:59:59Z']),
  feature('bor-peacekeeping-area', { type: 'LineString', coordinates: [[46.5, 39.8], [46.9, 39.9]] }, { layer: 'borders', kind: 'peacekeeping-area', name: 'Peacekeeping area' }, ['2020-11-01T00:00:00Z', null]),
  feature('ex-three-brothers-2021', { type: 'Point', coordinates: [49.87, 40.41] }, { layer: 'exercises', kind: 'special-forces-drill', name: 'Three Brothers-2021' }, ['2021-09-01T00:00:00Z', '2021-09-30T23:59:59Z']),
  feature('ev-meeting-2017', { type: 'Point', coordinates: [49.87, 40.41] }, { layer: 'events', kind: 'meeting', name: 'Meeting' }, ['2017-11-30T00:00:00Z', '2017-11-30T23:59:59Z']),
  feature('all-trilateral', { type: 'MultiLineString', coordinates: [[[49.87, 40.41], [32.85, 39.93]]] }, { layer: 'alliances', kind: 'trilateral-format', name: 'Trilateral format' }, ['2017-11-30T00:00:00Z', null]),
].map((f) => mapFormFeature(f));
const byId = (id: string) => fixture.find((f) => f.id === id)!;
const all: ViewFilters = { on: ALL_ON, hidden: new Set(), range: EXTENT };
const ids = (features: readonly { id: string }[]) => features.map((f) => f.id);

describe('shown features (fixture)', () => {
  it('follow the time range: the line of contact in 1994–2019, the peacekeeping area in 2021', () => {
    const early = ids(shownOf(fixture, { ...all, range: { from: '1994-01', to: '2019-12' } }));
    const late = ids(shownOf(fixture, { ...all, range: { from: '2021-01', to: '2021-12' } }));
    expect(early).toContain('bor-line-of-contact');
    expect(early).not.toContain('bor-peacekeeping-area');
    expect(late).not.toContain('bor-line-of-contact');
    expect(late).toContain('bor-peacekeeping-area');
  });

  it('count a feature known to a month for the whole month, and touching the range counts', () => {
    expect(ids(shownOf(fixture, { ...all, range: { from: '2021-09', to: '2021-09' } }))).toContain('ex-three-brothers-2021');
    expect(ids(shownOf(fixture, { ...all, range: { from: '2020-11', to: '2020-11' } }))).toEqual(
      expect.arrayContaining(['bor-line-of-contact', 'bor-peacekeeping-area']),
    );
  });

  it('follow the layer and alliance toggles', () => {
    const filters = { ...all, on: { ...ALL_ON, events: false }, hidden: new Set(['all-trilateral']) };
    expect(ids(shownOf(fixture, filters))).toEqual(['bor-line-of-contact', 'bor-peacekeeping-area', 'ex-three-brothers-2021']);
    expect(ids(toggledOn(fixture, filters))).toEqual(ids(shownOf(fixture, filters)));
  });

  it('hide only features of a toggle-each layer one by one: an exercise id in the hidden set stays drawn', () => {
    expect(ids(shownOf(fixture, { ...all, hidden: new Set(['ex-three-brothers-2021']) }))).toContain('ex-three-brothers-2021');
  });
});

describe('why a selected feature is not drawn (fixture)', () => {
  it('is null while the feature is drawn', () => {
    expect(whyHidden(byId('ex-three-brothers-2021'), all)).toBeNull();
  });

  it('names the toggle or the time range that hides it, the layer first', () => {
    expect(whyHidden(byId('ex-three-brothers-2021'), { ...all, on: { ...ALL_ON, exercises: false } })).toBe('its layer is turned off');
    expect(whyHidden(byId('all-trilateral'), { ...all, hidden: new Set(['all-trilateral']) })).toBe('this alliance is turned off');
    expect(whyHidden(byId('bor-line-of-contact'), { ...all, range: { from: '2021-01', to: '2021-12' } })).toMatch(/outside the chosen time range/);
    expect(
      whyHidden(byId('all-trilateral'), { on: { ...ALL_ON, alliances: false }, hidden: new Set(['all-trilateral']), range: EXTENT }),
    ).toBe('its layer is turned off');
  });
});

describe('revealing a feature (fixture)', () => {
  it('turns on exactly what hides it, and shows the whole extent only when its dates are outside the range', () => {
    const hiding: ViewFilters = { on: { ...ALL_ON, alliances: false }, hidden: new Set(['all-trilateral', 'other']), range: { from: '2021-01', to: '2021-12' } };
    const shown = reveal(byId('all-trilateral'), hiding, EXTENT);
    expect(shown.on.alliances).toBe(true);
    expect([...shown.hidden]).toEqual(['other']);
    expect(shown.range).toEqual(hiding.range);
    expect(whyHidden(byId('all-trilateral'), shown)).toBeNull();
    const outOfTime = reveal(byId('bor-line-of-contact'), hiding, EXTENT);
    expect(outOfTime.range).toEqual(EXTENT);
    expect(whyHidden(byId('bor-line-of-contact'), outOfTime)).toBeNull();
  });

  it('returns the same filters when nothing hides the feature', () => {
    expect(reveal(byId('ex-three-brothers-2021'), all, EXTENT)).toBe(all);
  });
});

describe('counts (fixture)', () => {
  it('say per layer how many there are, how many the range lets through and how many are drawn', () => {
    const counts = layerCounts(fixture, { ...all, on: { ...ALL_ON, events: false }, range: { from: '2017-01', to: '2019-12' } }, ['borders', 'events', 'alliances']);
    expect(counts.borders).toEqual({ total: 2, inTime: 1, shown: 1 });
    expect(counts.events).toEqual({ total: 1, inTime: 1, shown: 0 });
    expect(counts.alliances).toEqual({ total: 1, inTime: 1, shown: 1 });
  });
});
