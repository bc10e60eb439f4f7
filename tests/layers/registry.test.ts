/**
 * A layer is one registry entry plus its data: a fixture layer defined here, with a layer file
 * written next to the valid fixture data, is loaded, served by the API, drawn by the map and
 * explained by the legend without any other change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAtlas, type LayerId } from '@/lib/data';
import { LAYERS, type LayerDefinition } from '@/lib/layers';
import { sourcePlan } from '@/lib/map/data-layers';
import { legendItems } from '@/lib/map/legend';
import { markerOf } from '@/lib/map/map-features';
import { mapFormFeature } from '@/lib/view/map-form';
import { collectionsDocument, itemsDocument, layersOf, parseItemsQuery, queryablesDocument } from '@/lib/ogc';
import { composeCase } from '../data/fixtures';

/** A fixture layer: depots, stored as points, drawn as square-less circles in their own colour. */
const DEPOT = { shape: 'circle', color: '#123456', status: 'fact', placement: 'exact' } as const;
const depots: LayerDefinition = {
  id: 'depots',
  title: 'Depots',
  description: 'Supply depots named in the fixture texts.',
  idPrefix: 'dep-',
  kinds: ['depot'],
  geometry: 'point',
  map: { kind: 'points', order: 9, shape: 'circle', color: '#123456' },
  swatch: [{ shape: 'marker', marker: DEPOT }],
  legend: [{ label: 'Supply depot', swatch: { shape: 'marker', marker: DEPOT } }],
};
const REGISTRY = [...LAYERS, depots];

/** The valid fixture data plus `layers/depots.json`: the fixture exercise, re-cast as a depot. */
function withDepots(): string {
  const dir = composeCase();
  const exercises = JSON.parse(fs.readFileSync(path.join(dir, 'layers/exercises.json'), 'utf8'));
  const [drill] = exercises.features;
  const depot = {
    ...drill,
    id: 'dep-test-depot',
    properties: { ...drill.properties, layer: 'depots', kind: 'depot', name: 'Test depot', related: ['ex-test-drill'], spatialChecks: [], location: { precision: 'exact', note: 'the depot (fixture)' } },
  };
  fs.writeFileSync(path.join(dir, 'layers/depots.json'), JSON.stringify({ type: 'FeatureCollection', features: [depot] }));
  return dir;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('the layer registry', () => {
  it('loads a layer added as one registry entry plus its file', () => {
    const dir = withDepots();
    dirs.push(dir);
    const { atlas, issues } = loadAtlas(dir, REGISTRY);
    expect(issues).toEqual([]);
    const layer = atlas!.layers['depots' as LayerId];
    expect(layer.title).toBe('Depots');
    expect(layer.collection.features.map((f) => f.id)).toEqual(['dep-test-depot']);
    expect(atlas!.layerIds.at(-1)).toBe('depots');
  });

  it('reports a layer file that no registry entry describes', () => {
    const dir = withDepots();
    dirs.push(dir);
    const { atlas, issues } = loadAtlas(dir);
    expect(atlas).toBeUndefined();
    expect(issues.map((i) => i.problem)).toEqual([expect.stringMatching(/not a layer of the registry/)]);
    expect(issues[0]!.file).toMatch(/layers\/depots\.json$/);
  });

  it('serves the new layer through the API: collections, queryables and items', () => {
    const dir = withDepots();
    dirs.push(dir);
    const atlas = loadAtlas(dir, REGISTRY).atlas!;
    const origin = 'http://atlas.test';
    expect(collectionsDocument(layersOf(atlas), origin).collections.map((c) => c.id)).toContain('depots');
    const layer = atlas.layers['depots' as LayerId];
    expect(queryablesDocument(layer, [], origin).properties.kind.enum).toEqual(['depot']);
    const url = new URL(`${origin}/api/collections/depots/items?kind=depot`);
    const q = parseItemsQuery(url.searchParams, layer, []);
    const doc = itemsDocument(layer, q, { origin, url, timeStamp: '2021-01-01T00:00:00Z' });
    expect(doc.features.map((f) => f.id)).toEqual(['dep-test-depot']);
  });

  it('draws the new layer on the map with the other point layers, with its own marker, and explains it in the legend', () => {
    const points = sourcePlan(REGISTRY).find((p) => p.role === 'points');
    expect(points && points.role === 'points' && points.layers).toEqual(['events', 'exercises', 'depots']);
    const dir = withDepots();
    dirs.push(dir);
    const depot = loadAtlas(dir, REGISTRY).atlas!.features.get('dep-test-depot')!;
    expect(markerOf(mapFormFeature(depot), REGISTRY)).toMatchObject({ shape: 'circle', color: '#123456' });
    expect(legendItems(REGISTRY).map((e) => e.label)).toContain('Supply depot');
  });

  it('keeps the atlas layers in their draw order: areas and links under lines under points, the selection on top', () => {
    expect(sourcePlan().map((p) => p.source)).toEqual(['borders', 'alliances', 'corridors', 'anchors', 'points', 'selection']);
  });
});
