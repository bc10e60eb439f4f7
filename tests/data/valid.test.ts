import path from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import { booleanClockwise } from '@turf/turf';
import type { MultiLineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { codePointSlice, LAYER_IDS, loadAtlas, type Atlas } from '@/lib/data';
import { VALID, expectMatchesFile } from './fixtures';

const CAPITALS = { AZE: [49.89201, 40.37767], TUR: [32.85427, 39.91987], PAK: [73.04329, 33.72148] };

function load(): Atlas {
  const { atlas, issues } = loadAtlas(VALID);
  expect(issues).toEqual([]);
  return atlas as Atlas;
}

describe('valid fixture', () => {
  const atlas = load();
  const feature = (id: string) => {
    const f = atlas.features.get(id);
    if (!f) throw new Error(`no feature ${id}`);
    return f;
  };

  it('resolves to the expected atlas (REGEN=1 to rewrite expected.json)', () => {
    const { sources, layers, version } = atlas;
    expectMatchesFile(path.join(VALID, 'expected.json'), {
      version,
      sources: sources.map(({ text, ...meta }) => ({ ...meta, textLength: [...text].length })),
      layers,
    });
  });

  it('anchors every citation at code-point offsets that slice back to the quote', () => {
    const texts = new Map(atlas.sources.map((s) => [s.id, s.text]));
    const citations = [...atlas.features.values()].flatMap((f) => f.properties.citations);
    expect(citations).toHaveLength(8);
    for (const c of citations) expect(codePointSlice(texts.get(c.source) ?? '', c.start, c.end)).toBe(c.exact);
    // The fixture text has an emoji before the quote: UTF-16 offsets would be one higher.
    const drill = feature('ex-test-drill').properties.citations[0];
    expect(drill?.start).toBe(50);
    expect(texts.get('900_0000000000000001')?.indexOf(drill?.exact ?? '')).toBe(51);
  });

  it('uses prefix/suffix to pick the one occurrence of an ambiguous quote', () => {
    const [c] = feature('ev-test-end').properties.citations;
    const text = atlas.sources.find((s) => s.id === c?.source)?.text ?? '';
    expect(c?.suffix).toBe(' ended');
    expect(codePointSlice(text, c?.start ?? 0, (c?.end ?? 0) + ' ended'.length)).toBe('The drills ended');
  });

  it('draws a format of three as great-circle spokes from each capital to one hub, not a triangle of ties', () => {
    const f = feature('al-test-triangle');
    const lines = (f.geometry as MultiLineString).coordinates;
    expect(lines).toHaveLength(3); // three members: three spokes
    expect(lines.map((l) => l[0])).toEqual([CAPITALS.AZE, CAPITALS.TUR, CAPITALS.PAK]);
    const hubs = new Set(lines.map((l) => JSON.stringify(l.at(-1))));
    expect(hubs.size).toBe(1);
    const [hubLon = 0, hubLat = 0] = lines[0]!.at(-1)!;
    // The hub lies among the capitals, east of Ankara and west of Islamabad.
    expect(hubLon).toBeGreaterThan(CAPITALS.TUR[0]!);
    expect(hubLon).toBeLessThan(CAPITALS.PAK[0]!);
    expect(hubLat).toBeGreaterThan(30);
    // A great circle bulges poleward of the straight lon/lat line between its ends.
    const spoke = lines[2]!;
    const mid = spoke[32] ?? [0, 0];
    const [x0 = 0, y0 = 0] = spoke[0]!;
    const straightLat = y0 + ((mid[0] ?? 0) - x0) * ((hubLat - y0) / (hubLon - x0));
    expect(mid[1]).toBeGreaterThan(straightLat);
    expect(f.properties.derivedGeometry).toBe(
      'great-circle spokes from the capitals of AZE, TUR, PAK (Baku, Ankara, Islamabad; GeoNames) to a hub at their geographic centre; the hub stands for the format, not for a place',
    );
  });

  it('meshes the Natural Earth border of the two countries', () => {
    const f = feature('bo-test-border');
    expect(f.geometry).toEqual({ type: 'MultiLineString', coordinates: [[[45, 41], [45, 40], [45, 39]]] });
    expect(f.properties.derivedGeometry).toBe('shared border of ARM and AZE, Natural Earth 1:10m');
  });

  it('rewinds a clockwise polygon counter-clockwise (RFC 7946 right-hand rule)', () => {
    const ring = (feature('bo-test-area').geometry as Polygon).coordinates[0] ?? [];
    expect(booleanClockwise(ring)).toBe(false);
  });

  it('keeps a placement rule as a placement, never as a verified distance', () => {
    const drill = feature('ex-test-drill').properties;
    const [fact] = drill.spatialFacts;
    expect(fact).toMatchObject({ to: 'co-test-road', stated: 'a mere 300 meters', use: 'placement', measure: 'geometry', holds: true });
    expect(Math.abs((fact?.computedMeters ?? 0) - 300)).toBeLessThan(5);
    expect(drill.location.placedBy).toEqual(['co-test-road']);
  });

  it('gives every feature a status and every citation a role', () => {
    const statuses = Object.fromEntries([...atlas.features.values()].map((f) => [f.id, f.properties.status]));
    expect(statuses).toEqual({
      'al-test-triangle': 'in-force',
      'bo-test-border': 'in-force',
      'bo-test-area': 'in-force',
      'co-test-road': 'in-force',
      'ev-test-end': 'occurred',
      'ex-test-drill': 'occurred',
    });
    const roles = feature('ev-test-end').properties.citations.map((c) => [c.role, c.attribution?.type]);
    expect(roles).toEqual([
      ['evidence', 'claim'],
      ['context', 'loaded-wording'],
    ]);
  });

  it('keeps the three date bases apart and dates the members list', () => {
    const basis = (id: string) => feature(id).properties.date.basis;
    expect([basis('al-test-triangle'), basis('ex-test-drill'), basis('bo-test-area')]).toEqual(['stated', 'resolved', 'outside-knowledge']);
    expect(feature('bo-test-area').properties.date.outside).toMatch(/named/);
    expect(feature('al-test-triangle').properties.membersAsOf).toMatchObject({ date: '2017-11-30', basis: 'stated', precision: 'day' });
    // An open end says when the sources last report the feature.
    expect(feature('co-test-road').properties.date.lastReported).toEqual({ date: '2021-10-07', estimated: true });
  });

  it('turns partial dates into the whole period they cover', () => {
    expect(feature('bo-test-area').properties.date.interval).toEqual({
      from: '2021-09-01T00:00:00Z',
      to: '2021-10-31T23:59:59Z',
    });
    expect(feature('co-test-road').properties.date.interval).toEqual({ from: '2021-01-01T00:00:00Z', to: null });
    expect(atlas.layers.borders.temporal).toEqual(['1991-01-01T00:00:00Z', null]);
  });

  it('serves every layer as valid GeoJSON with a bbox and a title', () => {
    for (const id of LAYER_IDS) {
      const layer = atlas.layers[id];
      expect(getIssues(JSON.stringify(layer.collection))).toEqual([]);
      expect(layer.title.length).toBeGreaterThan(3);
      const [minX, minY, maxX, maxY] = layer.bbox;
      expect(minX).toBeLessThanOrEqual(maxX);
      expect(minY).toBeLessThanOrEqual(maxY);
    }
    expect(atlas.layers.borders.bbox).toEqual([45, 39, 46.6, 41]);
  });

  it('gives the same version for the same files', () => {
    expect(loadAtlas(VALID).atlas?.version).toBe(atlas.version);
    expect(atlas.version).toMatch(/^[0-9a-f]{12}$/);
  });
});
