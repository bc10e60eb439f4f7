import { describe, expect, it } from 'vitest';
import type { AtlasFeature } from '@/lib/data/types';
import { anchorFeatures, labelPoint, pointFeatures, selectionFeatures, shapeFeatures } from '@/lib/map/map-features';
import { parseMarkerId } from '@/lib/map/markers';
import { allianceColors, EVENT_KIND_COLORS, LAYER_COLORS } from '@/lib/map/palette';
import { mapFormFeature, type MapFormFeature } from '@/lib/view/map-form';
import { feature as fixture } from '../api/fixtures/atlas';

const DAY: [string, string] = ['2021-09-01T00:00:00Z', '2021-09-01T23:59:59Z'];
const at = (id: string, props: Partial<AtlasFeature['properties']>, coordinates: [number, number] = [49.87, 40.41]): MapFormFeature =>
  mapFormFeature(fixture(id, { type: 'Point', coordinates }, { layer: 'events', kind: 'meeting', name: id, ...props }, DAY));

const drill = at('ex-drill', { layer: 'exercises', kind: 'special-forces-drill', location: { precision: 'approximate', note: '' } });
const planned = at('ev-planned', { status: 'planned' });
const claimed = at('ev-claimed', { kind: 'deployment', status: 'claimed', location: { precision: 'region', note: '' } });
const statement = at('ev-statement', { kind: 'statement', location: { precision: 'symbolic', note: 'at the capital' } });
const policy = at('ev-policy', { kind: 'policy', location: { precision: 'symbolic', note: 'at the capital' } });
const corridor = mapFormFeature(
  fixture('cor-x', { type: 'LineString', coordinates: [[46, 39.5], [46.5, 39.7], [47, 39.8]] }, { layer: 'corridors', kind: 'corridor', name: 'X corridor', status: 'planned' }, DAY),
);
const icon = (f: { properties: Record<string, unknown> }) => parseMarkerId(String(f.properties.icon));

describe('the point source: one marker per feature placed at a site or in a region', () => {
  const points = pointFeatures([drill, planned, claimed, statement, policy, corridor], null);

  it('draws exercises as diamonds and events as circles, each in its kind colour', () => {
    expect(icon(points.features[0]!)).toMatchObject({ shape: 'diamond', color: LAYER_COLORS.exercises.toLowerCase(), placement: 'approximate' });
    expect(icon(points.features[1]!)).toMatchObject({ shape: 'circle', color: EVENT_KIND_COLORS.meeting!.toLowerCase() });
  });

  it('spells the status and the placement in the marker: planned hollow, claimed hatched, a region a ring', () => {
    expect(icon(points.features[0]!)!.status).toBe('fact');
    expect(icon(points.features[1]!)!.status).toBe('planned');
    expect(icon(points.features[2]!)).toMatchObject({ status: 'claimed', placement: 'region' });
    expect(points.features.map((f) => f.properties.status)).toEqual(['fact', 'planned', 'claimed']);
  });

  it('leaves out symbolic placements, lines and the selected feature', () => {
    expect(points.features.map((f) => f.id)).toEqual(['ex-drill', 'ev-planned', 'ev-claimed']);
    expect(pointFeatures([drill, planned], 'ev-planned').features.map((f) => f.id)).toEqual(['ex-drill']);
  });
});

describe('capital badges', () => {
  it('gather the symbolic placements at one capital into one badge counting them', () => {
    const badges = anchorFeatures([statement, policy, drill]);
    expect(badges.features).toHaveLength(1);
    expect(badges.features[0]!.properties).toMatchObject({ count: 2, ids: 'ev-statement ev-policy' });
  });
});

describe('lines, areas and the selection', () => {
  it('carries the status and an alliance colour on lines', () => {
    const [line] = shapeFeatures([corridor, drill], 'corridors', {}).features;
    expect(line!.properties).toMatchObject({ id: 'cor-x', status: 'planned' });
    const colors = allianceColors(['cor-x']);
    expect(shapeFeatures([corridor], 'corridors', colors).features[0]!.properties.color).toBe(colors['cor-x']);
  });

  it('draws the selected feature apart, with a label point halfway along a line', () => {
    const selection = selectionFeatures([corridor, drill], 'cor-x');
    expect(selection.features.map((f) => f.properties.role ?? 'shape')).toEqual(['shape', 'label']);
    expect(selection.features[1]!.geometry).toEqual({ type: 'Point', coordinates: [46.5, 39.7] });
    expect(selectionFeatures([corridor], null).features).toEqual([]);
    expect(labelPoint({ type: 'Point', coordinates: [1, 2] })).toEqual([1, 2]);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone([drill, corridor]);
    pointFeatures([drill, corridor], null);
    selectionFeatures([drill, corridor], 'cor-x');
    expect([drill, corridor]).toEqual(copy);
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
