import { expect, test, type Page } from '@playwright/test';
import { AtlasMapData, AtlasPage, openFeatureAt } from './pages/AtlasPage';
import { FindPage } from './pages/FindPage';
import { MapSymbols } from './pages/MapSymbols';

/** The map tells the truth at a glance: read from the rendered map, not from the data. */

const KARABAKH: [number, number] = [46.75, 39.8];
const BAKU: [number, number] = [49.89201, 40.37767];
const PLANNED = 'ev-tehran-trilateral-meeting-planned-2021';
const CLAIMED = 'ev-armenian-forces-karabakh-claim';
const OCCURRED = 'ex-turaz-falcon-2021';
const SYMBOLIC = 'ev-zakharova-statement-2021';
const PROPOSED_ALLIANCE = 'all-usa-arm-proposed-partnership';
const FACT_ALLIANCE = 'all-aze-tur-pak-trilateral';

const PHONE = { width: 390, height: 844 };

async function openMap(page: Page, path = '/') {
  const atlas = new AtlasPage(page);
  await atlas.goto(path);
  await new AtlasMapData(page).waitForLayer('points');
  await atlas.waitForIdleMap();
  return atlas;
}

async function lookAt(page: Page, center: [number, number], zoom: number) {
  await new AtlasMapData(page).jumpTo(center, zoom);
  await new AtlasPage(page).waitForIdleMap();
}

/** The point a selection is drawn at lies on the map and under none of its covers. */
async function expectSelectionInSight(page: Page) {
  const symbols = new MapSymbols(page);
  await new AtlasPage(page).waitForIdleMap();
  await expect.poll(() => symbols.selectionPoint()).not.toBeNull();
  const at = (await symbols.selectionPoint())!;
  const map = await symbols.mapBox();
  expect(at.x).toBeGreaterThan(map.left);
  expect(at.x).toBeLessThan(map.right);
  expect(at.y).toBeGreaterThan(map.top);
  expect(at.y).toBeLessThan(map.bottom);
  // Clear of every cover by a margin: a point in the sliver between two covers is not in sight.
  const CLEAR = 24;
  for (const c of await symbols.covers()) {
    const under = at.x >= c.left - CLEAR && at.x <= c.right + CLEAR && at.y >= c.top - CLEAR && at.y <= c.bottom + CLEAR;
    expect(under, `the selection at ${Math.round(at.x)},${Math.round(at.y)} lies under or within ${CLEAR} px of ${c.name}`).toBe(false);
  }
}

for (const [device, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', PHONE]] as const) {
  test.describe(`nothing stacks (${device})`, () => {
    test.use({ viewport, isMobile: device === 'phone', hasTouch: device === 'phone' });

    test('no two point symbols overlap at the opening view, nor at zoom 8 over Karabakh', async ({ page }) => {
      await openMap(page);
      const symbols = new MapSymbols(page);
      expect((await symbols.drawn()).length).toBeGreaterThan(3);
      expect(await symbols.overlaps()).toEqual([]);
      await page.screenshot({ path: `artifacts/screenshots/opening-${device}.png` });
      await lookAt(page, KARABAKH, 8);
      expect((await symbols.drawn()).length).toBeGreaterThan(1);
      expect(await symbols.overlaps()).toEqual([]);
      await page.screenshot({ path: `artifacts/screenshots/karabakh-z8-${device}.png` });
    });
  });
}

test.describe('what is only planned, proposed or claimed looks it', () => {
  test('a planned and a claimed marker are drawn unlike an occurred one', async ({ page, request }) => {
    await openMap(page);
    const symbols = new MapSymbols(page);
    // Opened, each is drawn apart from any group, with the marker it has on the map.
    const iconOf = async (id: string) => {
      await openMap(page, `/?feature=${id}`);
      await expect.poll(() => page.evaluate(() => window.__atlasMap!.queryRenderedFeatures({ layers: ['selection-marker'] }).length)).toBeGreaterThan(0);
      return page.evaluate(() => {
        const image = (window.__atlasMap!.queryRenderedFeatures({ layers: ['selection-marker'] })[0]!.layer.layout as Record<string, unknown>)['icon-image'];
        return typeof image === 'string' ? image : String((image as { name?: string }).name);
      });
    };
    const planned = await iconOf(PLANNED);
    const claimed = await iconOf(CLAIMED);
    const occurred = await iconOf(OCCURRED);
    expect(planned).toMatch(/:planned:/);
    expect(claimed).toMatch(/:claimed:/);
    expect(occurred).toMatch(/:fact:/);
    expect(new Set([planned, claimed, occurred]).size).toBe(3);
    // Not opened, the planned meeting in Tehran is drawn with the same planned marker.
    const item = await (await request.get(`/api/collections/events/items/${PLANNED}`)).json();
    await openMap(page);
    await lookAt(page, item.geometry.coordinates as [number, number], 9);
    await expect.poll(() => symbols.styleOf(PLANNED)).toMatchObject({ layer: 'points-marker', icon: planned });
  });

  test('a proposed relation is drawn dashed, a relation in force solid', async ({ page }) => {
    await openMap(page);
    await lookAt(page, [55, 38], 3);
    const symbols = new MapSymbols(page);
    const proposed = await symbols.styleOf(PROPOSED_ALLIANCE);
    const fact = await symbols.styleOf(FACT_ALLIANCE);
    expect(proposed && fact).toBeTruthy();
    expect(JSON.stringify(proposed!.dash)).not.toEqual(JSON.stringify(fact!.dash));
  });

  test('a statement placed at a capital for want of a venue is a badge, not a site marker', async ({ page }) => {
    await openMap(page);
    await lookAt(page, [37.61556, 55.75222], 6);
    const symbols = new MapSymbols(page);
    const drawn = await symbols.drawn();
    expect(drawn.filter((s) => s.kind === 'marker').map((s) => s.id)).not.toContain(SYMBOLIC);
    expect(await new AtlasMapData(page).drawnIds('events')).toContain(SYMBOLIC);
    expect(drawn.some((s) => s.kind === 'badge')).toBe(true);
  });
});

test.describe('the selection stays in sight', () => {
  test('opened by a click on a group, it lies beside the panel, with its own ring and label', async ({ page }) => {
    await openMap(page);
    await lookAt(page, BAKU, 7);
    await openFeatureAt(page, BAKU, /Three Brothers/);
    await expect(page.getByTestId('feature-panel').getByTestId('feature-name')).toContainText('Three Brothers');
    await expectSelectionInSight(page);
    await page.screenshot({ path: 'artifacts/screenshots/selected-desktop.png' });
  });

  test('the group at Baku opens into a list grouped by kind and status', async ({ page }) => {
    await openMap(page);
    await lookAt(page, BAKU, 7);
    const point = await new AtlasMapData(page).pagePointOf(BAKU);
    await page.mouse.click(point.x, point.y);
    const chooser = page.getByTestId('feature-chooser');
    await expect(chooser).toBeVisible();
    expect(await chooser.locator('.chooser-group h3').count()).toBeGreaterThan(1);
    await page.screenshot({ path: 'artifacts/screenshots/baku-group.png' });
  });

  test('opened by search, a corridor is fitted beside the panel', async ({ page }) => {
    await openMap(page);
    const find = new FindPage(page);
    await find.searchBox.fill('Lachin corridor');
    await expect(find.result(/Lachin corridor/)).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('feature-name')).toContainText('Lachin');
    await expectSelectionInSight(page);
  });

  test('opened by URL, a planned meeting is in sight and drawn as planned', async ({ page }) => {
    await openMap(page, `/?feature=${PLANNED}`);
    await expect(page.getByTestId('feature-name')).toBeVisible();
    await expectSelectionInSight(page);
    const ring = await page.evaluate(() => window.__atlasMap!.queryRenderedFeatures({ layers: ['selection-marker'] }).map((f) => (f.layer.layout as Record<string, unknown> | undefined)?.['icon-image'] as unknown));
    expect(JSON.stringify(ring)).toMatch(/planned/);
    await page.screenshot({ path: 'artifacts/screenshots/selected-planned.png' });
  });

  test('on a phone, opened by URL, it lies above the bottom sheet', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openMap(page, '/?feature=ex-three-brothers-2021');
    await expect(page.getByTestId('feature-name')).toBeVisible();
    await expectSelectionInSight(page);
    await page.screenshot({ path: 'artifacts/screenshots/selected-phone.png' });
  });
});

test('the legend explains every layer, kind and status drawn in view, and only those', async ({ page }) => {
  await openMap(page);
  const legend = page.getByTestId('map-legend');
  await expect(legend).toBeVisible();
  const check = async () => {
    await new AtlasPage(page).waitForIdleMap();
    const drawn = await page.evaluate(() => {
      const map = window.__atlasMap!;
      const layers = ['points-marker', 'points-group', 'anchors-badge', 'alliances-line', 'corridors-line', 'borders-line'].filter((l) => map.getLayer(l));
      return map.queryRenderedFeatures({ layers }).map((f) => {
        const image = (f.layer.layout as Record<string, unknown> | undefined)?.['icon-image'] as unknown;
        return { style: f.layer.id, layer: f.properties?.layer, kind: f.properties?.kind, status: f.properties?.status, icon: typeof image === 'string' ? image : (image as { name?: string })?.name };
      });
    });
    const keys = await legend.locator('[data-legend-key]').evaluateAll((els) => els.map((e) => e.getAttribute('data-legend-key')!));
    for (const d of drawn) {
      if (d.style === 'points-group') expect(keys).toContain('group');
      else if (d.style === 'anchors-badge') expect(keys).toContain('placement:symbolic');
      else {
        expect(keys.some((k) => k.startsWith(`kinds:${d.layer}:`) ? k.split(':')[2]!.split(',').includes(String(d.kind)) : k.startsWith(`layer:${d.layer}:`)), `${d.layer} ${d.kind}`).toBe(true);
        expect(keys).toContain(`status:${d.status}`);
      }
    }
    const statuses = new Set(drawn.filter((d) => d.status).map((d) => `status:${d.status}`));
    expect(keys.filter((k) => k.startsWith('status:')).sort()).toEqual([...statuses].sort());
  };
  await check();
  await lookAt(page, [55, 38], 3);
  await check();
});
