import { describe, expect, it } from 'vitest';
import type { AtlasFeature } from '@/lib/data/types';
import { toMapFeatures as fromMapForm } from '@/lib/map/map-features';
import { allianceColors } from '@/lib/map/palette';
import { mapFormFeature } from '@/lib/view/map-form';

/** The map draws the map form of the features the view model shows. */
const toMapFeatures = (features: AtlasFeature[], colors?: Record<string, string>) => fromMapForm(features.map(mapFormFeature), colors);

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
    date: {
      start: '2021-09',
      precision: 'month',
      basis: 'inferred',
      phrase: 'September',
      resolution: 'year from the article date',
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
  it('marks approximate places and inferred dates so the map can draw them differently', () => {
    const [f] = toMapFeatures([feature()]).features;
    expect(f!.properties).toMatchObject({ id: 'ex-test', approximate: 1, inferred: 1, kind: 'special-forces-drill' });
  });

  it('draws an exact, stated feature solid', () => {
    const [f] = toMapFeatures([
      feature({
        location: { precision: 'exact', note: 'city' },
        date: { start: '2020-11', end: null, precision: 'month', basis: 'explicit', interval: { from: '2020-11-01T00:00:00.000Z', to: null } },
      }),
    ]).features;
    expect(f!.properties).toMatchObject({ approximate: 0, inferred: 0 });
  });

  it('carries an alliance colour and leaves out features without geometry', () => {
    const [f] = toMapFeatures([feature()], { 'ex-test': '#123456' }).features;
    expect(f!.properties.color).toBe('#123456');
    expect(toMapFeatures([{ ...feature(), geometry: null as never }]).features).toEqual([]);
  });

  it('does not mutate its input', () => {
    const input = mapFormFeature(feature());
    const copy = structuredClone(input);
    fromMapForm([input], { 'ex-test': '#123456' });
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
