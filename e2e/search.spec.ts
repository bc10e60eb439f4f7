import { expect, test } from '@playwright/test';
import { FindPage } from './pages/FindPage';
import { AtlasMapData, AtlasPage } from './pages/AtlasPage';

/** Finding things by name: contested names, transliterations, actors; chosen with the keyboard. */

const LACHIN_TOWN: [number, number] = [46.55, 39.64];

test.describe('search', () => {
  test('"Berdzor" finds the Lachin corridor by its other name; the keyboard chooses it, the map goes there and its panel opens', async ({
    page,
  }) => {
    const atlas = new AtlasPage(page);
    const find = new FindPage(page);
    await atlas.goto('/');
    const zoomBefore = await find.zoom();

    await find.searchBox.focus();
    await page.keyboard.type('Berdzor');
    await expect(find.searchBox).toHaveAttribute('aria-expanded', 'true');
    const corridor = find.result(/^Lachin corridor/);
    await expect(corridor).toContainText('Corridor');
    await expect(corridor).toContainText('matched: Berdzor corridor');
    await expect(find.result(/^Berdzor \/ Lachin/)).toContainText('Place, Azerbaijan · matched: Berdzor');
    // What the texts call Lachin is found too, and says why.
    await expect(find.result(/Lachin district/)).toContainText('matched: Lachin = Berdzor');
    await page.screenshot({ path: 'artifacts/screenshots/search-berdzor.png' });

    // Arrow down to the corridor: the input keeps focus and points at the highlighted option.
    const options = await find.results.getByRole('option').allInnerTexts();
    const at = options.findIndex((o) => o.startsWith('Lachin corridor'));
    expect(at).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= at; i++) await page.keyboard.press('ArrowDown');
    await expect(corridor).toHaveAttribute('aria-selected', 'true');
    await expect(find.searchBox).toHaveAttribute('aria-activedescendant', (await corridor.getAttribute('id'))!);
    await expect(find.searchBox).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(find.searchBox).toHaveAttribute('aria-expanded', 'false');
    await expect(find.panel.getByTestId('feature-name')).toHaveText('Lachin corridor');
    // The selection is in the address bar; the camera joins it (`at=`) once the flight ends, which
    // on a fast map can be before this line runs.
    await expect(page).toHaveURL(/\?feature=cor-lachin(&at=[-\d.,]+)?$/);

    // The map flew in to the corridor, and the corridor is drawn clear of the panel.
    await expect.poll(() => find.zoom()).toBeGreaterThan(zoomBefore + 2);
    await atlas.waitForIdleMap();
    const data = new AtlasMapData(page);
    const item = await (await page.request.get('/api/collections/corridors/items/cor-lachin')).json();
    const coords = item.geometry.coordinates as [number, number][];
    const panelBox = (await find.panel.boundingBox())!;
    for (const c of [coords[0]!, coords[coords.length - 1]!]) {
      const p = await data.pagePointOf(c);
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(panelBox.x);
    }
    await page.screenshot({ path: 'artifacts/screenshots/search-chosen-corridor.png' });
    expect(atlas.foreignRequests).toEqual([]);
  });

  test('choosing a town flies to it without opening a panel', async ({ page }) => {
    const atlas = new AtlasPage(page);
    const find = new FindPage(page);
    await atlas.goto('/');
    await find.searchBox.fill('berdzor');
    await expect(find.result(/^Berdzor \/ Lachin/)).toBeVisible();
    const options = await find.results.getByRole('option').allInnerTexts();
    const at = options.findIndex((o) => o.startsWith('Berdzor / Lachin'));
    for (let i = 0; i <= at; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    await expect.poll(() => find.zoom()).toBeGreaterThanOrEqual(8.9);
    await atlas.waitForIdleMap();
    const c = await atlas.mapCenter();
    expect(Math.abs(c.lng - LACHIN_TOWN[0])).toBeLessThan(0.5);
    expect(Math.abs(c.lat - LACHIN_TOWN[1])).toBeLessThan(0.2);
    await expect(find.panel).toBeHidden();
    await expect(find.searchBox).toHaveValue('Berdzor / Lachin');
  });

  test('finds Stepanakert by "Khankendi", Erdoğan without the diacritic, and features by actor', async ({ page }) => {
    const atlas = new AtlasPage(page);
    const find = new FindPage(page);
    await atlas.goto('/');

    await find.searchBox.fill('Khankendi');
    await expect(find.results.getByRole('option').first()).toContainText('Khankandi / Stepanakert');
    await expect(find.results.getByRole('option').first()).toContainText('matched: Khankendi');

    await find.searchBox.fill('erdogan');
    await expect(find.result(/President Erdoğan/)).toContainText('matched: Erdoğan');

    await find.searchBox.fill('shushi');
    await expect(find.results.getByRole('option').first()).toContainText('Shusha / Shushi');
    await expect(find.result(/allied relationship \(Shusha Declaration\)/)).toBeVisible();

    // Actor code: features of Azerbaijan whose names do not say so are found through their actors.
    await find.searchBox.fill('AZE');
    await expect(find.results.getByRole('option').first()).toBeVisible();
    await expect(page.getByText(/Showing 10 of \d+/)).toBeVisible();
    await find.searchBox.fill('aze pak tur');
    await expect(find.result(/^Three Brothers-2021/)).toContainText(
      'matched: actor Azerbaijan (AZE), Pakistan (PAK), Turkey (TUR)',
    );

    // A typo is forgiven, and the result says which spelling it matched.
    await find.searchBox.fill('Lachn');
    await expect(find.results.getByRole('option').first()).toContainText('Lachin corridor');
    await expect(find.results.getByRole('option').first()).toContainText('matched: Lachin (closest spelling)');
    // The exercise held at Konya comes before the town.
    await find.searchBox.fill('Konya');
    await expect(find.results.getByRole('option').first()).toContainText('TurAz Falcon-2021');

    // Nonsense and regex characters find nothing, and say so.
    for (const nonsense of ['.*[(', 'qqqzzz']) {
      await find.searchBox.fill(nonsense);
      await expect(page.getByText('No feature or place is called that.')).toBeVisible();
      await expect(find.results.getByRole('option')).toHaveCount(0);
    }
  });

  test('a feature whose layer is off is turned on when chosen', async ({ page }) => {
    const atlas = new AtlasPage(page);
    const data = new AtlasMapData(page);
    const find = new FindPage(page);
    await atlas.goto('/');
    await data.waitForLayer('corridors-line');
    const toggle = page.getByTestId('layer-corridors').getByRole('checkbox');
    await toggle.uncheck();
    await expect.poll(() => data.renderedIds('corridors-line')).toEqual([]);

    await find.searchBox.fill('Berdzor corridor');
    await page.keyboard.press('Enter');
    await expect(find.panel.getByTestId('feature-name')).toHaveText('Lachin corridor');
    await expect(toggle).toBeChecked();
    await atlas.waitForIdleMap();
    await expect.poll(() => data.renderedIds('corridors-line')).toContain('cor-lachin');
  });

  test('Escape closes the results, then clears the box, and leaves an open panel alone', async ({ page }) => {
    const atlas = new AtlasPage(page);
    const find = new FindPage(page);
    await atlas.goto('/?feature=ex-three-brothers-2021');
    await expect(find.panel.getByTestId('feature-name')).toContainText('Three Brothers');

    await find.searchBox.fill('Baku');
    await expect(find.results).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(find.results).toBeHidden();
    await expect(find.searchBox).toHaveValue('Baku');
    await page.keyboard.press('Escape');
    await expect(find.searchBox).toHaveValue('');
    await expect(find.panel).toBeVisible();

    // A click on a result works as well as the keyboard.
    await find.searchBox.fill('Goris');
    await find.result(/^Goris–Kapan road/).click();
    await expect(find.panel.getByTestId('feature-name')).toHaveText('Goris–Kapan road');
  });

  test('finds places and features by their names in Armenian, Azerbaijani, Georgian and Russian, and shows those names', async ({ page }) => {
    const atlas = new AtlasPage(page);
    const find = new FindPage(page);
    await atlas.goto('/');
    const first = find.results.getByRole('option').first();

    for (const q of ['Ստեփանակերտ', 'Xankəndi', 'Степанакерт']) {
      await find.searchBox.fill(q);
      await expect(first, q).toContainText('Khankandi / Stepanakert');
      await expect(first, q).toContainText(`matched: ${q}`);
    }
    // The result lists the town's names by language, each marked with its language.
    const regional = first.getByTestId('search-result-regional');
    await expect(regional.locator('[lang="hy"]')).toHaveText('Ստեփանակերտ');
    await expect(regional.locator('[lang="az"]')).toHaveText('Xankəndi');
    await expect(regional.locator('[lang="ru"]')).toHaveText(['Ханкенди', 'Степанакерт']);

    await find.searchBox.fill('Шуша');
    await expect(first).toContainText('Shusha / Shushi');
    await find.searchBox.fill('თბილისი');
    await expect(first).toContainText('Tbilisi');
    await find.searchBox.fill('Лачинский коридор');
    await expect(first).toContainText('Lachin corridor');
    // A one-letter typo in Cyrillic is forgiven too.
    await find.searchBox.fill('Степанакрт');
    await expect(first).toContainText('Khankandi / Stepanakert');
    await expect(first).toContainText('(closest spelling)');

    // The Armenian and Georgian letters are drawn in the self-hosted fonts, not as boxes.
    await find.searchBox.fill('Թբիլիսի');
    await expect(first.locator('[lang="ka"]')).toBeVisible();
    const loaded = () =>
      page.evaluate(() =>
        ['Noto Sans Armenian', 'Noto Sans Georgian'].map((family) =>
          [...document.fonts].some((f) => f.family.replace(/"/g, '') === family && f.status === 'loaded'),
        ),
      );
    await expect.poll(loaded).toEqual([true, true]);
    await page.screenshot({ path: 'artifacts/screenshots/search-regional-scripts.png' });

    // Chosen, the Lachin corridor's panel lists its names by language.
    await find.searchBox.fill('Լաչինի');
    await expect(first).toContainText('Lachin corridor');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const names = find.panel.getByTestId('regional-names');
    await expect(names.locator('[data-lang="hy"] dt')).toHaveText('Armenian');
    await expect(names.locator('[data-lang="hy"] [lang="hy"]')).toHaveText('Լաչինի միջանցք');
    await expect(names.locator('[data-lang="az"] [lang="az"]')).toHaveText('Laçın dəhlizi');
    await expect(names.locator('[data-lang="ru"] [lang="ru"]')).toHaveText('Лачинский коридор');
    expect(atlas.foreignRequests).toEqual([]);
  });
});
