import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { getIssues } from '@placemarkio/check-geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { basemapVersion } from '@/lib/map/basemap-version';
import { REGION_BOUNDS } from '@/lib/map/view';
import { listFiles } from '@/scripts/basemap/publish';
import { TILE_BANDS } from '@/scripts/basemap/tile-config';
import { tilePlan, tilesInFrame } from '@/scripts/basemap/tiles';
import { buildBasemap, DEFAULT_OUTPUTS } from '@/scripts/build-basemap';
import { GEODATA_DIR, PUBLIC_DIR, ROOT, VERSION_DIR } from './files';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'basemap-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function buildInto(name: string) {
  const dir = path.join(tmp, name);
  const result = buildBasemap({
    ...DEFAULT_OUTPUTS,
    geodataDir: path.join(dir, 'geodata'),
    publicDir: path.join(dir, 'public'),
    versionModule: path.join(dir, 'basemap-version.ts'),
  });
  return { dir, ...result };
}

/** Every output of a build, relative to its root, so two builds (or a build and the repository) compare file by file. */
const outputs = (geodata: string, pub: string, versionModule: string) =>
  new Map<string, string>([
    ...['countries.topo.json', 'places.geojson'].map((f) => [`geodata/${f}`, path.join(geodata, f)] as const),
    ...listFiles(pub).map((f) => [`public/${f}`, path.join(pub, f)] as const),
    ['basemap-version.ts', versionModule],
  ]);

const built = (b: ReturnType<typeof buildInto>) =>
  outputs(path.join(b.dir, 'geodata'), path.join(b.dir, 'public'), path.join(b.dir, 'basemap-version.ts'));

/** A file's content as the browser receives it: compressed copies are compared by what they decompress to. */
const decoded = (file: string) => {
  const bytes = fs.readFileSync(file);
  if (file.endsWith('.gz')) return gunzipSync(bytes);
  if (file.endsWith('.br')) return brotliDecompressSync(bytes);
  return bytes;
};

describe('npm run build:basemap', () => {
  const first = buildInto('a');
  const second = buildInto('b');

  it('is deterministic: two builds give byte-identical files, compressed copies included', () => {
    expect(second.published.version).toBe(first.published.version);
    const a = built(first);
    const b = built(second);
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect(a.size).toBeGreaterThan(1000);
    for (const [name, file] of a) expect(fs.readFileSync(file).equals(fs.readFileSync(b.get(name)!)), name).toBe(true);
  });

  it('matches the files in the repository (they were built by this script, not edited)', () => {
    const here = outputs(GEODATA_DIR, PUBLIC_DIR, path.join(ROOT, 'lib', 'map', 'basemap-version.ts'));
    const fresh = built(first);
    expect([...here.keys()]).toEqual([...fresh.keys()]);
    // Compressed copies by content: another zlib or brotli build may pack the same bytes differently.
    for (const [name, file] of fresh) expect(decoded(here.get(name)!).equals(decoded(file)), name).toBe(true);
  });

  it('publishes one versioned folder, named by the version the style uses, and nothing loose beside it', () => {
    expect(fs.readdirSync(PUBLIC_DIR)).toEqual([basemapVersion]);
    expect(first.published.version).toBe(basemapVersion);
  });

  it('cuts exactly the planned tiles, and gives every non-empty file a .gz and a .br copy', () => {
    const files = listFiles(path.join(tmp, 'a', 'public', basemapVersion));
    const tiles = files.filter((f) => f.endsWith('.pbf'));
    expect(tiles).toEqual(tilePlan(TILE_BANDS).map((t) => `${t.z}/${t.x}/${t.y}.pbf`).sort());
    for (const f of files.filter((n) => !n.endsWith('.gz') && !n.endsWith('.br'))) {
      const size = fs.statSync(path.join(tmp, 'a', 'public', basemapVersion, f)).size;
      expect(files.includes(`${f}.gz`) && files.includes(`${f}.br`), f).toBe(size > 0);
    }
  });

  it('writes valid GeoJSON for the label points and the towns', () => {
    for (const f of ['labels.geojson', 'places.geojson']) expect(getIssues(fs.readFileSync(path.join(VERSION_DIR, f), 'utf8')), f).toEqual([]);
  });

  it('keeps what the browser loads at the opening view small: its tiles and label files under 250 kB', () => {
    // The opening frame with a margin for the wider screen (MapLibre fetches every tile in view).
    const [w, s, e, n] = REGION_BOUNDS;
    const tiles = tilesInFrame([w - 6, s - 1, e + 2, n + 1], 5);
    const bytes = [...tiles.map((t) => `${t.z}/${t.x}/${t.y}.pbf`), 'labels.geojson', 'places.geojson'].reduce(
      (sum, f) => sum + fs.statSync(path.join(VERSION_DIR, f)).size,
      0,
    );
    // The GeoJSON basemap it replaces weighed 2.5 MB.
    expect(bytes).toBeLessThan(250_000);
  });
}, 180_000);
