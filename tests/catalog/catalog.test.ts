import { describe, expect, it } from 'vitest';
import { buildCatalog, catalogOf } from '@/lib/catalog';
import { getAtlas } from '@/lib/data';

describe('the page catalog', () => {
  const atlas = getAtlas();
  const catalog = buildCatalog(atlas);

  it('spans from the earliest date in the data to the latest, so every feature can be shown', () => {
    const { from, to } = catalog.timeExtent;
    for (const f of atlas.features.values()) {
      const start = f.properties.date.interval.from.slice(0, 7);
      expect(start >= from && start <= to, f.id).toBe(true);
    }
  });

  it('counts every layer and carries every source title, but no features: its size does not grow with the data', () => {
    expect(catalog.layers.reduce((n, l) => n + l.count, 0)).toBe(atlas.features.size);
    expect(catalog.sources.map((s) => s.id).sort()).toEqual(atlas.sources.map((s) => s.id).sort());
    expect(Object.keys(catalog).sort()).toEqual(['alliances', 'layers', 'sources', 'timeAxis', 'timeExtent', 'version']);
  });

  it('is built once per loaded atlas, not on every page request', () => {
    expect(catalogOf(atlas)).toBe(catalogOf(atlas));
  });
});
