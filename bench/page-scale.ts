/**
 * The page at scale (part of `npm run bench`): the production server on the real data and on the
 * real data with 10,000 and 100,000 generated events (bench/scale.ts writes them to a temporary
 * folder; their map-form files are published beside the build's and removed afterwards), the page
 * in headless Chromium with software WebGL, and for each size
 *   - the page's HTML (bytes of the document as sent, uncompressed);
 *   - navigation to "map idle with every source drawn", the median of five cold loads, interleaved
 *     across the sizes;
 *   - the frame time during a flyTo (4 s from the opening view to Tbilisi at zoom 9): p95 of the
 *     intervals between animation frames, over two flights;
 *   - selected against drawn, in the opening view: the point features the filters select there
 *     and those the map draws, as markers, badges or counted in a group; and the panel's "N of M
 *     features shown" against every feature the map was given.
 * Targets: HTML the same size as with the real data; idle within 2 × and the flyTo p95 within
 * 1.5 × the real data's; every selected feature drawn or counted. Alone: `npx tsx bench/page-scale.ts [sizes…]`.
 * Needs a production build and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { loadAtlas } from '@/lib/data';
import { loadPlaces } from '@/lib/data/places';
import { writePublished } from '@/lib/publish/write';
import { IDLE_PROBE, launchBrowser, startAtlas } from './page';
import { scaledGeodata } from './scale';

const ROOT = path.resolve(import.meta.dirname, '..');
const VIEWPORT = { width: 1280, height: 800 };
const LOADS = 5;
const FLIGHTS = 2;
export const PAGE_SCALE_SIZES = [0, 10_000, 100_000];
export const PAGE_SCALE_TARGETS = { idleRatio: 2, flyP95Ratio: 1.5, htmlRatio: 1.05 };

export interface PageScaleRow {
  events: number;
  htmlBytes: number;
  idleMs: number;
  flyP95Ms: number;
  flyFrames: number;
  /** Point features selected in the opening view. */
  selected: number;
  /** Features the panel counts as shown, and every feature the map was given. */
  panelShown: number;
  mapTotal: number;
  /** Of those, the ones drawn as markers or badges, or counted in a drawn group. */
  drawn: number;
}

async function open(browser: Browser, base: string): Promise<{ page: Page; idleMs: number; htmlBytes: number; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(IDLE_PROBE);
  const response = await page.goto(`${base}/`);
  const htmlBytes = (await response!.body()).length;
  await page.waitForFunction(() => (window as unknown as { __idleAt?: number }).__idleAt, null, { timeout: 300_000, polling: 100 });
  const idleMs = await page.evaluate(() => (window as unknown as { __idleAt: number }).__idleAt);
  return { page, idleMs, htmlBytes, close: () => context.close() };
}

/** Frame intervals (ms) during a flyTo from the current view. */
function flight(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const map = window.__atlasMap!;
        const start = { center: map.getCenter(), zoom: map.getZoom() };
        const times: number[] = [];
        let flying = true;
        const frame = (t: number) => {
          times.push(t);
          if (flying) requestAnimationFrame(frame);
        };
        map.once('moveend', () => {
          flying = false;
          map.jumpTo(start);
          map.once('idle', () => resolve(times.slice(1).map((t, i) => t - times[i]!)));
        });
        requestAnimationFrame(frame);
        map.flyTo({ center: [44.79, 41.72], zoom: 9, duration: 4000, essential: true });
      }),
  );
}

/**
 * In the opening view: the point features selected there (markers and capital badges whose place
 * is in view) and how many of them are drawn, as a marker, in a badge or counted in a drawn group
 * (its members read back from the source). Then the panel's "N of M features shown" against every
 * feature the map was given (points, badges, lines and areas; a statement placed at several
 * capitals counts once).
 */
async function drawnAgainstSelected(page: Page): Promise<{ selected: number; drawn: number; panelShown: number; mapTotal: number }> {
  return page.evaluate(async () => {
    const map = window.__atlasMap!;
    type Source = import('maplibre-gl').GeoJSONSource;
    const source = (id: string) => map.getSource(id) as Source | undefined;
    const dataOf = async (id: string) => ((await source(id)?.getData()) as GeoJSON.FeatureCollection | undefined)?.features ?? [];
    const idsOf = (p: Record<string, unknown> | null) => (p?.ids ? String(p.ids).split(' ').filter(Boolean) : [String(p?.id)]);
    const bounds = map.getBounds();
    const inView = (f: GeoJSON.Feature) => f.geometry.type === 'Point' && bounds.contains(f.geometry.coordinates as [number, number]);
    const points = await dataOf('points');
    const anchors = await dataOf('anchors');
    const selected = new Set([...points, ...anchors].filter(inView).flatMap((f) => idsOf(f.properties)));
    const drawn = new Set<string>();
    const groups = new Set<number>();
    for (const f of map.queryRenderedFeatures({ layers: ['points-marker', 'points-group', 'anchors-badge'].filter((l) => map.getLayer(l)) })) {
      if (f.layer.id !== 'points-group') for (const id of idsOf(f.properties)) drawn.add(id);
      else if (!groups.has(Number(f.properties.cluster_id))) {
        groups.add(Number(f.properties.cluster_id));
        for (const leaf of await source('points')!.getClusterLeaves(Number(f.properties.cluster_id), Infinity, 0)) drawn.add(String(leaf.properties?.id));
      }
    }
    const all = new Set([...points, ...anchors].flatMap((f) => idsOf(f.properties)));
    for (const id of ['alliances', 'borders', 'corridors']) for (const f of await dataOf(id)) all.add(String(f.properties?.id ?? f.id));
    const shown = /([\d,]+) of ([\d,]+) features shown/.exec(document.querySelector('[data-testid="shown-count"]')?.textContent ?? '');
    return {
      selected: selected.size,
      drawn: [...selected].filter((id) => drawn.has(id)).length,
      panelShown: Number((shown?.[1] ?? '-1').replace(/,/g, '')),
      mapTotal: all.size,
    };
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

interface Site {
  events: number;
  base: string;
  stop: () => void;
  cleanUp: () => void;
}

/** The production server on the real data (0) or on a copy with n generated events, published beside the build's. */
async function startSite(n: number): Promise<Site> {
  const geodata = n ? scaledGeodata(n) : path.join(ROOT, 'geodata');
  let published: string | null = null;
  if (n) {
    const { atlas } = loadAtlas(geodata);
    const places = loadPlaces(geodata).places;
    if (!atlas || !places) throw new Error(`page scale ${n}: the generated data does not load`);
    published = path.join(ROOT, 'public', 'data', atlas.version);
    writePublished(path.join(ROOT, 'public'), atlas, places, { removeOthers: false, quality: 'fast' });
  }
  const cleanUp = () => {
    if (published) fs.rmSync(published, { recursive: true, force: true });
    if (n) fs.rmSync(path.dirname(geodata), { recursive: true, force: true });
  };
  try {
    const server = await startAtlas(path.dirname(geodata));
    return { events: n, ...server, cleanUp };
  } catch (e) {
    cleanUp();
    throw e;
  }
}

/**
 * Every size's server runs at once, so the cold loads interleave (each round loads every size once)
 * and a slow moment of the machine falls on all sizes alike.
 */
export async function runPageScale(sizes = PAGE_SCALE_SIZES): Promise<PageScaleRow[]> {
  const browser = await launchBrowser();
  const sites: Site[] = [];
  try {
    for (const n of sizes) sites.push(await startSite(n));
    for (const site of sites) await (await open(browser, site.base)).close(); // each server's first render
    const idle = new Map<number, number[]>(sites.map((s) => [s.events, []]));
    const html = new Map<number, number>();
    for (let i = 0; i < LOADS; i++) {
      for (const site of i % 2 ? [...sites].reverse() : sites) {
        const load = await open(browser, site.base);
        idle.get(site.events)!.push(load.idleMs);
        html.set(site.events, load.htmlBytes);
        await load.close();
      }
    }
    const rows: PageScaleRow[] = [];
    for (const site of sites) {
      const load = await open(browser, site.base);
      const counts = await drawnAgainstSelected(load.page);
      const frames: number[] = [];
      for (let i = 0; i < FLIGHTS; i++) frames.push(...(await flight(load.page)));
      await load.close();
      rows.push({ events: site.events, htmlBytes: html.get(site.events)!, idleMs: median(idle.get(site.events)!), flyP95Ms: p95(frames), flyFrames: frames.length, ...counts });
    }
    return rows;
  } finally {
    await browser.close();
    for (const site of sites) {
      site.stop();
      site.cleanUp();
    }
  }
}

export function printPageScale(rows: PageScaleRow[]): boolean {
  console.log(`\nthe page at scale (generated events added to the real data; idle: median of ${LOADS} cold loads; flyTo: ${FLIGHTS} flights)`);
  console.log(['events added', 'HTML B', 'idle ms', 'flyTo p95 ms', 'frames', 'in view', 'drawn', 'panel', 'on map'].map((h) => h.padStart(13)).join(''));
  for (const r of rows) {
    console.log([r.events, r.htmlBytes, r.idleMs.toFixed(0), r.flyP95Ms.toFixed(1), r.flyFrames, r.selected, r.drawn, r.panelShown, r.mapTotal].map((v) => String(v).padStart(13)).join(''));
  }
  const small = rows[0]!;
  const big = rows.at(-1)!;
  const t = PAGE_SCALE_TARGETS;
  const targets: [string, boolean, string][] = [
    [`HTML at ${big.events} the same size as with the real data (${small.htmlBytes} B)`, big.htmlBytes <= small.htmlBytes * t.htmlRatio, `${big.htmlBytes} B`],
    [`page to idle at ${big.events} within ${t.idleRatio} × the real data's`, big.idleMs <= small.idleMs * t.idleRatio, `${(big.idleMs / small.idleMs).toFixed(2)} ×`],
    [`flyTo frame p95 at ${big.events} within ${t.flyP95Ratio} × the real data's`, big.flyP95Ms <= small.flyP95Ms * t.flyP95Ratio, `${(big.flyP95Ms / small.flyP95Ms).toFixed(2)} ×`],
    ...rows.map((r): [string, boolean, string] => [
      `every selected point drawn or counted in a group (+${r.events}), the panel agreeing`,
      r.drawn === r.selected && r.panelShown === r.mapTotal,
      `${r.drawn} drawn of ${r.selected} in view; panel ${r.panelShown} of ${r.mapTotal} on the map`,
    ]),
  ];
  let ok = true;
  for (const [what, met, value] of targets) {
    console.log(`  ${met ? 'ok    ' : 'MISSED'} ${what}: ${value}`);
    ok &&= met;
  }
  return ok;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n >= 0);
  void runPageScale(sizes.length ? sizes : PAGE_SCALE_SIZES).then((rows) => {
    process.exitCode = printPageScale(rows) ? 0 : 1;
  });
}
