import { describe, expect, it } from 'vitest';
import { buildCatalog } from '@/lib/catalog';
import { idsInRange, shownIds, toggledOn, whyHidden } from '@/lib/catalog/shown';
import { getAtlas } from '@/lib/data';
import type { LayerId } from '@/lib/data/types';

const catalog = buildCatalog(getAtlas());
const ALL_ON: Record<LayerId, boolean> = { exercises: true, corridors: true, borders: true, alliances: true, events: true };

describe('the catalog’s time facts', () => {
  it('spans from the earliest date in the data to the latest, so every feature can be shown', () => {
    const { from, to } = catalog.timeExtent;
    for (const f of catalog.features) {
      expect(f.interval.from.slice(0, 7) >= from, f.id).toBe(true);
      expect(f.interval.from.slice(0, 7) <= to, f.id).toBe(true);
    }
    expect(idsInRange(catalog.features, catalog.timeExtent).size).toBe(catalog.features.length);
  });

  it('carries each feature’s resolved interval and every source title', () => {
    const atlas = getAtlas();
    for (const f of catalog.features) expect(f.interval).toEqual(atlas.features.get(f.id)!.properties.date.interval);
    expect(catalog.sources.map((s) => s.id).sort()).toEqual(atlas.sources.map((s) => s.id).sort());
  });
});

describe('shown features', () => {
  it('follow the time range: the line of contact in 1994–2019, the peacekeeping area in 2021', () => {
    const early = shownIds(catalog.features, { on: ALL_ON, hiddenAlliances: new Set(), range: { from: '1994-01', to: '2019-12' } });
    const late = shownIds(catalog.features, { on: ALL_ON, hiddenAlliances: new Set(), range: { from: '2021-01', to: '2021-12' } });
    expect(early.has('bor-line-of-contact-1994-2020')).toBe(true);
    expect(early.has('bor-peacekeeping-area')).toBe(false);
    expect(late.has('bor-line-of-contact-1994-2020')).toBe(false);
    expect(late.has('bor-peacekeeping-area')).toBe(true);
    expect(early.size).toBeLessThan(catalog.features.length);
  });

  it('follow the layer and alliance toggles', () => {
    const range = catalog.timeExtent;
    const alliance = catalog.alliances[0]!.id;
    const ids = shownIds(catalog.features, { on: { ...ALL_ON, events: false }, hiddenAlliances: new Set([alliance]), range });
    expect([...ids].some((id) => catalog.features.find((f) => f.id === id)!.layer === 'events')).toBe(false);
    expect(ids.has(alliance)).toBe(false);
    const events = catalog.features.filter((f) => f.layer === 'events').length;
    expect(ids.size).toBe(catalog.features.length - events - 1);
    expect(toggledOn(catalog.features, { on: { ...ALL_ON, events: false }, hiddenAlliances: new Set([alliance]) }).length).toBe(ids.size);
  });
});

describe('why a selected feature is not drawn', () => {
  const feature = (id: string) => catalog.features.find((f) => f.id === id)!;
  const all = { on: ALL_ON, hiddenAlliances: new Set<string>(), range: catalog.timeExtent };

  it('is null while the feature is drawn', () => {
    expect(whyHidden(feature('ex-three-brothers-2021'), all)).toBeNull();
  });

  it('names the toggle or the time range that hides it', () => {
    expect(whyHidden(feature('ex-three-brothers-2021'), { ...all, on: { ...ALL_ON, exercises: false } })).toBe(
      'its layer is turned off',
    );
    expect(
      whyHidden(feature('all-aze-tur-pak-trilateral'), { ...all, hiddenAlliances: new Set(['all-aze-tur-pak-trilateral']) }),
    ).toBe('this alliance is turned off');
    expect(whyHidden(feature('bor-line-of-contact-1994-2020'), { ...all, range: { from: '2021-01', to: '2021-12' } })).toMatch(
      /outside the chosen time range/,
    );
  });
});

describe('the page catalog', () => {
  it('is built once per loaded atlas, not on every page request', async () => {
    const { catalogOf } = await import('@/lib/catalog');
    const { getPlaces } = await import('@/lib/data');
    const first = catalogOf(getAtlas(), getPlaces());
    expect(catalogOf(getAtlas(), getPlaces())).toBe(first);
    expect(first.features.length).toBe(catalog.features.length);
  });
});
