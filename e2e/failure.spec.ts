import { expect, test } from '@playwright/test';

/**
 * Honest failure states: when data is missing the page says so, over the map, and never claims
 * more than it draws. Requests are blocked or held with `page.route`.
 */

/** A layer's map form, from the published file or from the API (lib/client/use-atlas-data.ts). */
const MAP_DATA = /\/(api\/map\/|data\/[0-9a-f]{12}\/map\/)/;
const EVENTS_DATA = /\/(api\/map\/events|data\/[0-9a-f]{12}\/map\/events\.geojson)/;

const json503 = { status: 503, contentType: 'application/json', body: JSON.stringify({ code: 'Unavailable', description: 'down for a test' }) };

test('with every layer failing, the count says none is drawn and which could not load, over the map', async ({ page }) => {
  let fail = true;
  await page.route(MAP_DATA, (route) => (fail ? route.fulfill(json503) : route.continue()));
  await page.goto('/');
  const count = page.getByTestId('shown-count');
  await expect(count.getByTestId('layers-failed')).toContainText('could not load');
  await expect(count).toContainText(/: 0 of \d+ features shown/);
  for (const layer of ['military exercises', 'corridors and roads', 'borders and lines', 'alliances and partnerships', 'events'])
    await expect(count.getByTestId('layers-failed')).toContainText(layer);
  // Visible where the reader looks, not only in a scrolled sidebar row.
  await expect(count.getByTestId('layers-failed')).toBeInViewport();
  await page.screenshot({ path: 'artifacts/screenshots/failure-all-layers.png' });

  // One button retries them all; then the count is whole.
  fail = false;
  await count.getByRole('button', { name: 'Retry all' }).click();
  await expect(count.getByTestId('layers-failed')).toBeHidden();
  await expect(count).toContainText(/(\d+) of \1 features shown/);
});

test('while layers are still on their way, the count says so instead of a total', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(EVENTS_DATA, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  const count = page.getByTestId('shown-count');
  await expect(count).toContainText('loading events');
  const [shown, total] = (await count.innerText()).match(/(\d+) of (\d+)/)!.slice(1).map(Number) as [number, number];
  expect(shown).toBeLessThan(total);
  release();
  await expect(count).not.toContainText('loading');
  await expect(count).toContainText(`${total} of ${total} features shown`);
});

test('the page reads the published data files, and the API when they are missing', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (MAP_DATA.test(pathname)) asked.push(pathname);
  });
  await page.goto('/');
  const count = page.getByTestId('shown-count');
  await expect(count).toContainText(/(\d+) of \1 features shown/);
  expect(asked.every((p) => p.startsWith('/data/'))).toBe(true);

  // As after a data change without a rebuild: the files are not there, the API answers instead.
  asked.length = 0;
  await page.route(/\/data\/[0-9a-f]{12}\//, (route) => route.fulfill({ status: 404, contentType: 'text/html', body: 'not here' }));
  await page.reload();
  await expect(count).toContainText(/(\d+) of \1 features shown/);
  expect(asked.filter((p) => p.startsWith('/api/map/')).length).toBe(5);
});

test('a basemap that cannot load is explained over the map, and the data is still drawn', async ({ page }) => {
  await page.route('**/basemap/**', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'gone' }));
  await page.goto('/');
  const notice = page.getByTestId('basemap-failed');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('The base map could not load');
  await expect(notice.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await expect(page.getByTestId('shown-count')).toContainText(/(\d+) of \1 features shown/);
  await page.screenshot({ path: 'artifacts/screenshots/failure-basemap.png' });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the map page says it needs JavaScript and leads to every feature with its citations', async ({ page, request }) => {
    await page.goto('/');
    const notice = page.getByTestId('noscript');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('The map needs JavaScript');
    await page.screenshot({ path: 'artifacts/screenshots/noscript.png' });
    await notice.getByRole('link', { name: /every feature/ }).click();
    await expect(page).toHaveURL(/\/features$/);

    // Every feature the API holds, each with a verbatim quote and a link to it in its source.
    const collections = (await (await request.get('/api/collections')).json()).collections as { id: string }[];
    let total = 0;
    for (const c of collections) total += (await (await request.get(`/api/collections/${c.id}/items?limit=1`)).json()).numberMatched;
    const entries = page.getByTestId('feature-entry');
    await expect(entries).toHaveCount(total);
    const three = page.locator('#ex-three-brothers-2021');
    await expect(three.getByRole('heading', { level: 3 })).toContainText('Three Brothers-2021');
    await expect(three.getByTestId('citation').first().locator('q')).not.toBeEmpty();
    const link = three.getByTestId('open-in-source').first();
    expect(await link.getAttribute('href')).toMatch(/^\/sources\/[\w-]+\?feature=ex-three-brothers-2021#q-\d+-\d+$/);
    for (const entry of await entries.all()) expect(await entry.getByTestId('citation').count()).toBeGreaterThan(0);
    await link.click();
    await expect(page.locator('h1')).not.toBeEmpty();
    await expect(page.locator('mark, .passage').first()).toBeAttached();
  });
});

test('a feature whose details cannot load says why, and Retry loads it; opened again, it shows without asking again', async ({ page }) => {
  let fail = true;
  const asked: string[] = [];
  await page.route(/\/api\/collections\/exercises\/items\/ex-three-brothers-2021$/, (route) => {
    asked.push(route.request().url());
    return fail ? route.fulfill(json503) : route.continue();
  });
  await page.goto('/?feature=ex-three-brothers-2021');
  const panel = page.getByTestId('feature-panel');
  await expect(panel.getByRole('alert')).toHaveText(/Could not load this feature: down for a test\./);
  fail = false;
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(panel.getByTestId('feature-name')).toContainText('Three Brothers');
  await expect(panel.getByRole('alert')).toBeHidden();
  const tries = asked.length;

  // Closed and opened again (back in the history): the details are there at once, from memory.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await page.goBack();
  await expect(panel.getByTestId('feature-name')).toContainText('Three Brothers');
  expect(asked.length).toBe(tries);
});

test('names that cannot load for search say so in the results, and Retry brings them', async ({ page }) => {
  let fail = true;
  await page.route(/\/(data\/[0-9a-f]{12}\/search\.json|api\/search)/, (route) => (fail ? route.fulfill(json503) : route.continue()));
  await page.goto('/');
  const box = page.getByRole('combobox', { name: /search/i });
  await box.fill('Berdzor');
  await expect(page.getByText(/The names could not load: down for a test\./)).toBeVisible();
  fail = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('option', { name: /^Lachin corridor/ })).toBeVisible();
});
