/**
 * The page against a bare MapLibre page (part of `npm run bench`): both show the same basemap
 * (the atlas's style and tiles), the same five layers (the published map-form files) and the same
 * view, in the same headless Chromium with software WebGL. The bare page is written here and
 * served by a plain Node file server; the atlas by its production server. Measured over interleaved
 * cold loads (a fresh browser context each, so nothing is cached):
 *   - time from navigation to "map idle with every source drawn";
 *   - bytes transferred on a first visit (bodies as sent, compressed, plus headers).
 * Needs a production build and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { basemapStyle } from '@/lib/map/basemap-style';
import { REGION_BOUNDS } from '@/lib/map/view';
import { staticMapPath } from '@/lib/url/links';
import { freePort, waitForHealth } from './load';

const ROOT = path.resolve(import.meta.dirname, '..');
const LOADS = 9;
const LAYERS = ['alliances', 'borders', 'corridors', 'events', 'exercises'];
const VIEWPORT = { width: 1280, height: 800 };

export const PAGE_TARGETS = { idleRatio: 1.3, bytesRatio: 1.2 };

/** The bare page: MapLibre, the atlas's basemap style, each layer as a GeoJSON source with plain layers. */
function barePage(dataVersion: string): string {
  const style = structuredClone(basemapStyle) as unknown as { sources: Record<string, unknown>; layers: unknown[] };
  for (const layer of LAYERS) {
    style.sources[layer] = { type: 'geojson', data: staticMapPath(dataVersion, layer) };
    style.layers.push(
      { id: `${layer}-fill`, type: 'fill', source: layer, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': '#c60', 'fill-opacity': 0.15 } },
      { id: `${layer}-line`, type: 'line', source: layer, filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': '#c60', 'line-width': 2 } },
      { id: `${layer}-point`, type: 'circle', source: layer, filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-color': '#c60', 'circle-radius': 5 } },
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare MapLibre page</title>
<link rel="stylesheet" href="/maplibre-gl.css"><style>html,body,#map{margin:0;height:100%}</style></head>
<body><div id="map"></div><script type="module">
import * as maplibregl from '/maplibre-gl.mjs';
maplibregl.setWorkerUrl('/maplibre-gl-worker.mjs');
window.__bareMap = new maplibregl.Map({ container: 'map', style: ${JSON.stringify(style)}, bounds: ${JSON.stringify(REGION_BOUNDS)} });
</script></body></html>`;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.geojson': 'application/geo+json',
  '.json': 'application/json',
  '.pbf': 'application/x-protobuf',
};

/** A plain file server: the bare page, MapLibre from node_modules, basemap and data from public/ (gzip when there). */
function bareServer(html: string): Promise<{ url: string; close: () => void }> {
  const dist = path.join(ROOT, 'node_modules', 'maplibre-gl', 'dist');
  const gzipped = new Map<string, Buffer>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': TYPES['.html']! });
      res.end(html);
      return;
    }
    const file = url.pathname.startsWith('/basemap/') || url.pathname.startsWith('/data/')
      ? path.join(ROOT, 'public', url.pathname)
      : path.join(dist, path.basename(url.pathname));
    if (!fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    // gzip as a plain static server would: the precompressed copy where there is one, else once.
    const gz = /\bgzip\b/.test(String(req.headers['accept-encoding']));
    let body = gzipped.get(file);
    if (gz && !body) gzipped.set(file, (body = fs.existsSync(`${file}.gz`) ? fs.readFileSync(`${file}.gz`) : zlib.gzipSync(fs.readFileSync(file))));
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      ...(gz ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gz ? body : fs.readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/`, close: () => server.close() }),
    ),
  );
}

/** Polls in the page until the map is idle with every source loaded (and, in the atlas, every layer in). */
const IDLE_PROBE = `(() => {
  const probe = () => {
    const m = window.__atlasMap || window.__bareMap;
    if (m && !window.__mapAt) window.__mapAt = performance.now();
    const count = document.querySelector('[data-testid="shown-count"]');
    const atlasReady = !window.__atlasMap || (m.getSource('points') && count && !/loading/.test(count.textContent));
    if (m && atlasReady && m.loaded() && m.areTilesLoaded() && Object.keys(m.getStyle().sources).every((s) => m.isSourceLoaded(s))) {
      window.__idleAt = performance.now();
      return;
    }
    setTimeout(probe, 10);
  };
  addEventListener('DOMContentLoaded', probe);
})();`;

interface Load {
  /** Navigation to idle with every source drawn. */
  ms: number;
  /** Navigation to the map object's creation. */
  mapMs: number;
  bytes: number;
  requests: number;
}

async function coldLoad(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(IDLE_PROBE);
  let bytes = 0;
  let requests = 0;
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (req) => {
    requests++;
    pending.push(req.sizes().then((s) => void (bytes += s.responseBodySize + s.responseHeadersSize)).catch(() => undefined));
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __idleAt?: number }).__idleAt, null, { timeout: 120_000, polling: 50 });
  const { ms, mapMs } = await page.evaluate(() => {
    const w = window as unknown as { __idleAt: number; __mapAt: number };
    return { ms: w.__idleAt, mapMs: w.__mapAt };
  });
  await Promise.all(pending);
  await context.close();
  return { ms, mapMs, bytes, requests };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface PageReport {
  atlas: Load;
  bare: Load;
}

export async function runPage(atlasBase: string): Promise<PageReport> {
  const version = fs.readdirSync(path.join(ROOT, 'public', 'data')).find((d) => /^[0-9a-f]{12}$/.test(d));
  if (!version) throw new Error('no published data in public/data: run `npm run build` first');
  const bare = await bareServer(barePage(version));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking'],
  });
  try {
    const runs = { atlas: [] as Load[], bare: [] as Load[] };
    // One warm-up each (the server's first render, the file cache), then interleaved cold loads.
    await coldLoad(browser, `${atlasBase}/`);
    await coldLoad(browser, bare.url);
    for (let i = 0; i < LOADS; i++) {
      const order = i % 2 === 0 ? (['atlas', 'bare'] as const) : (['bare', 'atlas'] as const);
      for (const which of order) runs[which].push(await coldLoad(browser, which === 'atlas' ? `${atlasBase}/` : bare.url));
    }
    const summary = (r: Load[]): Load => ({
      ms: median(r.map((x) => x.ms)),
      mapMs: median(r.map((x) => x.mapMs)),
      bytes: median(r.map((x) => x.bytes)),
      requests: median(r.map((x) => x.requests)),
    });
    return { atlas: summary(runs.atlas), bare: summary(runs.bare) };
  } finally {
    await browser.close();
    bare.close();
  }
}

export function printPage(r: PageReport): boolean {
  const idle = r.atlas.ms / r.bare.ms;
  const bytes = r.atlas.bytes / r.bare.bytes;
  console.log(`\nthe page against a bare MapLibre page (same basemap, layers and view; medians of ${LOADS} interleaved cold loads)`);
  console.log(`  navigation to map idle: atlas ${r.atlas.ms.toFixed(0)} ms, bare ${r.bare.ms.toFixed(0)} ms, ratio ${idle.toFixed(2)} (target ≤ ${PAGE_TARGETS.idleRatio}) ${idle <= PAGE_TARGETS.idleRatio ? 'ok' : 'MISSED'}`);
  console.log(`  navigation to the map object: atlas ${r.atlas.mapMs.toFixed(0)} ms, bare ${r.bare.mapMs.toFixed(0)} ms`);
  console.log(
    `  first-visit bytes: atlas ${(r.atlas.bytes / 1024).toFixed(0)} kB in ${r.atlas.requests} requests, bare ${(r.bare.bytes / 1024).toFixed(0)} kB in ${r.bare.requests}, ratio ${bytes.toFixed(2)} (target ≤ ${PAGE_TARGETS.bytesRatio}) ${bytes <= PAGE_TARGETS.bytesRatio ? 'ok' : 'MISSED'}`,
  );
  return idle <= PAGE_TARGETS.idleRatio && bytes <= PAGE_TARGETS.bytesRatio;
}

/** Starts the production server on a free port, waits for it, and returns how to stop it. */
export async function startAtlas(): Promise<{ base: string; stop: () => void }> {
  const port = await freePort();
  const server = spawn(process.execPath, ['server/index.mjs', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(base, server);
  } catch (e) {
    server.kill();
    throw e;
  }
  return { base, stop: () => server.kill() };
}

/** Alone: `npx tsx bench/page.ts` starts the production server itself. */
if (import.meta.url === `file://${process.argv[1]}`) {
  void (async () => {
    const atlas = await startAtlas();
    try {
      process.exitCode = printPage(await runPage(atlas.base)) ? 0 : 1;
    } finally {
      atlas.stop();
    }
  })();
}
