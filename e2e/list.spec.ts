import { expect, test } from '@playwright/test';
import { FindPage } from './pages/FindPage';
import { AtlasMapData, AtlasPage, chooseAfterClick } from './pages/AtlasPage';
import { MapSymbols } from './pages/MapSymbols';

/** The list of features in view, in step with the map both ways, and usable without a mouse. */

const THREE_BROTHERS = 'ex-three-brothers-2021';
const BAKU: [number, number] = [49.89201, 40.37767];
const TRILATERAL = 'all-aze-tur-pak-trilateral';

test.describe('list view', () => {
  test('keyboard only: Tab to the List tab, arrow to a row (lit on the map), Enter opens it and the map pans to it', async ({
    page,
  }) => {
    const atlas = new AtlasPage(page);
    const data = new AtlasMapData(page);
    const find = new FindPage(page);
    await atlas.goto('/');
    await data.waitForLayer('points');

    // From the top of the page: the search box, the links to the sources, the method and the text
    // version, then the sidebar's tabs.
    await page.keyboard.press('Tab');
    await expect(find.searchBox).toBeFocused();
    for (const name of ['Sources', 'Method', 'All features as text']) {
      await page.keyboard.press('Tab');
      await expect(page.getByRole('navigation', { name: 'About the atlas' }).getByRole('link', { name })).toBeFocused();
    }
    await page.keyboard.press('Tab');
    await expect(page.getByRole('tab', { name: 'Layers' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    const listTab = page.getByRole('tab', { name: /List/ });
    await expect(listTab).toBeFocused();
    await expect(listTab).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('layers-panel')).toBeHidden();

    // One tab stop into the list: its first row.
    await page.keyboard.press('Tab');
    const rows = find.list.getByRole('option');
    await expect(rows.first()).toBeFocused();
    const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-feature-id')));
    const at = ids.indexOf(THREE_BROTHERS);
    expect(at).toBeGreaterThan(0);
    for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
    const row = find.listItem(THREE_BROTHERS);
    await expect(row).toBeFocused();
    // The row reads as name, kind and date for a screen reader.
    await expect(row).toHaveAccessibleName(/Three Brothers-2021.*Special forces drill.*Sep 2021/);
    // Focus lights the feature up on the map.
    await expect.poll(() => find.featureState('exercises', THREE_BROTHERS)).toMatchObject({ hover: true });
    await page.screenshot({ path: 'artifacts/screenshots/list-focus.png' });

    await page.keyboard.press('Enter');
    await expect(find.panel.getByTestId('feature-name')).toContainText('Three Brothers');
    await expect(row).toHaveAttribute('aria-selected', 'true');
    // The selection is in the URL; so is the camera once the map has panned to it.
    await expect(page).toHaveURL(new RegExp(`\\?feature=${THREE_BROTHERS}(&at=[^&]+)?$`));

    // The map panned so that Baku is no longer hidden under the panel.
    await atlas.waitForIdleMap();
    const panelBox = (await find.panel.boundingBox())!;
    await expect.poll(async () => (await data.pagePointOf(BAKU)).x).toBeLessThan(panelBox.x);
    await page.screenshot({ path: 'artifacts/screenshots/list-selected.png' });

    // Panel to list, still by keyboard: a related feature chosen in the panel is marked in the list.
    const related = find.panel.getByRole('button', { name: 'Azerbaijan–Turkey–Pakistan trilateral format' });
    await related.focus();
    await page.keyboard.press('Enter');
    await expect(find.panel.getByTestId('feature-name')).toHaveText('Azerbaijan–Turkey–Pakistan trilateral format');
    await expect(find.listItem(TRILATERAL)).toHaveAttribute('aria-selected', 'true');
    await expect(row).toHaveAttribute('aria-selected', 'false');
    expect(atlas.foreignRequests).toEqual([]);
  });

  test('choosing a feature on the map marks its row and scrolls it into view', async ({ page }) => {
    const atlas = new AtlasPage(page);
    const data = new AtlasMapData(page);
    const find = new FindPage(page);
    await atlas.goto('/');
    await data.waitForLayer('points');
    await data.jumpTo(BAKU, 9);
    await atlas.waitForIdleMap();
    await find.openList();

    // The last row is below the fold of the list before the map is clicked.
    const last = find.list.getByRole('option').last();
    const target = (await last.getAttribute('data-feature-id'))!;
    const name = (await last.locator('.list-item-name').innerText()).trim();
    await expect(last).not.toBeInViewport();
    await expect(last).toHaveAttribute('aria-selected', 'false');

    const point = await new MapSymbols(page).pagePointOf(target);
    await page.mouse.click(point.x, point.y);
    await chooseAfterClick(page, name);

    await expect(find.panel.getByTestId('feature-name')).toHaveText(name);
    await expect(find.listItem(target)).toHaveAttribute('aria-selected', 'true');
    await expect(find.listItem(target)).toBeInViewport();
    await page.screenshot({ path: 'artifacts/screenshots/list-map-selected.png' });
  });

  test('hovering a row lights the feature up on the map, and leaving puts it out', async ({ page }) => {
    const atlas = new AtlasPage(page);
    const data = new AtlasMapData(page);
    const find = new FindPage(page);
    await atlas.goto('/');
    await data.waitForLayer('corridors-line');
    await find.openList();
    await find.listItem('cor-lachin').hover();
    await expect.poll(() => find.featureState('corridors', 'cor-lachin')).toMatchObject({ hover: true });
    await find.listItem('cor-goris-kapan').hover();
    await expect.poll(() => find.featureState('corridors', 'cor-lachin')).toMatchObject({ hover: false });
    await expect.poll(() => find.featureState('corridors', 'cor-goris-kapan')).toMatchObject({ hover: true });
  });

  test('lists only what the map shows: what is in view, on layers that are on, alliances not hidden', async ({ page }) => {
    const atlas = new AtlasPage(page);
    const data = new AtlasMapData(page);
    const find = new FindPage(page);
    await atlas.goto('/');
    await data.waitForLayer('points');
    await find.openList();
    await expect(find.listItem(THREE_BROTHERS)).toBeVisible();
    await expect(find.listItem(TRILATERAL)).toBeVisible();
    const listTab = page.getByRole('tab', { name: /List/ });
    const countIn = async () => Number((await listTab.innerText()).match(/\((\d+) in view\)/)?.[1]);
    const all = await countIn();
    expect(await find.list.getByRole('option').count()).toBe(all);

    // Move the map to Konya: Baku's exercise leaves the list, the TurAz Falcon exercise there joins it.
    await data.jumpTo([32.49, 37.87], 8);
    await atlas.waitForIdleMap();
    await expect(find.listItem(THREE_BROTHERS)).toHaveCount(0);
    await expect(find.listItem('ex-turaz-falcon-2021')).toBeVisible();
    expect(await countIn()).toBeLessThan(all);

    // Back over the region; then turn exercises off and hide one alliance.
    await data.jumpTo([46, 40.5], 5);
    await atlas.waitForIdleMap();
    await expect(find.listItem(THREE_BROTHERS)).toBeVisible();
    await page.getByRole('tab', { name: 'Layers' }).click();
    await page.getByTestId('layer-exercises').getByRole('checkbox').uncheck();
    await page.getByTestId(`alliance-${TRILATERAL}`).getByRole('checkbox').uncheck();
    await find.openList();
    await expect(find.list.locator('[data-feature-id^="ex-"]')).toHaveCount(0);
    await expect(find.listItem(TRILATERAL)).toHaveCount(0);
    await expect(find.listItem('all-aze-pak-defence')).toBeVisible();
  });
});
