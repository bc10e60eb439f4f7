import { expect, test, type Page } from '@playwright/test';
import { AtlasMapData, AtlasPage } from './pages/AtlasPage';
import { APP_HYDRATED_MARK, MAP_CREATED_MARK, OPENING_DATA_MARK, OPENING_DATA_REDRAWN_MARK } from '@/lib/client/marks';

/** When the map object was made and when the page hydrated, in ms since navigation. */
async function marks(page: Page): Promise<{ created: number; hydrated: number }> {
  const names = { c: MAP_CREATED_MARK, h: APP_HYDRATED_MARK };
  await page.waitForFunction(({ c, h }) => performance.getEntriesByName(c).length > 0 && performance.getEntriesByName(h).length > 0, names);
  return page.evaluate(({ c, h }) => ({ created: performance.getEntriesByName(c)[0]!.startTime, hydrated: performance.getEntriesByName(h)[0]!.startTime }), names);
}

/** Map canvases in the page, and whether each sits in the map's place. */
async function canvases(page: Page): Promise<{ inSlot: boolean; visible: boolean }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('canvas.maplibregl-canvas')].map((c) => ({
      inSlot: !!c.closest('[data-testid="atlas-map"]'),
      visible: getComputedStyle(c).visibility === 'visible',
    })),
  );
}

test.describe('the map starts before the page hydrates', () => {
  test('a plain visit: one map, made before hydration, adopted into its place, loaded and drawing', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const atlas = new AtlasPage(page);
    await atlas.goto('/');
    const { created, hydrated } = await marks(page);
    expect(created).toBeLessThan(hydrated);
    expect(await canvases(page)).toEqual([{ inSlot: true, visible: true }]);
    // The element it was made in is gone; the map measures and draws in the component's container.
    expect(await page.locator('body > div[aria-hidden="true"] .maplibregl-canvas').count()).toBe(0);
    const box = await page.getByTestId('atlas-map').boundingBox();
    const canvas = await page.locator('canvas.maplibregl-canvas').boundingBox();
    expect(canvas).toEqual(box);
    expect(await new AtlasMapData(page).drawnIds('exercises')).toContain('ex-three-brothers-2021');
    // No hydration mismatch, no errors.
    expect(errors).toEqual([]);
  });

  test('the map made early answers the reader like one made by the page: it pans, and the URL follows', async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.goto('/');
    const before = await atlas.mapCenter();
    await page.locator('canvas.maplibregl-canvas').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await atlas.mapCenter()).lng).toBeGreaterThan(before.lng);
    await expect(page).toHaveURL(/[?&]at=/);
  });

  test('a view in the URL opens there, made early too', async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.goto('/?at=40.2,44.5,8');
    const { created, hydrated } = await marks(page);
    expect(created).toBeLessThan(hydrated);
    const center = await atlas.mapCenter();
    expect(center.lat).toBeCloseTo(40.2, 3);
    expect(center.lng).toBeCloseTo(44.5, 3);
    expect(await page.evaluate(() => window.__atlasMap!.getZoom())).toBeCloseTo(8, 3);
  });

  test('a feature in the URL: the page makes the map once hydrated, and frames the feature', async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.goto('/?feature=ex-three-brothers-2021');
    const { created, hydrated } = await marks(page);
    expect(created).toBeGreaterThan(hydrated);
    expect(await canvases(page)).toEqual([{ inSlot: true, visible: true }]);
    await expect
      .poll(() => page.evaluate(() => window.__atlasMap!.queryRenderedFeatures({ layers: ['selection-marker'] }).map((f) => f.properties?.id)))
      .toContain('ex-three-brothers-2021');
  });

  /** Whether the early map drew the opening data, and the sources the page had to send again. */
  async function openingData(page: Page): Promise<{ drawn: boolean; redrawn: string[] }> {
    await page.waitForFunction((h) => performance.getEntriesByName(h).length > 0, APP_HYDRATED_MARK);
    return page.evaluate(
      ({ d, r }) => ({
        drawn: performance.getEntriesByName(d).length === 1,
        redrawn: performance.getEntriesByName(r).map((m) => String((m as PerformanceMark).detail)),
      }),
      { d: OPENING_DATA_MARK, r: OPENING_DATA_REDRAWN_MARK },
    );
  }

  test('the opening data is drawn by the early map, and the page takes it over without sending it again', async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.goto('/');
    const data = new AtlasMapData(page);
    await expect.poll(() => data.drawnIds('exercises')).toContain('ex-three-brothers-2021');
    expect(await openingData(page)).toEqual({ drawn: true, redrawn: [] });
  });

  test('filters in the URL: the early map draws only what they let through, as the page would', async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.goto('/?layers=exercises,borders&at=41.5,45,6');
    const data = new AtlasMapData(page);
    await expect.poll(() => data.drawnIds('exercises')).toContain('ex-three-brothers-2021');
    expect(await data.drawnIds('events')).toEqual([]);
    expect(await openingData(page)).toEqual({ drawn: true, redrawn: [] });
  });

  test('a feature in the URL without a view: no early map, so no early data; the page draws it all', async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.goto('/?feature=ex-three-brothers-2021');
    const data = new AtlasMapData(page);
    await expect.poll(() => data.drawnIds('exercises')).toContain('ex-three-brothers-2021');
    expect(await openingData(page)).toEqual({ drawn: false, redrawn: [] });
  });

  test('the opening view compiles one shader program per kind of drawing the data adds: the border areas and dashed lines share the basemap\'s, the markers have one', async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.goto('/');
    const data = new AtlasMapData(page);
    await expect.poll(() => data.drawnIds('exercises')).toContain('ex-three-brothers-2021');
    await page.waitForFunction(() => window.__atlasMap!.loaded());
    const programs = await page.evaluate(() =>
      Object.keys((window.__atlasMap as unknown as { painter: { programCache: { programs: Record<string, unknown> } } }).painter.programCache.programs),
    );
    const variants = (name: string) => programs.filter((k) => k.startsWith(`${name}/`));
    // The dashed lines and the border areas are drawn (the opening view shows both).
    expect(await data.renderedIds('borders-line')).not.toEqual([]);
    expect(variants('fill'), programs.join('\n')).toHaveLength(1);
    expect(variants('lineSDF'), programs.join('\n')).toHaveLength(1);
    expect(variants('symbolIcon'), programs.join('\n')).toHaveLength(1);
    expect(programs.length, programs.join('\n')).toBeLessThanOrEqual(12);
  });
});
