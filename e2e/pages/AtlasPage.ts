import { expect, type APIRequestContext, type Page, type Request } from '@playwright/test';

/** Hosts the atlas may talk to: only itself. Anything else means it is not offline. */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The map page, as a user and a test see it. */
export class AtlasPage {
  /** Every request that left the machine (should stay empty). */
  readonly foreignRequests: string[] = [];

  constructor(readonly page: Page) {
    page.on('request', (request: Request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (!LOCAL_HOSTS.has(url.hostname)) this.foreignRequests.push(request.url());
    });
  }

  async goto(path = '/') {
    await this.page.goto(path);
    await this.waitForIdleMap();
  }

  /**
   * Waits until MapLibre has loaded its style and data and finished drawing. A camera set a moment
   * ago only asks for its tiles in the next frame, so `loaded()` alone can answer too early: draw
   * one more frame and wait for the `idle` that follows it (tiles loaded, labels placed and faded).
   */
  async waitForIdleMap() {
    await this.page.waitForFunction(() => {
      const map = window.__atlasMap;
      return !!map && map.loaded() && map.areTilesLoaded() && !map.isMoving();
    });
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.__atlasMap!;
          map.once('idle', () => resolve());
          map.triggerRepaint();
        }),
    );
  }

  /** Ids of the features drawn on screen in the given style layers (e.g. country polygons). */
  async renderedProperty(layers: string[], property: string): Promise<string[]> {
    return this.page.evaluate(
      ({ layers, property }) => {
        const map = window.__atlasMap!;
        const values = map.queryRenderedFeatures({ layers }).map((f) => String(f.properties?.[property]));
        return [...new Set(values)].sort();
      },
      { layers, property },
    );
  }

  /**
   * Reads the colours of the drawn canvas at geographic points, right after a repaint (the WebGL
   * buffer is only readable within the frame that drew it).
   */
  async pixelsAt(points: [number, number][]): Promise<[number, number, number][]> {
    return this.page.evaluate(
      (points) =>
        new Promise<[number, number, number][]>((resolve) => {
          const map = window.__atlasMap!;
          map.once('render', () => {
            const canvas = map.getCanvas();
            const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
            if (!gl) throw new Error('no WebGL context');
            const ratio = canvas.width / canvas.clientWidth;
            resolve(
              points.map(([lng, lat]) => {
                const p = map.project([lng, lat]);
                const x = Math.round(p.x * ratio);
                const y = Math.round(canvas.height - p.y * ratio);
                const px = new Uint8Array(4);
                gl.readPixels(x, y, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
                return [px[0]!, px[1]!, px[2]!];
              }),
            );
          });
          map.triggerRepaint();
        }),
      points,
    );
  }

  async mapCenter(): Promise<{ lng: number; lat: number }> {
    return this.page.evaluate(() => {
      const c = window.__atlasMap!.getCenter();
      return { lng: c.lng, lat: c.lat };
    });
  }
}

/** Helpers for the data layers drawn over the basemap. */
export class AtlasMapData {
  constructor(readonly page: Page) {}

  /** Ids of the features drawn in any of these style layers right now (queryRenderedFeatures). */
  async renderedIds(...styleLayers: string[]): Promise<string[]> {
    return this.page.evaluate((wanted) => {
      const map = window.__atlasMap!;
      const layers = wanted.filter((l) => map.getLayer(l));
      if (layers.length === 0) return [];
      return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties?.id)))].sort();
    }, styleLayers);
  }

  /**
   * Waits until a style layer draws something (the API answered and the map drew it). `points`
   * stands for the point features: markers or groups of them.
   */
  async waitForLayer(styleLayer: string) {
    await this.page.waitForFunction((layer) => {
      const map = window.__atlasMap;
      const layers = layer === 'points' ? ['points-marker', 'points-group'] : [layer];
      return !!map && layers.every((l) => map.getLayer(l)) && map.queryRenderedFeatures({ layers }).length > 0;
    }, styleLayer);
  }

  /**
   * Ids of the point features drawn in view, of one layer or all: those drawn as markers, those
   * counted in a group (its members), and those gathered in a capital's badge. What a reader can
   * reach on the map right now.
   */
  async drawnIds(layer?: string): Promise<string[]> {
    return this.page.evaluate(async (layer) => {
      const map = window.__atlasMap!;
      const prefix: Record<string, string> = { exercises: 'ex-', events: 'ev-' };
      const styleLayers = ['points-marker', 'points-group', 'anchors-badge', 'selection-marker', 'selection-ring'].filter((l) => map.getLayer(l));
      const ids = new Set<string>();
      for (const f of map.queryRenderedFeatures({ layers: styleLayers })) {
        const p = f.properties ?? {};
        if (f.layer.id === 'points-group') {
          const source = map.getSource('points') as import('maplibre-gl').GeoJSONSource;
          for (const leaf of await source.getClusterLeaves(Number(p.cluster_id), Infinity, 0)) ids.add(String(leaf.properties?.id));
        } else if (f.layer.id === 'anchors-badge') {
          for (const id of String(p.ids ?? '').split(' ')) if (id) ids.add(id);
        } else if (typeof p.id === 'string') ids.add(p.id);
      }
      return [...ids].filter((id) => !layer || id.startsWith(prefix[layer] ?? `${layer}:`)).sort();
    }, layer);
  }

  /** The page pixel where a coordinate is drawn, for a real mouse click on the canvas. */
  async pagePointOf(lngLat: [number, number]): Promise<{ x: number; y: number }> {
    return this.page.evaluate((ll) => {
      const map = window.__atlasMap!;
      const p = map.project(ll);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    }, lngLat);
  }

  async jumpTo(center: [number, number], zoom: number) {
    await this.page.evaluate(
      ({ center, zoom }) => window.__atlasMap!.jumpTo({ center, zoom }),
      { center, zoom },
    );
  }
}

/** The time control under the map, and the click-to-open helper the URL tests need. */
export class AtlasTimeline {
  constructor(readonly page: Page) {}

  get root() {
    return this.page.getByTestId('timeline');
  }

  /** Picks both ends by their month and year selects, the way a keyboard user would. */
  async setRange(from: string, to: string) {
    const [fy, fm] = from.split('-') as [string, string];
    const [ty, tm] = to.split('-') as [string, string];
    // Move the end first when going later, the start first when going earlier, so neither end
    // pushes the other along on the way.
    const current = await this.range();
    const setFrom = async () => {
      await this.root.getByLabel('From year').selectOption(fy);
      await this.root.getByLabel('From month').selectOption(fm);
    };
    const setTo = async () => {
      await this.root.getByLabel('To year').selectOption(ty);
      await this.root.getByLabel('To month').selectOption(tm);
    };
    if (from > current.to) {
      await setTo();
      await setFrom();
    } else {
      await setFrom();
      await setTo();
    }
    const got = await this.range();
    if (got.from !== from || got.to !== to) throw new Error(`range is ${got.from}–${got.to}, wanted ${from}–${to}`);
  }

  /** The range the selects show, as `YYYY-MM`. */
  /** The range the month and year selects show, read at one instant (play changes it every second). */
  async range(): Promise<{ from: string; to: string }> {
    return this.root.evaluate((root) => {
      const v = (label: string) => root.querySelector<HTMLSelectElement>(`select[aria-label="${label}"]`)!.value;
      return { from: `${v('From year')}-${v('From month')}`, to: `${v('To year')}-${v('To month')}` };
    });
  }

  /** "37 of 72 features shown" as numbers, once every layer that is on has loaded. */
  async count(): Promise<{ shown: number; total: number }> {
    const count = this.page.getByTestId('shown-count');
    await expect(count).not.toContainText('loading');
    const m = /(\d+) of (\d+) features shown/.exec(await count.innerText());
    if (!m) throw new Error(`no count in "${await count.innerText()}"`);
    return { shown: Number(m[1]), total: Number(m[2]) };
  }
}

/** Clicks a feature's spot on the map and opens it, through the chooser when several share the spot. */
export async function openFeatureAt(page: Page, lngLat: [number, number], name: RegExp) {
  const data = new AtlasMapData(page);
  const point = await data.pagePointOf(lngLat);
  await page.mouse.click(point.x, point.y);
  await chooseAfterClick(page, name);
}

/**
 * After a click on the map: when several features lie there, the chooser lists them (a group's
 * members are read from the map first, so it may take a moment): pick `name` from it. Either way,
 * waits until a feature is open.
 */
export async function chooseAfterClick(page: Page, name: RegExp | string) {
  const chooser = page.getByTestId('feature-chooser');
  const opened = page.getByTestId('feature-panel').getByTestId('feature-name');
  await expect(chooser.or(opened).first()).toBeVisible();
  if (await chooser.isVisible()) await chooser.getByRole('button', { name }).click();
  await expect(opened).toBeVisible();
}

/**
 * Reads a point feature from the API (the endpoint the map itself uses), centres the map on it at
 * `zoom` and waits for the map to settle. Returns the API's item and where it is.
 */
export async function centreOnItem(page: Page, request: APIRequestContext, layer: string, id: string, zoom: number) {
  const item = await (await request.get(`/api/collections/${layer}/items/${id}`)).json();
  const lngLat = item.geometry.coordinates as [number, number];
  await new AtlasMapData(page).jumpTo(lngLat, zoom);
  await new AtlasPage(page).waitForIdleMap();
  return { item, lngLat };
}
