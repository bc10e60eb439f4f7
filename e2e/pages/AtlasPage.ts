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

  /** Waits until MapLibre has loaded its style and data and finished drawing. */
  async waitForIdleMap() {
    await this.page.waitForFunction(() => {
      const map = window.__atlasMap;
      return !!map && map.loaded() && map.areTilesLoaded() && !map.isMoving();
    });
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

  /** Ids of the features drawn in a style layer right now (queryRenderedFeatures). */
  async renderedIds(styleLayer: string): Promise<string[]> {
    return this.page.evaluate((layer) => {
      const map = window.__atlasMap!;
      if (!map.getLayer(layer)) return [];
      return [...new Set(map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties?.id)))].sort();
    }, styleLayer);
  }

  /** Waits until a data layer's source has its features (the API answered and the map drew them). */
  async waitForLayer(styleLayer: string) {
    await this.page.waitForFunction((layer) => {
      const map = window.__atlasMap;
      return !!map && !!map.getLayer(layer) && map.queryRenderedFeatures({ layers: [layer] }).length > 0;
    }, styleLayer);
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
  async range(): Promise<{ from: string; to: string }> {
    const v = (label: string) => this.root.getByLabel(label).inputValue();
    return { from: `${await v('From year')}-${await v('From month')}`, to: `${await v('To year')}-${await v('To month')}` };
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
  const chooser = page.getByTestId('feature-chooser');
  if (await chooser.isVisible()) await chooser.getByRole('button', { name }).click();
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
