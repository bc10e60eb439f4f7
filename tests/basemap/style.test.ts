import fs from 'node:fs';
import path from 'node:path';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { basemapTileZooms, basemapVersion } from '@/lib/map/basemap-version';
import {
  BASEMAP_FIRST_LABEL_LAYER_ID,
  BASEMAP_FONTS,
  BASEMAP_LAYER_IDS,
  BASEMAP_SOURCE_IDS,
  BASEMAP_SOURCE_LAYERS,
  basemapStyle,
} from '@/lib/map/basemap-style';
import { memberTintStyle } from '@/lib/map/styles/alliances';
import { MAX_ZOOM } from '@/lib/map/view';
import { listFiles, versionOf } from '@/scripts/basemap/publish';
import { TILE_MAXZOOM } from '@/scripts/basemap/tile-config';
import { ROOT, readTile, VERSION_DIR } from './files';

const sources = basemapStyle.sources as Record<string, { type: string; data?: string; tiles?: string[]; minzoom?: number; maxzoom?: number; sparse?: boolean; attribution?: string }>;

describe('basemap style', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(basemapStyle).map((e) => e.message)).toEqual([]);
  });

  it('works offline: no glyphs URL, no sprite, no http(s) URL anywhere', () => {
    expect(basemapStyle).not.toHaveProperty('glyphs');
    expect(basemapStyle).not.toHaveProperty('sprite');
    expect(JSON.stringify(basemapStyle)).not.toMatch(/https?:|\/\//);
  });

  it('loads vector tiles from the versioned folder, with the zoom range the build cut', () => {
    const tiles = sources[BASEMAP_SOURCE_IDS.land]!;
    expect(tiles.type).toBe('vector');
    expect(tiles.tiles).toEqual([`/basemap/${basemapVersion}/{z}/{x}/{y}.pbf`]);
    expect([tiles.minzoom, tiles.maxzoom]).toEqual([0, TILE_MAXZOOM]);
    expect(basemapTileZooms.maxzoom).toBe(TILE_MAXZOOM);
    // Missing tiles outside the close-up bands are drawn from their ancestors, never left blank.
    expect(tiles.sparse).toBe(true);
    expect(fs.existsSync(path.join(VERSION_DIR, '0', '0', '0.pbf'))).toBe(true);
  });

  it('loads the label points and towns as GeoJSON from the same folder', () => {
    const geo = Object.values(sources).filter((s) => s.type === 'geojson');
    expect(geo.map((s) => s.data).sort()).toEqual([`/basemap/${basemapVersion}/labels.geojson`, `/basemap/${basemapVersion}/places.geojson`]);
    for (const s of geo) expect(fs.existsSync(path.join(ROOT, 'public', s.data!))).toBe(true);
  });

  it('has a version that matches the files on disk (rebuild with npm run build:basemap)', () => {
    const files = new Map(
      listFiles(VERSION_DIR)
        .filter((f) => !f.endsWith('.gz') && !f.endsWith('.br'))
        .map((f) => [f, new Uint8Array(fs.readFileSync(path.join(VERSION_DIR, f)))] as const),
    );
    expect(versionOf(files)).toBe(basemapVersion);
  });

  it('credits Natural Earth, GSHHG, SRTM and GeoNames in the attribution control', () => {
    const attributions = Object.values(sources).map((s) => s.attribution).join(' ');
    for (const who of ['Natural Earth', 'GSHHG', 'SRTM', 'GeoNames']) expect(attributions).toContain(who);
  });

  it('draws every tile layer from a source layer the tiles have', () => {
    const inTiles = new Set(
      ['land', 'relief', 'borders', 'water', 'rivers'].filter((l) => readTile(5, 20, 11, l).length > 0),
    );
    expect([...inTiles].sort()).toEqual(Object.values(BASEMAP_SOURCE_LAYERS).sort());
    const onTiles = basemapStyle.layers.filter((l) => 'source' in l && l.source === BASEMAP_SOURCE_IDS.land);
    expect(onTiles.length).toBeGreaterThan(5);
    for (const l of onTiles) expect(inTiles.has((l as { 'source-layer'?: string })['source-layer'] ?? ''), l.id).toBe(true);
    // The alliance tint is drawn on the same tiles by the map component.
    expect(memberTintStyle(['ARM'], '#f00')['source-layer' as keyof ReturnType<typeof memberTintStyle>]).toBe(BASEMAP_SOURCE_LAYERS.land);
  });

  it('lets the map zoom one level past the deepest tiles and no further', () => {
    expect(MAX_ZOOM).toBe(TILE_MAXZOOM + 1);
  });

  it('has every exported layer id, each once, water as the background', () => {
    const ids = basemapStyle.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(Object.values(BASEMAP_LAYER_IDS)));
    expect(ids).toContain(BASEMAP_FIRST_LABEL_LAYER_ID);
    expect(basemapStyle.layers[0]).toMatchObject({ id: 'background', type: 'background' });
  });

  it('draws relief, lakes and rivers over the land and under the borders and labels', () => {
    const at = (id: string) => basemapStyle.layers.findIndex((l) => l.id === id);
    const L = BASEMAP_LAYER_IDS;
    expect(at(L.landRegion)).toBeLessThan(at(L.relief));
    expect(at(L.relief)).toBeLessThan(at(L.lakes));
    expect(at(L.lakes)).toBeLessThan(at(L.rivers));
    expect(at(L.rivers)).toBeLessThan(at(L.borders));
    expect(at(L.bordersRegion)).toBeLessThan(at(BASEMAP_FIRST_LABEL_LAYER_ID));
  });

  it('names local font families that end in a generic family', () => {
    for (const stack of Object.values(BASEMAP_FONTS)) expect(stack.at(-1)).toBe('sans-serif');
    const fonts = JSON.stringify(basemapStyle.layers.filter((l) => l.type === 'symbol').map((l) => l.layout?.['text-font']));
    expect(fonts).toContain('Noto Sans');
  });

  it('keeps towns off the opening view until zoomed in, by rank', () => {
    const minzoom = (id: string) => basemapStyle.layers.find((l) => l.id === id)?.minzoom ?? 0;
    expect(minzoom(BASEMAP_LAYER_IDS.capitalLabels)).toBe(0);
    expect(minzoom(BASEMAP_LAYER_IDS.townLabels)).toBeLessThanOrEqual(5);
    expect(minzoom(BASEMAP_LAYER_IDS.smallTownLabels)).toBeGreaterThan(minzoom(BASEMAP_LAYER_IDS.townLabels));
  });
});
