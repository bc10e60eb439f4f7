import { expect, test } from '@playwright/test';
import { AtlasMapData, AtlasPage } from './pages/AtlasPage';
import { CspWatch } from './pages/CspWatch';
import { FindPage } from './pages/FindPage';

/**
 * The pages work with the Content-Security-Policy enforced, and the browser reports no violation:
 * the map (MapLibre, its worker, the data layers), the source reader and the 404 page. The first
 * test proves the watch itself can see a violation, so the others cannot pass by looking away.
 */

const SOURCE = '003_fd8218c4c3c52676';

test.describe('Content-Security-Policy, enforced in Chromium', () => {
  test('blocks injected markup (a script without the nonce, an inline handler), and the watch reports it', async ({ page }) => {
    const csp = new CspWatch(page);
    await csp.start();
    // What a stored XSS would look like: markup in the served HTML, headers (and policy) unchanged.
    await page.route(`**/sources/${SOURCE}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('<body>', '<body><script>window.__injected = "script"</script>');
      await route.fulfill({ response, body: html });
    });
    await page.goto(`/sources/${SOURCE}`);
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E" onload="window.__injected = \'handler\'">');
    });
    await expect.poll(async () => (await csp.violations()).map((v) => v.directive).sort()).toEqual(['script-src-attr', 'script-src-elem']);
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
    expect(csp.cspConsoleErrors.length).toBeGreaterThanOrEqual(2);
  });

  test('the map page draws the basemap and every data layer with no violation', async ({ page }) => {
    const csp = new CspWatch(page);
    await csp.start();
    const atlas = new AtlasPage(page);
    const data = new AtlasMapData(page);
    const response = await page.goto('/');
    expect(response!.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    await atlas.waitForIdleMap();
    for (const layer of ['points', 'corridors-line', 'borders-line', 'alliances-line']) await data.waitForLayer(layer);
    // The basemap comes through MapLibre's worker, which runs under its own copy of the policy.
    expect(await atlas.renderedProperty(['basemap-land'], 'iso3')).toEqual(expect.arrayContaining(['ARM', 'AZE', 'GEO']));
    // Interaction: a search and the time control re-render through React without inline script.
    await new FindPage(page).searchBox.fill('Lachin');
    await expect(page.getByTestId('search-result').first()).toBeVisible();
    expect(await csp.violations()).toEqual([]);
    expect(csp.cspConsoleErrors).toEqual([]);
    expect(csp.pageErrors).toEqual([]);
  });

  test('the source reader renders its passages and survives a malformed fragment', async ({ page }) => {
    const csp = new CspWatch(page);
    await csp.start();
    await page.goto(`/sources/${SOURCE}#%`);
    await expect(page.getByTestId('source-text')).toBeVisible();
    await expect(page.locator('mark').first()).toBeVisible();
    // Hydrated (client code ran): the back link is a client-side navigation to the map.
    await page.evaluate(() => (location.hash = '#q-%zz'));
    await page.getByTestId('back-to-map').click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('atlas-map')).toBeVisible();
    expect(await csp.violations()).toEqual([]);
    expect(csp.cspConsoleErrors).toEqual([]);
    expect(csp.pageErrors).toEqual([]);
  });

  test('the 404 page, also for a path that cannot be decoded, renders with no violation', async ({ page }) => {
    const csp = new CspWatch(page);
    await csp.start();
    for (const path of ['/no-such-page', '/sources/%E0%A4%A']) {
      const response = await page.goto(path);
      expect(response!.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
      expect(await csp.violations()).toEqual([]);
    }
    await page.getByRole('link', { name: 'Back to the map' }).click();
    await expect(page.getByTestId('atlas-map')).toBeVisible();
    expect(csp.cspConsoleErrors).toEqual([]);
    expect(csp.pageErrors).toEqual([]);
  });
});
