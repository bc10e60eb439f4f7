import fs from 'node:fs';
import { booleanPointInPolygon, point } from '@turf/turf';
import { getIssues } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { stringifyFeatureCollection } from '@/scripts/basemap/output';
import { readRelief } from '@/scripts/basemap/relief';
import { MARBLE_SRTM_DIR, RELIEF_BANDS, RELIEF_FILE, RELIEF_SPOT_HEIGHTS } from '@/scripts/basemap/relief-config';
import { bandsOf, deriveRelief, readTexture, smooth, type Grid } from '@/scripts/basemap/relief-derive';
import { tileAt } from './files';

const relief = readRelief();
/** The highest band a point lies in (0: below the lowest). */
const bandAt = (lon: number, lat: number) =>
  Math.max(0, ...relief.features.filter((f) => booleanPointInPolygon(point([lon, lat]), f)).map((f) => f.properties.band));

describe('the committed relief bands', () => {
  it('are valid GeoJSON, one feature per band, nested', () => {
    expect(getIssues(fs.readFileSync(RELIEF_FILE, 'utf8'))).toEqual([]);
    expect(relief.features.map((f) => f.properties.band)).toEqual([1, 2, 3, 4]);
    expect(relief.features.map((f) => f.properties.metres)).toEqual(RELIEF_BANDS.map((b) => b.metres));
  });

  it('raise the Caucasus ranges and the Armenian highland over the lowlands and the seas', () => {
    expect(bandAt(44.52, 42.7)).toBeGreaterThanOrEqual(3); // Kazbek, Greater Caucasus
    expect(bandAt(42.44, 43.35)).toBeGreaterThanOrEqual(3); // Elbrus
    expect(bandAt(44.2, 40.53)).toBeGreaterThanOrEqual(3); // Aragats
    expect(bandAt(41.27, 39.9)).toBe(2); // Erzurum, ~1,900 m
    expect(bandAt(48.0, 40.0)).toBe(0); // the Kura–Aras lowland
    expect(bandAt(42.0, 42.2)).toBe(0); // the Colchis lowland at Poti
    expect(bandAt(50.5, 42)).toBe(0); // the Caspian
  });

  it('reach the browser from zoom 4: the opening-view tile over Georgia draws them, the world view not', () => {
    expect(tileAt(44.52, 42.7, 5, 'relief').map((f) => f.properties.band).sort()).toEqual([1, 2, 3, 4]);
    expect(tileAt(44.52, 42.7, 4, 'relief').length).toBe(4);
    expect(tileAt(44.52, 42.7, 3, 'relief')).toEqual([]);
  });

  // marble-qt-data is not on CI; where it is, check the calibration and the committed file.
  const marble = fs.existsSync(MARBLE_SRTM_DIR);
  it.skipIf(!marble)('place the spot heights in their band, give or take a band within 300 m of its edge', () => {
    const grid = smooth(readTexture());
    const value = ([lon, lat]: [number, number]) =>
      grid.values[Math.floor((grid.frame[3] - lat) * 30) * grid.width + Math.floor((lon - grid.frame[0]) * 30)]!;
    for (const s of RELIEF_SPOT_HEIGHTS) {
      const measured = RELIEF_BANDS.filter((b) => value(s.point) >= b.value).length;
      const ok = [s.metres - 300, s.metres, s.metres + 300].map((m) => RELIEF_BANDS.filter((b) => m >= b.metres).length);
      // Peaks read lower: a 2′ cell averages a summit with its slopes, so a peak may fall a band short.
      const lowest = s.metres > 3500 ? Math.min(...ok) - 1 : Math.min(...ok);
      expect(measured, `${s.name} ${s.metres} m reads ${value(s.point).toFixed(0)}`).toBeGreaterThanOrEqual(lowest);
      expect(measured, s.name).toBeLessThanOrEqual(Math.max(...ok));
    }
  });

  it.skipIf(!marble)('is what Marble’s texture gives now (re-derive: npm run build:basemap -- --relief)', () => {
    expect(stringifyFeatureCollection(deriveRelief()) === fs.readFileSync(RELIEF_FILE, 'utf8')).toBe(true);
  });
});

describe('bandsOf', () => {
  it('traces a hill on a grid into nested bands in lon/lat, dropping patches too small to be hills', () => {
    // 60 × 60 cells (2° square at 30 cells a degree) with a cone peaking at 210 in the middle.
    const width = 60;
    const height = 60;
    const values = new Float64Array(width * height);
    for (let j = 0; j < height; j++) for (let i = 0; i < width; i++) values[j * width + i] = 210 - 3 * Math.hypot(i - 30, j - 30);
    values[0] = 250; // a one-cell speck in a corner
    const grid: Grid = { frame: [40, 40, 42, 42], width, height, values };
    const bands = bandsOf(grid);
    expect(bands.features.map((f) => f.properties.band)).toEqual([1, 2, 3, 4]);
    const centre = point([41, 41]);
    for (const f of bands.features) expect(booleanPointInPolygon(centre, f)).toBe(true);
    // The 205 band is the cone's tip: within 2 cells (~0.07°) of the centre.
    const tip = bands.features[3]!.geometry.coordinates.flat(2);
    for (const [x = 0, y = 0] of tip) expect(Math.hypot(x - 41, y - 41)).toBeLessThan(0.1);
    expect(bands.features[3]!.geometry.coordinates).toHaveLength(1);
  });
});
