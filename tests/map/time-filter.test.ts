import { featureFilter, validateStyleMin, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { getAtlas } from '@/lib/data';
import { LAYERS } from '@/lib/layers';

const DATA_LAYER_STYLES = Object.fromEntries(LAYERS.map((l) => [l.id, { styles: l.map.styles }])) as Record<(typeof LAYERS)[number]['id'], { styles: (typeof LAYERS)[number]['map']['styles'] }>;
import { toMapFeatures } from '@/lib/map/map-features';
import { timeFilter, withTimeFilter } from '@/lib/map/time-filter';
import { intervalOf, overlaps, rangeInterval, type TimeRange } from '@/lib/time';

/** Evaluates a style layer's filter the way MapLibre does, on a feature as the map holds it. */
function passes(filter: unknown, f: ReturnType<typeof toMapFeatures>['features'][number]): boolean {
  const compiled = featureFilter(filter as FilterSpecification, 'filter');
  return compiled.filter({ zoom: 7 } as never, { type: f.geometry.type, id: f.id, properties: f.properties } as never);
}

const atlas = getAtlas();
const RANGES: TimeRange[] = [
  { from: '1994-01', to: '2019-12' },
  { from: '2021-01', to: '2021-12' },
  { from: '2020-11', to: '2020-11' },
  { from: '1923-01', to: '1990-12' },
  { from: '2023-09', to: '2023-09' },
];

describe('the map time filter', () => {
  it('draws the 1994–2020 line of contact in 1994–2019 and the peacekeeping area only from Nov 2020', () => {
    const borders = toMapFeatures(atlas.layers.borders.collection.features).features;
    const byId = (id: string) => borders.find((f) => f.id === id)!;
    const line = withTimeFilter(DATA_LAYER_STYLES.borders.styles[1]!, RANGES[0]!);
    expect(passes(line.filter, byId('bor-line-of-contact-1994-2020'))).toBe(true);
    expect(passes(line.filter, byId('bor-peacekeeping-area'))).toBe(false);
    const in2021 = withTimeFilter(DATA_LAYER_STYLES.borders.styles[1]!, RANGES[1]!);
    expect(passes(in2021.filter, byId('bor-line-of-contact-1994-2020'))).toBe(false);
    expect(passes(in2021.filter, byId('bor-peacekeeping-area'))).toBe(true);
  });

  it('agrees with the overlap rule behind the count and the export, for every feature, style and range', () => {
    for (const layer of Object.values(atlas.layers)) {
      const features = toMapFeatures(layer.collection.features).features;
      for (const style of DATA_LAYER_STYLES[layer.id].styles) {
        for (const range of RANGES) {
          const timed = withTimeFilter(style, range);
          for (const f of features) {
            const own = 'filter' in style && style.filter !== undefined ? passes(style.filter, f) : true;
            const inTime = overlaps(intervalOf(atlas.features.get(f.properties.id)!.properties.date.interval), rangeInterval(range));
            expect(passes(timed.filter, f), `${style.id} ${f.id} ${range.from}/${range.to}`).toBe(own && inTime);
          }
        }
      }
    }
  });

  it('keeps each style’s own filter and leaves the shared style objects untouched', () => {
    const style = DATA_LAYER_STYLES.exercises.styles[0]!;
    const before = structuredClone(style);
    const timed = withTimeFilter(style, RANGES[1]!);
    expect(timed.filter).toEqual(['all', (before as { filter: unknown }).filter, timeFilter(RANGES[1]!)]);
    expect(style).toEqual(before);
  });

  it('produces style layers MapLibre accepts', () => {
    const layers = Object.entries(DATA_LAYER_STYLES).flatMap(([source, { styles }]) =>
      styles.map((s) => ({ ...withTimeFilter(s, RANGES[0]!), source })),
    );
    const sources = Object.fromEntries(Object.keys(DATA_LAYER_STYLES).map((id) => [id, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }]));
    const errors = validateStyleMin({ version: 8, sources, layers, glyphs: 'local://{fontstack}/{range}' } as never);
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
