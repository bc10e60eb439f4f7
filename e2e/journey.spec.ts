import { expect, test } from '@playwright/test';
import { sourceOf } from '@/lib/map/data-layers';
import { AtlasMapData, AtlasPage, centreOnItem, openFeatureAt } from './pages/AtlasPage';

/** The journey the atlas is for: pan, toggle alliances, open an exercise, read its source, come back. */

const THREE_BROTHERS = 'ex-three-brothers-2021';
const TRILATERAL = 'all-aze-tur-pak-trilateral';

test.describe('reader journey', () => {
  test('pans by dragging and by keyboard', async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.goto('/');
    const before = await atlas.mapCenter();

    const box = (await page.getByTestId('atlas-map').boundingBox())!;
    const from = { x: box.x + box.width * 0.6, y: box.y + box.height * 0.6 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x - 200, from.y - 80, { steps: 8 });
    await page.mouse.up();
    await atlas.waitForIdleMap();
    const dragged = await atlas.mapCenter();
    expect(dragged.lng).toBeGreaterThan(before.lng + 0.5);
    expect(dragged.lat).toBeLessThan(before.lat - 0.2);

    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await atlas.waitForIdleMap();
    const keyed = await atlas.mapCenter();
    expect(keyed.lng).toBeLessThan(dragged.lng - 0.1);
    expect(atlas.foreignRequests).toEqual([]);
  });

  test('toggling an alliance removes its links from the map and the legend, and back', async ({ page }) => {
    const atlas = new AtlasPage(page);
    const data = new AtlasMapData(page);
    await atlas.goto('/');
    await data.waitForLayer('alliances-line');
    await data.jumpTo([55, 36], 3);
    await atlas.waitForIdleMap();
    expect(await data.renderedIds('alliances-line')).toContain(TRILATERAL);

    const toggle = page.getByTestId(`alliance-${TRILATERAL}`).getByRole('checkbox');
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await expect(toggle).not.toBeChecked();
    await expect.poll(() => data.renderedIds('alliances-line')).not.toContain(TRILATERAL);
    // Only that alliance went away: the others are still drawn.
    expect((await data.renderedIds('alliances-line')).length).toBeGreaterThan(0);

    await toggle.check();
    await expect.poll(() => data.renderedIds('alliances-line')).toContain(TRILATERAL);
  });

  test('clicking the Three Brothers-2021 site shows its dates and a verbatim quote, which opens in the source and leads back', async ({
    page,
    request,
  }) => {
    const atlas = new AtlasPage(page);
    const data = new AtlasMapData(page);
    await atlas.goto('/');
    await data.waitForLayer('points');

    const { item, lngLat: [lng, lat] } = await centreOnItem(page, request, 'exercises', THREE_BROTHERS, 9);

    await openFeatureAt(page, [lng, lat], /Three Brothers/);

    const panel = page.getByTestId('feature-panel');
    await expect(panel.getByTestId('feature-name')).toContainText('Three Brothers');
    await expect(panel.getByTestId('feature-date')).toContainText('2021');
    // The text dates it only as "recent": the dates are outside knowledge, and the panel says whose.
    await expect(panel.getByTestId('date-basis')).toHaveAttribute('data-basis', 'outside-knowledge');
    await expect(panel.getByTestId('date-basis')).toContainText(/^known to the day; outside knowledge \(the text: “the week-long/);
    await expect(panel.getByTestId('date-basis')).toContainText('Three Brothers-2021 was held in Baku from 12 to 20 Sep 2021');
    await expect(panel.getByTestId('feature-status')).toContainText('Occurred');
    // Evidence and context are listed apart.
    await expect(panel.getByTestId('citations-evidence').getByTestId('citation')).toHaveCount(1);
    await expect(panel.getByTestId('citations-context').getByTestId('citation')).toHaveCount(1);

    // The quote is verbatim: it occurs in the article's stored text.
    const citation = panel.getByTestId('citation').first();
    const quote = (await citation.locator('q').innerText()).trim();
    const sourceId = item.properties.citations[0].source.id as string;
    const source = await (await request.get(`/api/sources/${sourceId}`)).json();
    expect(source.text).toContain(quote);
    await page.screenshot({ path: 'artifacts/screenshots/panel-three-brothers.png' });

    await citation.getByTestId('open-in-source').click();
    await expect(page).toHaveURL(new RegExp(`/sources/${sourceId}\\?feature=${THREE_BROTHERS}#q-\\d+-\\d+$`));
    const target = page.locator('mark.passage-target').first();
    await expect(target).toBeVisible();
    await expect(target).toBeInViewport();
    expect(quote).toContain((await target.innerText()).trim().slice(0, 20));
    await page.screenshot({ path: 'artifacts/screenshots/reader-three-brothers.png' });

    await page.getByTestId('back-to-map').click();
    await expect(page).toHaveURL(new RegExp(`/\\?feature=${THREE_BROTHERS}$`));
    await expect(page.getByTestId('feature-panel').getByTestId('feature-name')).toContainText('Three Brothers');
    expect(atlas.foreignRequests).toEqual([]);
  });

  test('the Lachin-district drill says it was placed to match the text, never that the distance checks out', async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.goto('/?feature=ex-lachin-special-forces-drill-2021');
    const panel = page.getByTestId('feature-panel');
    await expect(panel.getByTestId('feature-name')).toContainText('Lachin district');
    const fact = panel.getByTestId('spatial-fact');
    await expect(fact).toHaveAttribute('data-use', 'placement');
    await expect(fact).toContainText('Placed to match the text’s “a mere 300 meters” from the edge of Lachin corridor');
    await expect(fact).toContainText('not a check');
    await expect(fact).not.toContainText('(consistent)');
  });

  test('Escape and the close button close the panel', async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.goto(`/?feature=${THREE_BROTHERS}`);
    const panel = page.getByTestId('feature-panel');
    await expect(panel.getByTestId('feature-name')).toContainText('Three Brothers');
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await page.goBack();
    await expect(panel.getByTestId('feature-name')).toContainText('Three Brothers');
    await panel.getByRole('button', { name: 'Close details' }).click();
    await expect(panel).toBeHidden();
  });
});

test.describe('feedback while reading the map', () => {
  test('hovering a site highlights it, names it and shows a pointer', async ({ page, request }) => {
    const atlas = new AtlasPage(page);
    const data = new AtlasMapData(page);
    await atlas.goto('/');
    await data.waitForLayer('points');
    const { item, lngLat: [lng, lat] } = await centreOnItem(page, request, 'exercises', 'ex-turaz-falcon-2021', 8);

    const point = await data.pagePointOf([lng, lat]);
    await page.mouse.move(point.x, point.y);
    await expect(page.getByRole('tooltip')).toContainText(item.properties.name);
    expect(await page.evaluate(() => window.__atlasMap!.getCanvas().style.cursor)).toBe('pointer');
    const source = sourceOf('exercises');
    const hovered = await page.evaluate(
      ({ source, id }) => window.__atlasMap!.getFeatureState({ source, id }),
      { source, id: 'ex-turaz-falcon-2021' },
    );
    expect(hovered.hover).toBe(true);
    // The halo is a disc wider than the marker: a pixel just below the marker darkens while hovered.
    const ring = await page.evaluate(([lng, lat]) => {
      const map = window.__atlasMap!;
      const p = map.project([lng, lat]);
      const q = map.unproject([p.x, p.y + 12]);
      return [q.lng, q.lat] as [number, number];
    }, [lng, lat] as [number, number]);
    const brightness = async () => (await atlas.pixelsAt([ring]))[0]!.reduce((a, b) => a + b, 0);
    await expect.poll(brightness).toBeLessThan(610);
    const hoveredBrightness = await brightness();
    await page.screenshot({ path: test.info().outputPath('hover.png') });

    await page.mouse.move(point.x + 200, point.y + 150);
    await expect(page.getByRole('tooltip')).toBeHidden();
    await expect.poll(brightness).toBeGreaterThan(hoveredBrightness + 30);
  });

  test('a layer that fails to load says so and can be retried', async ({ page }) => {
    let fail = true;
    await page.route(/\/(api\/map\/events|data\/[0-9a-f]{12}\/map\/events\.geojson)/, (route) =>
      fail
        ? route.fulfill({
            status: 503,
            contentType: 'application/json',
            body: JSON.stringify({ code: 'Unavailable', description: 'The layer is temporarily unavailable' }),
          })
        : route.continue(),
    );
    const atlas = new AtlasPage(page);
    const data = new AtlasMapData(page);
    await atlas.goto('/');
    const events = page.getByTestId('layer-events');
    await expect(events.getByRole('alert')).toContainText('The layer is temporarily unavailable');
    expect(await data.drawnIds('events')).toEqual([]);

    fail = false;
    await events.getByRole('button', { name: 'Retry' }).click();
    await expect(events.getByRole('alert')).toBeHidden();
    await data.waitForLayer('points');
  });
});

test('the panel says when its feature is not drawn, and can bring it back', async ({ page }) => {
  const atlas = new AtlasPage(page);
  const data = new AtlasMapData(page);
  await atlas.goto(`/?feature=${THREE_BROTHERS}`);
  const panel = page.getByTestId('feature-panel');
  await expect(panel.getByTestId('feature-name')).toContainText('Three Brothers');
  await expect(panel.getByTestId('hidden-notice')).toBeHidden();

  const exercises = page.getByTestId('layer-exercises').getByRole('checkbox');
  await exercises.uncheck();
  await expect(panel.getByTestId('hidden-notice')).toContainText('its layer is turned off');

  await panel.getByRole('button', { name: 'Show it' }).click();
  await expect(exercises).toBeChecked();
  await expect(panel.getByTestId('hidden-notice')).toBeHidden();
  await data.waitForLayer('points');
});
