import { expect, test } from '@playwright/test';
import { FindPage } from './pages/FindPage';
import { AtlasMapData, AtlasPage } from './pages/AtlasPage';

/** The reader journey on a phone (390×844): drawer, search, bottom sheet, source and back. */

const THREE_BROTHERS = 'ex-three-brothers-2021';
const TRILATERAL = 'all-aze-tur-pak-trilateral';
const W = 390;
const H = 844;

test.use({ viewport: { width: W, height: H }, hasTouch: true, isMobile: true });

test.describe('on a phone', () => {
  test('the map fills the screen; the layers fold into a drawer; every control is on screen', async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.goto('/');
    const map = (await page.getByTestId('atlas-map').boundingBox())!;
    expect(map.width).toBe(W);
    expect(map.height).toBeGreaterThan(H * 0.9);
    await expect(page.getByTestId('layers-panel')).toBeHidden();

    const controls = [
      new FindPage(page).searchBox,
      page.getByTestId('drawer-toggle'),
      page.getByRole('button', { name: 'Zoom in' }),
      page.getByRole('button', { name: 'Zoom out' }),
    ];
    for (const c of controls) {
      await expect(c).toBeInViewport({ ratio: 1 });
      const box = (await c.boundingBox())!;
      expect(box.height, 'touch target height').toBeGreaterThanOrEqual(24);
    }
    // Nothing spills sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(W);
    await page.screenshot({ path: 'artifacts/screenshots/mobile-map.png' });
  });

  test('journey: open the drawer, hide an alliance, find Three Brothers-2021, read the quote, open it in the source, come back', async ({
    page,
    request,
  }) => {
    const atlas = new AtlasPage(page);
    const data = new AtlasMapData(page);
    const find = new FindPage(page);
    await atlas.goto('/');
    await data.waitForLayer('alliances-line');

    // The drawer opens over the map and hides an alliance's links.
    const toggle = page.getByTestId('drawer-toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.tap();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const alliance = page.getByTestId(`alliance-${TRILATERAL}`).getByRole('checkbox');
    await expect(alliance).toBeInViewport();
    await page.screenshot({ path: 'artifacts/screenshots/mobile-drawer.png' });
    expect(await data.renderedIds('alliances-line')).toContain(TRILATERAL);
    await alliance.tap();
    await expect(alliance).not.toBeChecked();
    await expect.poll(() => data.renderedIds('alliances-line')).not.toContain(TRILATERAL);
    await page.getByRole('button', { name: 'Close layers and list' }).tap();
    await expect(page.getByTestId('layers-panel')).toBeHidden();

    // Search, tap the result.
    await find.searchBox.tap();
    await find.searchBox.fill('three brothers');
    const result = find.result(/^Three Brothers-2021/);
    await expect(result).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: 'artifacts/screenshots/mobile-search.png' });
    await result.tap();

    // The panel is a bottom sheet: full width, at most ~60% of the screen, the map visible above it.
    const sheet = find.panel;
    await expect(sheet.getByTestId('feature-name')).toContainText('Three Brothers');
    const box = (await sheet.boundingBox())!;
    expect(box.width).toBe(W);
    expect(box.y + box.height).toBeCloseTo(H, 0);
    expect(box.height).toBeLessThanOrEqual(H * 0.6 + 1);
    // Baku, where the exercise was, is on the map above the sheet.
    await atlas.waitForIdleMap();
    const baku = await data.pagePointOf([49.89201, 40.37767]);
    expect(baku.y).toBeLessThan(box.y);
    expect(baku.x).toBeGreaterThan(0);
    expect(baku.x).toBeLessThan(W);
    await page.screenshot({ path: 'artifacts/screenshots/mobile-sheet.png' });

    // Read the quote: scroll the sheet to it; the close button stays on screen.
    const citation = sheet.getByTestId('citation').first();
    await citation.scrollIntoViewIfNeeded();
    await expect(citation.locator('q')).toBeInViewport();
    const quote = (await citation.locator('q').innerText()).trim();
    const item = await (await request.get(`/api/collections/exercises/items/${THREE_BROTHERS}`)).json();
    const source = await (await request.get(`/api/sources/${item.properties.citations[0].source.id}`)).json();
    expect(source.text).toContain(quote);
    await expect(sheet.getByRole('button', { name: 'Close details' })).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: 'artifacts/screenshots/mobile-quote.png' });

    // Open in source, read, come back.
    await citation.getByTestId('open-in-source').tap();
    await expect(page).toHaveURL(new RegExp(`/sources/.+\\?feature=${THREE_BROTHERS}#q-\\d+-\\d+$`));
    const target = page.locator('mark.passage-target').first();
    await expect(target).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(W);
    await page.screenshot({ path: 'artifacts/screenshots/mobile-reader.png' });
    await page.getByTestId('back-to-map').tap();
    await expect(page).toHaveURL(new RegExp(`/\\?feature=${THREE_BROTHERS}$`));
    await expect(find.panel.getByTestId('feature-name')).toContainText('Three Brothers');
    await find.panel.getByRole('button', { name: 'Close details' }).tap();
    await expect(find.panel).toBeHidden();
    expect(atlas.foreignRequests).toEqual([]);
  });

  test('the list opens from the drawer and a row opens the feature as a bottom sheet', async ({ page }) => {
    const atlas = new AtlasPage(page);
    const data = new AtlasMapData(page);
    const find = new FindPage(page);
    await atlas.goto('/');
    await data.waitForLayer('points');
    await page.getByTestId('drawer-toggle').tap();
    await find.openList();
    await page.screenshot({ path: 'artifacts/screenshots/mobile-list.png' });
    await find.listItem(THREE_BROTHERS).tap();
    await expect(find.panel.getByTestId('feature-name')).toContainText('Three Brothers');
    // The drawer folded away so the map and the sheet are visible.
    await expect(find.list).toBeHidden();
    await expect(page.getByTestId('drawer-toggle')).toHaveAttribute('aria-expanded', 'false');
  });
});
