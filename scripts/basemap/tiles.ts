/**
 * Vector tiles cut at build time: `@maplibre/geojson-vt` slices and simplifies per zoom,
 * `@maplibre/vt-pbf` encodes Mapbox Vector Tiles. Which tiles are cut is pure tile arithmetic
 * (`tilesInFrame`, `tilePlan`), tested on its own.
 */
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection } from 'geojson';
import type { BBox } from './config';
import { TILE_BANDS, TILE_BUFFER, TILE_EXTENT, TILE_TOLERANCE, type TileBand } from './tile-config';

export interface TileId {
  z: number;
  x: number;
  y: number;
}

const MAX_LAT = 85.0511287798;

/** The tile holding a position at zoom z (Web Mercator, XYZ scheme: y grows southwards). */
export function tileOf(lon: number, lat: number, z: number): { x: number; y: number } {
  const n = 2 ** z;
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  const x = Math.floor(((lon + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * n);
  return { x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) };
}

/** The [west, south, east, north] a tile covers. */
export function tileBounds({ z, x, y }: TileId): BBox {
  const n = 2 ** z;
  const lat = (t: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * t) / n))) * 180) / Math.PI;
  return [(x / n) * 360 - 180, lat(y + 1), ((x + 1) / n) * 360 - 180, lat(y)];
}

/** Every tile of zoom z that meets `frame`, row by row. */
export function tilesInFrame([w, s, e, n]: BBox, z: number): TileId[] {
  const nw = tileOf(w, n, z);
  const se = tileOf(e, s, z);
  // A frame edge exactly on a tile edge belongs to the tile inside the frame only.
  const maxX = ((e + 180) / 360) * 2 ** z === se.x && se.x > nw.x ? se.x - 1 : se.x;
  const out: TileId[] = [];
  for (let y = nw.y; y <= se.y; y++) for (let x = nw.x; x <= maxX; x++) out.push({ z, x, y });
  return out;
}

/** Every tile the bands ask for, each once, in z/x/y order. */
export function tilePlan(bands: readonly TileBand[] = TILE_BANDS): TileId[] {
  const seen = new Map<string, TileId>();
  for (const b of bands) for (let z = b.minzoom; z <= b.maxzoom; z++) for (const t of tilesInFrame(b.frame, z)) seen.set(`${t.z}/${t.x}/${t.y}`, t);
  return [...seen.values()].sort((a, b) => a.z - b.z || a.x - b.x || a.y - b.y);
}

/** One source layer: its features, each drawn from `minzoom` on (a `minzoom` property, else always). */
export interface TileLayer {
  name: string;
  data: FeatureCollection;
  /** Properties written into the tiles (others are build-time only). */
  keep: readonly string[];
}

const minzoomOf = (f: Feature) => {
  const m = (f.properties as { minzoom?: unknown } | null)?.minzoom;
  return typeof m === 'number' ? m : 0;
};

/** Tile indexes per layer and zoom, built lazily and shared by zooms that draw the same features. */
class LayerIndex {
  private byThreshold = new Map<number, GeoJSONVT | null>();
  private thresholds: number[];

  constructor(private readonly layer: TileLayer) {
    this.thresholds = [...new Set(layer.data.features.map(minzoomOf))].sort((a, b) => a - b);
  }

  tile(z: number, x: number, y: number): GeoJSONVTTile | null {
    // The highest minzoom at or below z: zooms between two thresholds draw the same features.
    const t = [...this.thresholds].reverse().find((m) => m <= z);
    if (t === undefined) return null;
    if (!this.byThreshold.has(t)) {
      const features = this.layer.data.features
        .filter((f) => minzoomOf(f) <= t)
        .map((f) => ({ ...f, properties: pick(f.properties ?? {}, this.layer.keep) }));
      this.byThreshold.set(
        t,
        features.length
          ? new GeoJSONVT({ type: 'FeatureCollection', features }, {
              maxZoom: 14,
              indexMaxZoom: 0,
              tolerance: TILE_TOLERANCE,
              extent: TILE_EXTENT,
              buffer: TILE_BUFFER,
            })
          : null,
      );
    }
    const tile = this.byThreshold.get(t)?.getTile(z, x, y) ?? null;
    return tile && tile.features.length ? tile : null;
  }
}

function pick(props: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (props[k] !== undefined && props[k] !== null) out[k] = props[k];
  return out;
}

/**
 * Encodes every planned tile. A tile in the plan with nothing in it is written empty (zero bytes),
 * so the map asks no ancestor for open sea inside a band.
 */
export function cutTiles(layers: readonly TileLayer[], plan: readonly TileId[] = tilePlan()): Map<string, Uint8Array> {
  const indexes = layers.map((l) => ({ name: l.name, index: new LayerIndex(l) }));
  const out = new Map<string, Uint8Array>();
  for (const { z, x, y } of plan) {
    const present: Record<string, GeoJSONVTTile> = {};
    for (const { name, index } of indexes) {
      const t = index.tile(z, x, y);
      if (t) present[name] = t;
    }
    out.set(`${z}/${x}/${y}`, Object.keys(present).length ? fromGeojsonVt(present, { version: 2, extent: TILE_EXTENT }) : new Uint8Array(0));
  }
  return out;
}
