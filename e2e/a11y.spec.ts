import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { FindPage } from './pages/FindPage';
import { AtlasMapData, AtlasPage } from './pages/AtlasPage';

/**
 * Automated accessibility checks (axe-core, WCAG 2.x A and AA plus best practices) on each screen
 * of the reader journey. Serious and critical violations fail the test; lesser ones are attached
 * to the report for review. Nothing is excluded: MapLibre's own controls and canvas are checked too.
 */

const THREE_BROTHERS = 'ex-three-brothers-2021';

async function seriousViolations(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
  await test.info().attach(`axe-${name}.json`, { body: JSON.stringify(summary, null, 2), contentType: 'application/json' });
  expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(20);
  return summary.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

test.describe('accessibility (axe)', () => {
  test('the map page', async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.goto('/');
    await new AtlasMapData(page).waitForLayer('points');
    expect(await seriousViolations(page, 'map')).toEqual([]);
    // The map canvas says what it is and how to use it.
    await expect(page.locator('.maplibregl-canvas')).toHaveAttribute('aria-label', /Map of the South Caucasus.*Arrow keys/);
  });

  test('the search results', async ({ page }) => {
    const atlas = new AtlasPage(page);
    const find = new FindPage(page);
    await atlas.goto('/');
    await find.searchBox.fill('Berdzor');
    // The names load on first use: the arrow key means something once the results are there.
    await expect(find.results.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(find.results.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    expect(await seriousViolations(page, 'search')).toEqual([]);
  });

  test('the open feature panel', async ({ page }) => {
    const atlas = new AtlasPage(page);
    const find = new FindPage(page);
    await atlas.goto(`/?feature=${THREE_BROTHERS}`);
    await expect(find.panel.getByTestId('citation').first()).toBeVisible();
    expect(await seriousViolations(page, 'panel')).toEqual([]);
  });

  test('the list view with a feature selected', async ({ page }) => {
    const atlas = new AtlasPage(page);
    const find = new FindPage(page);
    await atlas.goto(`/?feature=${THREE_BROTHERS}`);
    await new AtlasMapData(page).waitForLayer('points');
    await find.openList();
    await expect(find.listItem(THREE_BROTHERS)).toHaveAttribute('aria-selected', 'true');
    await find.listItem(THREE_BROTHERS).focus();
    expect(await seriousViolations(page, 'list')).toEqual([]);
  });

  test('the source reader', async ({ page, request }) => {
    const item = await (await request.get(`/api/collections/exercises/items/${THREE_BROTHERS}`)).json();
    await page.goto(item.properties.citations[0].href);
    await expect(page.locator('mark.passage-target').first()).toBeVisible();
    expect(await seriousViolations(page, 'reader')).toEqual([]);
  });

  test('the sources, method and text pages: one keypress from the map, and accessible', async ({ page }) => {
    const atlas = new AtlasPage(page);
    const pages = [
      { name: 'Sources', path: '/sources', heading: 'Sources' },
      { name: 'Method', path: '/about', heading: 'Method' },
      { name: 'All features as text', path: '/features', heading: 'Every feature and its sources' },
    ];
    for (const target of pages) {
      await atlas.goto('/');
      const link = page.getByRole('navigation', { name: 'About the atlas' }).getByRole('link', { name: target.name });
      await link.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${target.path}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.heading);
      expect(await seriousViolations(page, target.path.slice(1))).toEqual([]);
    }
    // The sources page names each article's outlet, date basis and vantage, and what it supports.
    await page.goto('/sources');
    const entries = page.getByTestId('source-entry');
    await expect(entries).toHaveCount((await (await page.request.get('/api/sources')).json()).sources.length);
    for (const entry of await entries.all()) {
      await expect(entry).toContainText('Vantage point');
      await expect(entry).toContainText(/Published.*(stated|inferred)/s);
      expect(await entry.locator('.feature-links a').count()).toBeGreaterThan(0);
    }
    // The method page lists the contested name pairs from the data's own conventions.
    await page.goto('/about');
    await expect(page.getByTestId('contested-pairs')).toContainText('Khankandi / Stepanakert');
    await page.screenshot({ path: 'artifacts/screenshots/about.png', fullPage: false });
  });

  test('the phone layout, drawer open', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const atlas = new AtlasPage(page);
    await atlas.goto(`/?feature=${THREE_BROTHERS}`);
    await page.getByTestId('drawer-toggle').click();
    await expect(page.getByTestId('layers-panel')).toBeVisible();
    // On a phone the links to the sources, the method and the text version are in the drawer.
    await expect(page.getByTestId('map-sidebar').getByRole('link', { name: 'Method' })).toBeVisible();
    expect(await seriousViolations(page, 'mobile')).toEqual([]);
  });
});
