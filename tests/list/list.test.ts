import { describe, expect, it } from 'vitest';
import type { AtlasFeature } from '@/lib/data/types';
import type { Bbox } from '@/lib/geo/bbox';
import { listGroups, toListItem } from '@/lib/list';
import { shownOf, type ViewFilters } from '@/lib/view';
import { mapFormFeature, type MapFormFeature } from '@/lib/view/map-form';
import { feature } from './feature';

const CAUCASUS: Bbox = [43, 38.5, 50, 42];

const baku = feature('baku', 'events', { type: 'Point', coordinates: [49.87, 40.41] }, {
  location: { precision: 'approximate', note: '' },
  status: 'planned',
  date: {
    start: '2021-02-03',
    precision: 'day',
    basis: 'resolved',
    phrase: 'February 3rd',
    resolution: 'year from the article',
    extent: 'dated',
    interval: { from: '2021-02-03T00:00:00Z', to: '2021-02-03T23:59:59Z' },
  },
} as Partial<AtlasFeature['properties']>);
const ankara = feature('ankara', 'events', { type: 'Point', coordinates: [32.85, 39.93] });
const earlier = feature('earlier', 'events', { type: 'Point', coordinates: [44.5, 40.2] }, {
  date: {
    start: '2017',
    precision: 'year',
    basis: 'outside-knowledge',
    outside: 'named reporting',
    extent: 'dated',
    interval: { from: '2017-01-01T00:00:00Z', to: '2017-12-31T23:59:59Z' },
  },
} as Partial<AtlasFeature['properties']>);
/** Washington to Yerevan: crosses the view although both ends are far outside it. */
const usArm = feature('us-arm', 'alliances', { type: 'LineString', coordinates: [[-77, 38.9], [44.5, 40.2]] });
/** A line whose bbox overlaps the view's corner without the line entering it. */
const skirting = feature('skirting', 'corridors', { type: 'LineString', coordinates: [[40, 43], [44, 45]] });

const ON = { exercises: true, corridors: true, borders: true, alliances: true, events: true };
const LAYERS = [
  { id: 'corridors' as const, title: 'Corridors' },
  { id: 'alliances' as const, title: 'Alliances' },
  { id: 'events' as const, title: 'Events' },
];
const ALL: MapFormFeature[] = [skirting, usArm, baku, ankara, earlier].map((f) => mapFormFeature(f));
const EVERYTHING = { from: '0001-01', to: '9999-12' } as const;

/** The list as the page builds it: the view model's shown features, then the ones in view. */
function list(filters: { on: ViewFilters['on']; hiddenAlliances: ReadonlySet<string>; view: Bbox | null; isShown?: (id: string) => boolean }) {
  const shown = shownOf(ALL, { on: filters.on, hidden: filters.hiddenAlliances, range: EVERYTHING }).filter(
    (f) => !filters.isShown || filters.isShown(f.id),
  );
  return listGroups(LAYERS, shown, filters.view);
}
const ids = (groups: ReturnType<typeof listGroups>) => groups.flatMap((g) => g.features.map((i) => i.id));

describe('listGroups', () => {
  it('lists what is in view, grouped by layer, oldest first', () => {
    const groups = list({ on: ON, hiddenAlliances: new Set(), view: CAUCASUS });
    expect(groups.map((g) => g.title)).toEqual(['Alliances', 'Events']);
    expect(groups[1]!.features.map((i) => i.id)).toEqual(['earlier', 'baku']);
  });

  it('leaves out layers that are off, hidden alliances and what another filter hides', () => {
    expect(ids(list({ on: { ...ON, events: false }, hiddenAlliances: new Set(), view: CAUCASUS }))).toEqual(['us-arm']);
    expect(ids(list({ on: ON, hiddenAlliances: new Set(['us-arm']), view: CAUCASUS }))).toEqual(['earlier', 'baku']);
    expect(ids(list({ on: ON, hiddenAlliances: new Set(), view: CAUCASUS, isShown: (id) => id !== 'earlier' }))).toEqual([
      'us-arm',
      'baku',
    ]);
  });

  it('lists nothing before the map knows its view', () => {
    expect(list({ on: ON, hiddenAlliances: new Set(), view: null })).toEqual([]);
  });

  it('describes each row with kind, date and how precisely it is placed', () => {
    const row = toListItem(list({ on: ON, hiddenAlliances: new Set(), view: CAUCASUS })[1]!.features[1]!);
    expect(row).toMatchObject({
      name: 'baku',
      kind: 'Meeting',
      date: '3 Feb 2021',
      dateInferred: true,
      dateBasis: 'resolved',
      dateBasisLabel: 'resolved from the text',
      status: 'planned',
      statusLabel: 'Planned',
      place: 'approximate location',
    });
    const exact = toListItem(list({ on: ON, hiddenAlliances: new Set(), view: CAUCASUS })[1]!.features[0]!);
    expect(exact.place).toBeNull();
  });

  it('does not change its input', () => {
    const before = JSON.stringify(ALL);
    list({ on: ON, hiddenAlliances: new Set(), view: CAUCASUS });
    expect(JSON.stringify(ALL)).toBe(before);
  });
});
