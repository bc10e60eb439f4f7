import { describe, expect, it } from 'vitest';
import type { AtlasFeature } from '@/lib/data/types';
import { OPEN_END, toMapFeatures } from '@/lib/map/map-features';
import { allianceColors } from '@/lib/map/palette';

const feature = (over: Partial<AtlasFeature['properties']> = {}): AtlasFeature => ({
  type: 'Feature',
  id: 'ex-test',
  geometry: { type: 'Point', coordinates: [49.87, 40.41] },
  properties: {
    layer: 'exercises',
    kind: 'special-forces-drill',
    name: 'Test drill',
    altNames: [],
    actors: ['AZE'],
    description: 'A test feature.',
    status: 'occurred',
    date: {
      start: '2021-09',
      precision: 'month',
      basis: 'resolved',
      phrase: 'September',
      resolution: 'year from the article date',
      extent: 'dated',
      interval: { from: '2021-09-01T00:00:00.000Z', to: '2021-09-30T23:59:59.999Z' },
    },
    location: { precision: 'approximate', note: 'placed near the town' },
    citations: [],
    related: [],
    spatialFacts: [],
    ...over,
  },
});

describe('toMapFeatures lifts what the styles need to flat properties', () => {
  it('marks approximate places and dates not stated by the text so the map can draw them differently', () => {
    const [f] = toMapFeatures([feature()]).features;
    expect(f!.properties).toMatchObject({ id: 'ex-test', approximate: 1, inferred: 1, kind: 'special-forces-drill' });
    expect(f!.properties.from).toBe(Date.UTC(2021, 8, 1));
  });

  it('marks an outside-knowledge date as not stated too', () => {
    const [f] = toMapFeatures([
      feature({ date: { ...feature().properties.date, basis: 'outside-knowledge', outside: 'named reporting', phrase: undefined, resolution: undefined } }),
    ]).features;
    expect(f!.properties.inferred).toBe(1);
  });

  it('draws an exact, stated feature solid, and an open-ended one as lasting', () => {
    const [f] = toMapFeatures([
      feature({
        location: { precision: 'exact', note: 'city' },
        date: {
          start: '2020-11',
          end: null,
          precision: 'month',
          basis: 'stated',
          phrase: 'since November 2020',
          extent: 'dated',
          interval: { from: '2020-11-01T00:00:00.000Z', to: null },
        },
      }),
    ]).features;
    expect(f!.properties).toMatchObject({ approximate: 0, inferred: 0, to: OPEN_END });
  });

  it('does not mutate its input', () => {
    const input = feature();
    const copy = structuredClone(input);
    toMapFeatures([input], { 'ex-test': '#123456' });
    expect(input).toEqual(copy);
  });
});

describe('alliance colours', () => {
  it('gives every alliance its own colour, independent of load order', () => {
    const ids = ['all-b', 'all-a', 'all-c'];
    const a = allianceColors(ids);
    const b = allianceColors([...ids].reverse());
    expect(a).toEqual(b);
    expect(new Set(Object.values(a)).size).toBe(3);
  });
});
