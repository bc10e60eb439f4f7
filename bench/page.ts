/**
 * The page against a bare MapLibre page (part of `npm run bench`): both show the same basemap
 * (the atlas's style and tiles), the same five layers (the published map-form files) and the same
 * view, in the same headless Chromium with software WebGL. The bare page is written here and
 * served by a plain Node file server; the atlas by its production server. Measured over interleaved
 * cold loads (a fresh browser context each, so nothing is cached):
 *   - time from navigation to "map idle with every source drawn";
 *   - bytes transferred on a first visit (bodies as sent, compressed, plus headers; Chromium does
 *     not report the size of a worker's own script, so MapLibre's worker, the same file in both,
 *     is in neither figure).
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
import { staticMapPath } from '@/lib/url/links';
import { freePort, waitForHealth } from './load';

const ROOT = path.resolve(import.meta.dirname, '..');
const LOADS = Number(process.env.PAGE_LOADS ?? 9);
const LAYERS = ['alliances', 'borders', 'corridors', 'events', 'exercises'];
const VIEWPORT = { width: 1280, height: 800 };

export const PAGE_TARGETS = { idleRatio: 1.3, bytesRatio: 1.2 };

/** What the atlas shows on opening: its map's canvas size, centre and zoom (read from a warm-up load). */
export interface OpeningView {
  width: number;
  height: number;
  center: [number, number];
  zoom: number;
}

/**
 * The bare page: MapLibre, the atlas's basemap style, each layer as a GeoJSON source with plain
 * layers, on a canvas of the atlas map's size at the atlas's opening centre and zoom, so both
 * pages ask for the same tiles and draw the same area.
 */
export function barePage(dataVersion: string, view: OpeningView): string {
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
<link rel="stylesheet" href="/maplibre-gl.css"><style>html,body{margin:0}#map{width:${view.width}px;height:${view.height}px}</style></head>
<body><div id="map"></div><script type="module">
import * as maplibregl from '/maplibre-gl.mjs';
maplibregl.setWorkerUrl('/maplibre-gl-worker.mjs');
window.__bareMap = new maplibregl.Map({ container: 'map', style: ${JSON.stringify(style)}, center: ${JSON.stringify(view.center)}, zoom: ${view.zoom} });
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

/** Headless Chromium with software WebGL (CHROMIUM_PATH, default /usr/bin/chromium). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking'],
  });
}

/** A plain file server: the bare page, MapLibre from node_modules, basemap and data from public/ (gzip when there). */
export function bareServer(html: string): Promise<{ url: string; close: () => void }> {
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
export const IDLE_PROBE = `(() => {
  // Functions passed to page.evaluate from TypeScript run by tsx are wrapped in a __name(…) helper
  // that the page does not have.
  globalThis.__name ??= (f) => f;
  const probe = () => {
    const m = window.__atlasMap || window.__bareMap;
    // The atlas marks the moment its map object exists (it may be created before hydration, then adopted).
    const created = performance.getEntriesByName('atlas:map-created')[0]; // MAP_CREATED_MARK (lib/client/marks.ts)
    if (!window.__mapAt && (created || m)) window.__mapAt = created ? created.startTime : performance.now();
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
  view: OpeningView;
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
  const { ms, mapMs, view } = await page.evaluate(() => {
    type M = { getCanvas(): HTMLCanvasElement; getCenter(): { lng: number; lat: number }; getZoom(): number };
    const w = window as unknown as { __idleAt: number; __mapAt: number; __atlasMap?: M; __bareMap?: M };
    const m = (w.__atlasMap ?? w.__bareMap)!;
    const c = m.getCanvas();
    const { lng, lat } = m.getCenter();
    return { ms: w.__idleAt, mapMs: w.__mapAt, view: { width: c.clientWidth, height: c.clientHeight, center: [lng, lat] as [number, number], zoom: m.getZoom() } };
  });
  await Promise.all(pending);
  await context.close();
  return { ms, mapMs, bytes, requests, view };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface PageReport {
  atlas: Load;
  bare: Load;
}

export async function runPage(atlasBase: string): Promise<PageReport> {
  const version = fs.readdirSync(path.join(ROOT, 'public', 'data')).find((d) => /^[0-9a-f]{12}$/.test(d));
  if (!version) throw new Error('no published data in public/data: run `npm run build` first');
  const browser = await launchBrowser();
  let bare: Awaited<ReturnType<typeof bareServer>> | undefined;
  try {
    const runs = { atlas: [] as Load[], bare: [] as Load[] };
    // One warm-up each (the server's first render, the file cache), then interleaved cold loads.
    // The atlas's warm-up tells the bare page which view to open on.
    const { view } = await coldLoad(browser, `${atlasBase}/`);
    bare = await bareServer(barePage(version, view));
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
      view: r[0]!.view,
    });
    return { atlas: summary(runs.atlas), bare: summary(runs.bare) };
  } finally {
    await browser.close();
    bare?.close();
  }
}

export function printPage(r: PageReport): boolean {
  const idle = r.atlas.ms / r.bare.ms;
  const bytes = r.atlas.bytes / r.bare.bytes;
  console.log(`\nthe page against a bare MapLibre page (same basemap, layers and view; medians of ${LOADS} interleaved cold loads)`);
  console.log(`  navigation to map idle: atlas ${r.atlas.ms.toFixed(0)} ms, bare ${r.bare.ms.toFixed(0)} ms, ratio ${idle.toFixed(2)} (target ≤ ${PAGE_TARGETS.idleRatio}) ${idle <= PAGE_TARGETS.idleRatio ? 'ok' : 'MISSED'}`);
  const v = r.atlas.view;
  console.log(`  view: ${v.width}×${v.height} px canvas at zoom ${v.zoom.toFixed(2)}, centre ${v.center.map((c) => c.toFixed(2)).join(', ')} (the bare page opens on the atlas's)`);
  console.log(`  navigation to the map object: atlas ${r.atlas.mapMs.toFixed(0)} ms, bare ${r.bare.mapMs.toFixed(0)} ms`);
  console.log(
    `  first-visit bytes: atlas ${(r.atlas.bytes / 1024).toFixed(0)} kB in ${r.atlas.requests} requests, bare ${(r.bare.bytes / 1024).toFixed(0)} kB in ${r.bare.requests}, ratio ${bytes.toFixed(2)} (target ≤ ${PAGE_TARGETS.bytesRatio}) ${bytes <= PAGE_TARGETS.bytesRatio ? 'ok' : 'MISSED'}`,
  );
  return idle <= PAGE_TARGETS.idleRatio && bytes <= PAGE_TARGETS.bytesRatio;
}

/**
 * Starts the production server on a free port, waits for it, and returns how to stop it.
 * @param cwd its working folder, whose geodata/ it serves (default: the project's)
 */
export async function startAtlas(cwd = ROOT): Promise<{ base: string; stop: () => void }> {
  const port = await freePort();
  const server = spawn(process.execPath, [path.join(ROOT, 'server/index.mjs'), '--port', String(port), '--host', '127.0.0.1'], {
    cwd,
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
