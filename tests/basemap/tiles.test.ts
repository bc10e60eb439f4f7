import { VectorTile } from '@mapbox/vector-tile';
import type { FeatureCollection } from 'geojson';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { TILE_BANDS, WORLD_FRAME } from '@/scripts/basemap/tile-config';
import { cutTiles, tileBounds, tileOf, tilePlan, tilesInFrame } from '@/scripts/basemap/tiles';

const decode = (bytes: Uint8Array) => new VectorTile(new PbfReader(bytes));

describe('tile arithmetic', () => {
  it('finds the tile of a position, and that tile holds it', () => {
    expect(tileOf(0, 0, 1)).toEqual({ x: 1, y: 1 });
    expect(tileOf(-180, 85.05, 3)).toEqual({ x: 0, y: 0 });
    expect(tileOf(180, -85.05, 3)).toEqual({ x: 7, y: 7 });
    for (const [lon, lat, z] of [[46.75, 39.82, 9], [-77.04, 38.9, 4], [49.87, 40.41, 7]] as const) {
      const t = tileOf(lon, lat, z);
      const [w, s, e, n] = tileBounds({ z, ...t });
      expect(lon >= w && lon < e && lat > s && lat <= n, `${lon},${lat}`).toBe(true);
    }
  });

  it('lists the tiles meeting a frame, and not the neighbour a frame edge only touches', () => {
    expect(tilesInFrame([-180, -85, 180, 85], 1)).toHaveLength(4);
    // 0°E is the edge between the two columns of zoom 1: a frame ending there stays in the west.
    expect(tilesInFrame([-10, 10, 0, 20], 1).map((t) => t.x)).toEqual([0]);
    expect(tilesInFrame([-10, 10, 0.1, 20], 1).map((t) => t.x)).toEqual([0, 1]);
  });

  it('plans each tile once, every zoom of every band, the whole world only at low zoom', () => {
    const plan = tilePlan(TILE_BANDS);
    const keys = plan.map((t) => `${t.z}/${t.x}/${t.y}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const b of TILE_BANDS) for (let z = b.minzoom; z <= b.maxzoom; z++) expect(plan.some((t) => t.z === z), `z${z}`).toBe(true);
    expect(plan.filter((t) => t.z === 3)).toHaveLength(64);
    expect(plan.filter((t) => t.z === 4).length).toBeLessThan(256);
    // Washington at zoom 5 is no planned tile: the map draws it from its zoom-3 ancestor.
    const dc = tileOf(-77.04, 38.9, 5);
    expect(keys).not.toContain(`5/${dc.x}/${dc.y}`);
    expect(tilesInFrame(WORLD_FRAME, 0)).toEqual([{ z: 0, x: 0, y: 0 }]);
  });
});

describe('cutTiles', () => {
  const square = (w: number, s: number, e: number, n: number, props: Record<string, unknown>) => ({
    type: 'Feature' as const,
    geometry: { type: 'Polygon' as const, coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
    properties: props,
  });
  const lakes: FeatureCollection = {
    type: 'FeatureCollection',
    features: [square(40, 40, 41, 41, { areaKm2: 9000, minzoom: 0, secret: 'x' }), square(44, 40, 44.1, 40.1, { areaKm2: 80, minzoom: 5 })],
  };
  const at = (z: number) => {
    const t = tileOf(40.5, 40.5, z);
    return { z, ...t };
  };

  it('writes each feature from its minzoom on, with only the kept properties', () => {
    const plan = [at(4), at(5), { z: 0, x: 0, y: 0 }];
    const tiles = cutTiles([{ name: 'water', data: lakes, keep: ['areaKm2'] }], plan);
    const count = (t: { z: number; x: number; y: number }) => decode(tiles.get(`${t.z}/${t.x}/${t.y}`)!).layers.water?.length ?? 0;
    // Zoom 4 and 5 tiles of this corner both reach 44°E; the small lake joins at zoom 5.
    expect(tileOf(44.05, 40.05, 4)).toEqual({ x: at(4).x, y: at(4).y });
    expect(tileOf(44.05, 40.05, 5)).toEqual({ x: at(5).x, y: at(5).y });
    expect(count(at(4))).toBe(1);
    expect(count(at(5))).toBe(2);
    const f = decode(tiles.get(`0/0/0`)!).layers.water!.feature(0);
    expect(f.properties).toEqual({ areaKm2: 9000 });
  });

  it('writes a planned tile with nothing in it as an empty file, and is deterministic', () => {
    const plan = [{ z: 6, x: 0, y: 0 }, at(6)];
    const a = cutTiles([{ name: 'water', data: lakes, keep: ['areaKm2'] }], plan);
    const b = cutTiles([{ name: 'water', data: lakes, keep: ['areaKm2'] }], plan);
    expect(a.get('6/0/0')!.length).toBe(0);
    expect(a.get(`6/${at(6).x}/${at(6).y}`)!.length).toBeGreaterThan(0);
    for (const [k, v] of a) expect(Buffer.from(v).equals(Buffer.from(b.get(k)!)), k).toBe(true);
  });
});
