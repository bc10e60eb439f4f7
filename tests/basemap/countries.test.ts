import fs from 'node:fs';
import path from 'node:path';
import { mesh } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { byIso2, byIso3, byNumeric, byAreaCode, COUNTRIES, TERRITORIES, isSouthCaucasus } from '@/lib/geo/countries';
import { REGION_BOUNDS } from '@/lib/map/view';
import { tilesInFrame } from '@/scripts/basemap/tiles';
import { GEODATA_DIR, readTile, readTopology, ROOT } from './files';

describe('country code table', () => {
  it('has unique codes of the right shape', () => {
    for (const key of ['iso3', 'iso2', 'numeric'] as const) {
      const values = COUNTRIES.map((c) => c[key]);
      expect(new Set(values).size, key).toBe(values.length);
    }
    for (const c of COUNTRIES) {
      expect(c.iso3).toMatch(/^[A-Z]{3}$/);
      expect(c.iso2).toMatch(/^[A-Z]{2}$/);
      expect(c.numeric).toMatch(/^\d{3}$/);
    }
    const codes = [...COUNTRIES.map((c) => c.iso3), ...TERRITORIES.map((t) => t.code)];
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('covers every country the sources and brief name', () => {
    const needed = 'ARM AZE GEO TUR IRN RUS PAK ISR USA CHN BLR KAZ KGZ TJK UKR SYR IRQ TKM UZB AFG BGR ROU GRC CYP LBN JOR SAU KWT MDA';
    for (const iso3 of needed.split(' ')) expect(byIso3(iso3), iso3).toBeDefined();
  });

  it('looks up by each code, in any case, and numeric with or without padding', () => {
    expect(byIso3('arm')?.name).toBe('Armenia');
    expect(byIso2('AZ')?.iso3).toBe('AZE');
    expect(byNumeric('051')?.iso3).toBe('ARM');
    expect(byNumeric(51)?.iso3).toBe('ARM');
    expect(byNumeric('268')?.iso3).toBe('GEO');
    expect(byIso3('XXX')).toBeUndefined();
    expect(byAreaCode('CYN')?.kind).toBe('territory');
    expect(isSouthCaucasus('GEO') && !isSouthCaucasus('TUR') && !isSouthCaucasus(null)).toBe(true);
  });

  it('matches Natural Earth: each numeric code is a world-atlas id', () => {
    const world = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/world-atlas/countries-10m.json'), 'utf8'));
    const ids = new Set(world.objects.countries.geometries.map((g: { id?: string }) => g.id));
    for (const c of COUNTRIES) expect(ids.has(c.numeric), `${c.iso3} ${c.numeric}`).toBe(true);
  });
});

describe('countries.topo.json (what the data module derives borders from)', () => {
  const topo = readTopology();
  const geoms = topo.objects.countries.geometries;
  const ids = geoms.map((g) => String(g.id));

  it('names every geometry by its ISO alpha-3 and carries {iso3, name}', () => {
    expect(ids).toEqual(expect.arrayContaining(['ARM', 'AZE', 'GEO', 'TUR', 'IRN', 'RUS', 'PAK', 'ISR', 'USA']));
    for (const g of geoms) {
      const p = g.properties as { iso3: string | null; name: string; kind: string };
      if (p.kind === 'country') expect(p.iso3).toBe(g.id);
      else expect(byAreaCode(String(g.id))?.kind).toBe('territory');
      expect(p.name).toBeTruthy();
    }
  });

  it('keeps shared arcs, so the Armenia–Azerbaijan border meshes into lines between them', () => {
    const code = (g: GeometryObject) => String(g.id);
    const line = mesh(topo, topo.objects.countries, (a, b) => [code(a), code(b)].sort().join() === 'ARM,AZE');
    expect(line.coordinates.length).toBeGreaterThan(0);
    const pts = line.coordinates.flat();
    expect(pts.length).toBeGreaterThan(100);
    for (const [lon = 0, lat = 0] of pts) {
      expect(lon).toBeGreaterThan(44.7);
      expect(lon).toBeLessThan(46.7);
      expect(lat).toBeGreaterThan(38.8);
      expect(lat).toBeLessThan(41.4);
    }
  });

  it('stays small enough to read on every load', () => {
    expect(fs.statSync(path.join(GEODATA_DIR, 'countries.topo.json')).size).toBeLessThan(1.5e6);
  });
});

/** Every feature of a source layer in the tiles of zoom z that meet a frame. */
const inTiles = (frame: [number, number, number, number], z: number, layer: string) =>
  tilesInFrame(frame, z).flatMap((t) => readTile(t.z, t.x, t.y, layer));

describe('land in the tiles', () => {
  it('draws Armenia, Azerbaijan and Georgia, and highlights exactly them', () => {
    const land = inTiles(REGION_BOUNDS, 5, 'land');
    const region = new Set(land.filter((f) => f.properties.region).map((f) => f.properties.iso3));
    expect([...region].sort()).toEqual(['ARM', 'AZE', 'GEO']);
  });

  it('has the far-away partners too, so links to Washington land on a continent', () => {
    const world = inTiles([-180, -85, 180, 85], 2, 'land');
    const iso3s = new Set(world.map((f) => f.properties.iso3));
    for (const iso3 of ['USA', 'PAK', 'ISR', 'TUR', 'IRN', 'RUS']) expect(iso3s.has(iso3), iso3).toBe(true);
    expect(new Set(world.map((f) => f.properties.name)).size).toBeGreaterThan(200);
  });
});

describe('borders in the tiles', () => {
  const borders = inTiles(REGION_BOUNDS, 5, 'borders');
  const pairs = (pred: (p: Record<string, unknown>) => boolean, from = borders) =>
    [...new Set(from.filter((f) => pred(f.properties)).map((f) => `${f.properties.a}-${f.properties.b}`))];

  it('marks exactly the borders between two South Caucasus countries as region borders', () => {
    expect(pairs((p) => p.region === true).sort()).toEqual(['ARM-AZE', 'ARM-GEO', 'AZE-GEO']);
  });

  it('has every border of the three countries', () => {
    const all = pairs(() => true);
    for (const pair of ['ARM-TUR', 'ARM-IRN', 'AZE-IRN', 'AZE-RUS', 'AZE-TUR', 'GEO-RUS', 'GEO-TUR']) expect(all).toContain(pair);
  });

  it('does not draw the line around Crimea as a settled border', () => {
    expect(pairs((p) => p.status === 'disputed', inTiles([30, 44, 38, 47], 6, 'borders'))).toEqual(['RUS-UKR']);
  });
});
