/**
 * Desktop GIS reads the layers: GDAL's OGC API – Features driver (what QGIS uses too) against the
 * production server. Proves the API is not only valid on paper: GDAL must find every layer, read
 * every feature through the paging links, and filter by bbox without the server rejecting what
 * GDAL sends.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test, type APIRequestContext } from '@playwright/test';

const run = promisify(execFile);
const LAYERS = ['exercises', 'corridors', 'borders', 'alliances', 'events'] as const;

/** Around Baku (49.87 E, 40.41 N); Konya (32.48 E, 37.87 N) is far outside. */
const BAKU_BOX = [49.6, 40.25, 50.2, 40.6] as const;

function gdalVersion(): string | null {
  try {
    return execFileSync('ogrinfo', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}
const GDAL = gdalVersion();

/** Runs ogrinfo; GDAL reports HTTP failures (e.g. a 400 for a parameter it sent) on stderr. */
async function ogrinfo(args: string[]): Promise<string> {
  const { stdout, stderr } = await run('ogrinfo', args, {
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
    // No user config, no proxy: loopback only.
    env: { ...process.env, GDAL_HTTP_PROXY: '', http_proxy: '', HTTP_PROXY: '', no_proxy: '*', GDAL_DISABLE_READDIR_ON_OPEN: 'EMPTY_DIR' },
  });
  expect(stderr, `ogrinfo ${args.join(' ')} reported errors`).not.toMatch(/ERROR/);
  return stdout;
}

/** Feature ids GDAL read (string GeoJSON ids become an `id` field). */
function idsIn(output: string): string[] {
  return [...output.matchAll(/^\s+id \(String\) = (.+)$/gm)].map((m) => m[1]!.trim());
}

interface Feature {
  id: string;
  geometry: { type: string; coordinates: unknown } | null;
}

/** Every feature of a layer, through the API's own paging. */
async function allFeatures(request: APIRequestContext, layer: string): Promise<{ features: Feature[]; numberMatched: number }> {
  const res = await request.get(`/api/collections/${layer}/items?limit=1000`);
  expect(res.status()).toBe(200);
  const doc = (await res.json()) as { features: Feature[]; numberMatched: number };
  expect(doc.features.length, 'all features fit in one page of 1000').toBe(doc.numberMatched);
  return doc;
}

/** Point positions of a feature (Point or MultiPoint), empty for other geometries. */
function points(f: Feature): [number, number][] {
  if (f.geometry?.type === 'Point') return [f.geometry.coordinates as [number, number]];
  if (f.geometry?.type === 'MultiPoint') return f.geometry.coordinates as [number, number][];
  return [];
}

const inBox = ([x, y]: [number, number]) => x >= BAKU_BOX[0] && x <= BAKU_BOX[2] && y >= BAKU_BOX[1] && y <= BAKU_BOX[3];

test.describe('GDAL (ogrinfo) reads the API', () => {
  test.skip(GDAL === null, 'ogrinfo is not installed (Debian package gdal-bin); cannot check desktop GIS access');
  test.describe.configure({ timeout: 300_000 });

  test('lists every layer', async ({ baseURL }) => {
    const out = await ogrinfo(['-ro', '-so', `OAPIF:${baseURL}/api`]);
    for (const layer of LAYERS) expect(out).toMatch(new RegExp(`^\\d+: ${layer}\\b`, 'm'));
  });

  for (const layer of LAYERS) {
    test(`reads every feature of ${layer}, as many as the API matches`, async ({ baseURL, request }) => {
      const { numberMatched, features } = await allFeatures(request, layer);
      expect(numberMatched).toBeGreaterThan(0);
      const out = await ogrinfo(['-ro', '-nomd', `OAPIF:${baseURL}/api`, layer]);
      expect(out.match(/^OGRFeature\(/gm)?.length ?? 0).toBe(numberMatched);
      expect(idsIn(out).sort()).toEqual(features.map((f) => f.id).sort());
    });
  }

  test('filters by -spat around Baku: the Baku features, not Konya or anything else outside', async ({ baseURL, request }) => {
    let bakuPoints = 0;
    for (const layer of LAYERS) {
      const { features } = await allFeatures(request, layer);
      const spat = BAKU_BOX.map(String);
      const out = await ogrinfo(['-ro', '-nomd', '-spat', ...spat, `OAPIF:${baseURL}/api`, layer]);
      const found = new Set(idsIn(out));

      // The server's own answer to the bbox GDAL sends must agree with what GDAL shows.
      const res = await request.get(`/api/collections/${layer}/items?limit=1000&bbox=${BAKU_BOX.join(',')}`);
      expect(res.status()).toBe(200);
      const server = ((await res.json()) as { features: Feature[] }).features.map((f) => f.id);
      expect([...found].sort(), `${layer}: GDAL and the API disagree`).toEqual([...server].sort());

      for (const f of features) {
        const pts = points(f);
        if (pts.length === 0) continue;
        if (pts.some(inBox)) {
          bakuPoints++;
          expect(found, `${layer}: ${f.id} is in Baku but missing`).toContain(f.id);
        } else {
          expect(found, `${layer}: ${f.id} is outside the Baku box (e.g. Konya) but returned`).not.toContain(f.id);
        }
      }
    }
    // Guard against a vacuous pass: the corpus places several features in Baku.
    expect(bakuPoints).toBeGreaterThan(0);
  });
});
