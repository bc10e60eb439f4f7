import fs from 'node:fs';
import { booleanPointInPolygon, point } from '@turf/turf';
import { getIssues } from '@placemarkio/check-geojson';
import type { Polygon, Position } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { gmtVersion } from '@/scripts/basemap/gmt';
import { stringifyFeatureCollection } from '@/scripts/basemap/output';
import { buildLakes, buildRivers, kmToLine, lakeMinzoom, readDerivedWater, riverMinzoom, splitByCourse } from '@/scripts/basemap/water';
import { WATER_FILE } from '@/scripts/basemap/water-config';
import { deriveWater } from '@/scripts/basemap/water-derive';
import { LAKE_NAMES, RIVER_NAMES } from '@/scripts/basemap/water-names';
import { readPublic, readTopology, tileAt } from './files';

const derived = readDerivedWater();
const lakes = buildLakes(derived);
const rivers = buildRivers(derived);
const lakeAt = (p: [number, number]) => lakes.find((l) => booleanPointInPolygon(point(p), l));
const named = (name: string) => rivers.filter((r) => r.properties.name === name);
const minKm = (p: Position, lines: Position[][]) => Math.min(...lines.map((l) => kmToLine(p, l)));

describe('the committed GSHHG/WDBII water file', () => {
  it('is valid GeoJSON with lakes and rivers inside the water frame', () => {
    expect(getIssues(fs.readFileSync(WATER_FILE, 'utf8'))).toEqual([]);
    expect(lakes.length).toBeGreaterThan(100);
    expect(rivers.length).toBeGreaterThan(300);
  });

  it('has the region’s big lakes at their GSHHG size, and leaves the Caspian to the sea', () => {
    const area = (p: [number, number]) => lakeAt(p)?.properties.areaKm2 ?? 0;
    expect(area([45.36, 40.24])).toBeGreaterThan(1200); // Sevan, ~1,260 km² today
    expect(area([45.36, 40.24])).toBeLessThan(1500);
    expect(area([42.85, 38.62])).toBeGreaterThan(3300); // Van, ~3,700 km²
    expect(area([46.78, 40.9])).toBeGreaterThan(450); // Mingachevir reservoir, ~600 km²
    expect(area([46.78, 40.9])).toBeLessThan(650);
    expect(lakeAt([51, 42])).toBeUndefined();
  });

  // GMT is not on CI; where it is, the committed file must be exactly what it derives today.
  const gmt = gmtVersion() !== null && fs.existsSync('/usr/share/gmt-gshhg/binned_GSHHS_f.nc');
  it.skipIf(!gmt)('is what GMT derives from GSHHG and WDBII now (re-derive: npm run build:basemap -- --water)', () => {
    expect(stringifyFeatureCollection(deriveWater()) === fs.readFileSync(WATER_FILE, 'utf8')).toBe(true);
  });
});

describe('lake and river names (editorial, water-names.ts)', () => {
  it('puts every lake label inside its lake, and publishes each', () => {
    const published = readPublic<{ kind: string; name: string }>('labels.geojson').features.filter((f) => f.properties.kind === 'lake');
    expect(published.map((f) => f.properties.name).sort()).toEqual(LAKE_NAMES.map((l) => l.name).sort());
    for (const l of LAKE_NAMES) expect(lakeAt(l.point), l.name).toBeDefined();
  });

  it('names a long stretch of every river in the table', () => {
    for (const r of RIVER_NAMES) {
      const km = named(r.name).reduce((s, f) => s + f.geometry.coordinates.reduce((t, p, i, a) => (i ? t + kmToLine(p, [a[i - 1]!]) : 0), 0), 0);
      expect(km, r.name).toBeGreaterThan(50);
    }
  });

  it('the Aras runs along the border of Armenia and Azerbaijan with Iran', () => {
    const topo = readTopology();
    const withIran = mesh(topo, topo.objects.countries, (a: GeometryObject, b: GeometryObject) => {
      const pair = [String(a.id), String(b.id)].sort().join();
      return pair === 'ARM,IRN' || pair === 'AZE,IRN';
    }).coordinates as Position[][];
    // Where the border is the river: from Nakhchivan's west end to Horadiz.
    const stretch = named('Aras').flatMap((f) => f.geometry.coordinates).filter(([x = 0]) => x > 44.85 && x < 47.5);
    expect(stretch.length).toBeGreaterThan(50);
    const near = stretch.filter((p) => minKm(p, withIran) < 3);
    expect(near.length / stretch.length).toBeGreaterThan(0.9);
  });

  it('the Kura flows past Tbilisi into the Mingachevir reservoir and on to the Caspian', () => {
    const kura = named('Kura').map((f) => f.geometry.coordinates);
    expect(minKm([44.8, 41.7], kura)).toBeLessThan(3);
    const reservoir = (lakeAt([46.78, 40.9])!.geometry as Polygon).coordinates[0]!;
    const ends = kura.flatMap((l) => [l[0]!, l[l.length - 1]!]);
    expect(Math.min(...ends.map((p) => kmToLine(p, reservoir)))).toBeLessThan(3);
    expect(minKm([49.3, 39.38], kura)).toBeLessThan(5);
  });

  it('reaches the browser: the close-up tile at Julfa draws the Aras, the opening tile at Sevan the lake', () => {
    expect(tileAt(45.6, 38.96, 9, 'rivers').map((f) => f.properties.name)).toContain('Aras');
    const water = tileAt(45.36, 40.24, 5, 'water');
    expect(water.some((f) => booleanPointInPolygon(point([45.36, 40.24]), f as never))).toBe(true);
  });
});

describe('splitByCourse', () => {
  const course: [number, number][] = [[40, 40], [41, 40]];
  it('splits a line into the stretch that follows the course and the rest, sharing their ends', () => {
    const line: Position[] = [[40, 40.5], [40.1, 40.01], [40.5, 40], [40.9, 40.01], [41, 40.5]];
    const parts = splitByCourse(line, course, 3, 20);
    expect(parts.map((p) => p.on)).toEqual([false, true, false]);
    expect(parts[1]!.line).toEqual([[40.1, 40.01], [40.5, 40], [40.9, 40.01]]);
    expect(parts[0]!.line.at(-1)).toEqual(parts[1]!.line[0]);
  });

  it('does not name a tributary for its last kilometres beside the river', () => {
    const line: Position[] = [[40.5, 41], [40.5, 40.01], [40.55, 40.01]];
    expect(splitByCourse(line, course, 3, 20).every((p) => !p.on)).toBe(true);
  });
});

describe('what shows from which zoom', () => {
  it('shows bigger lakes and bigger rivers first, and named rivers by zoom 5', () => {
    const lz = [5000, 1000, 300, 60, 20, 6, 2].map(lakeMinzoom);
    expect([...lz].sort((a, b) => a - b)).toEqual(lz);
    expect(lakeMinzoom(1385)).toBeLessThanOrEqual(5); // Sevan at the opening view
    expect([1, 2, 3, 4].map((c) => riverMinzoom(c, false))).toEqual([3, 4, 5, 7]);
    expect(riverMinzoom(4, true)).toBe(5);
  });

  it('draws the Kura and the Aras at the opening zoom', () => {
    for (const name of ['Kura', 'Aras']) expect(Math.max(...named(name).map((f) => f.properties.minzoom))).toBeLessThanOrEqual(5);
  });
});

