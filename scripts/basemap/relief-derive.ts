/**
 * Derives the committed relief file from Marble's SRTM texture: read the cells of RELIEF_FRAME,
 * smooth them (3 × 3 mean, against JPEG blocking), trace the RELIEF_BANDS with d3-contour, and
 * write one MultiPolygon per band. Run by `npm run build:basemap -- --relief`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { area as turfArea, polygon, rewind, simplify } from '@turf/turf';
import { contours } from 'd3-contour';
import jpeg from 'jpeg-js';
import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import type { BBox } from './config';
import { roundGeometry } from './output';
import { MARBLE_MISSING, MARBLE_SRTM_DIR, RELIEF_BANDS, RELIEF_DECIMALS, RELIEF_FRAME, RELIEF_MIN_AREA_KM2, RELIEF_SIMPLIFY_DEGREES } from './relief-config';

const TILE = 675;
const PER_DEGREE = 30;

export interface ReliefProperties {
  /** 1 = lowest band; the bands nest (band 2 lies inside band 1). */
  band: number;
  /** About how high the band begins (see RELIEF_BANDS: ±300 m). */
  metres: number;
}
export type ReliefCollection = FeatureCollection<MultiPolygon, ReliefProperties>;

/** A grid of texture values, row by row from the north-west corner of `frame`. */
export interface Grid {
  frame: BBox;
  width: number;
  height: number;
  values: Float64Array;
}

const tileFile = (dir: string, row: number, col: number) => {
  const r = String(row).padStart(6, '0');
  return path.join(dir, r, `${r}_${String(col).padStart(6, '0')}.jpg`);
};

/** Reads the texture over `frame` (whose edges must fall on whole cells). */
export function readTexture(frame: BBox = RELIEF_FRAME, dir = MARBLE_SRTM_DIR): Grid {
  if (!fs.existsSync(dir)) throw new Error(`${MARBLE_MISSING} (no ${dir})`);
  const [w, s, e, n] = frame;
  const x0 = Math.round((w + 180) * PER_DEGREE);
  const y0 = Math.round((90 - n) * PER_DEGREE);
  const width = Math.round((e - w) * PER_DEGREE);
  const height = Math.round((n - s) * PER_DEGREE);
  const tiles = new Map<string, { width: number; data: Uint8Array }>();
  const tile = (row: number, col: number) => {
    const k = `${row}/${col}`;
    if (!tiles.has(k)) {
      const file = tileFile(dir, row, col);
      if (!fs.existsSync(file)) throw new Error(`${MARBLE_MISSING} (no ${file})`);
      tiles.set(k, jpeg.decode(fs.readFileSync(file), { useTArray: true }));
    }
    return tiles.get(k)!;
  };
  const values = new Float64Array(width * height);
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) {
      const X = x0 + i;
      const Y = y0 + j;
      const t = tile(Math.floor(Y / TILE), Math.floor(X / TILE));
      // Grey JPEGs decode to RGBA with equal channels.
      values[j * width + i] = t.data[((Y % TILE) * t.width + (X % TILE)) * 4]!;
    }
  }
  return { frame, width, height, values };
}

/** 3 × 3 mean (edges use the cells they have). */
export function smooth({ width, height, values, frame }: Grid): Grid {
  const out = new Float64Array(values.length);
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) {
      let sum = 0;
      let n = 0;
      for (let dj = -1; dj <= 1; dj++) {
        for (let di = -1; di <= 1; di++) {
          const x = i + di;
          const y = j + dj;
          if (x < 0 || y < 0 || x >= width || y >= height) continue;
          sum += values[y * width + x]!;
          n++;
        }
      }
      out[j * width + i] = sum / n;
    }
  }
  return { frame, width, height, values: out };
}

/** The band outlines of a grid, in lon/lat, simplified and rounded; small patches dropped. */
export function bandsOf(grid: Grid, bands = RELIEF_BANDS): ReliefCollection {
  const [w, , , n] = grid.frame;
  const toLngLat = ([x = 0, y = 0]: Position): Position => [w + x / PER_DEGREE, n - y / PER_DEGREE];
  const traced = contours()
    .size([grid.width, grid.height])
    .thresholds(bands.map((b) => b.value))(grid.values);
  const features: Feature<MultiPolygon, ReliefProperties>[] = [];
  bands.forEach((b, k) => {
    const c = traced.find((t) => t.value === b.value);
    const polys: Position[][][] = [];
    for (const p of c?.coordinates ?? []) {
      const rings = p.map((r) => r.map(toLngLat));
      const outer = rings[0];
      if (!outer || turfArea(polygon([outer])) / 1e6 < RELIEF_MIN_AREA_KM2) continue;
      const holes = rings.slice(1).filter((h) => h.length >= 4 && turfArea(polygon([h])) / 1e6 >= RELIEF_MIN_AREA_KM2);
      const simple = simplify(polygon([outer, ...holes]), { tolerance: RELIEF_SIMPLIFY_DEGREES, highQuality: true });
      const rounded = roundGeometry(simple.geometry, RELIEF_DECIMALS);
      if (rounded) polys.push(rounded.coordinates);
    }
    if (!polys.length) return;
    const geometry = rewind({ type: 'MultiPolygon', coordinates: polys }) as MultiPolygon;
    features.push({ type: 'Feature', geometry, properties: { band: k + 1, metres: b.metres } });
  });
  return { type: 'FeatureCollection', features };
}

/** Reads Marble's texture and returns the relief bands (what `--relief` writes to RELIEF_FILE). */
export function deriveRelief(frame: BBox = RELIEF_FRAME, dir = MARBLE_SRTM_DIR): ReliefCollection {
  return bandsOf(smooth(readTexture(frame, dir)));
}
