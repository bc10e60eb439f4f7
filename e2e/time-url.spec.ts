import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { AtlasMapData, AtlasPage, AtlasTimeline, centreOnItem, openFeatureAt } from './pages/AtlasPage';
import { BORDER_AREA_LAYER_IDS } from '@/lib/map/styles/borders';

/** Time filter, play, and the shareable URL with Back/Forward through selections. */

const LINE_OF_CONTACT = 'bor-line-of-contact-1994-2020';
const PEACEKEEPING = 'bor-peacekeeping-area';
const THREE_BROTHERS = 'ex-three-brothers-2021';
const TRILATERAL = 'all-aze-tur-pak-trilateral';
const LAYERS = ['exercises', 'corridors', 'borders', 'alliances', 'events'];

type ApiFeature = { id: string; properties: { layer: string; date: { interval: { from: string; to: string | null } } } };

/** Every feature from the API, for counting independently of the page. */
async function allFeatures(request: APIRequestContext): Promise<ApiFeature[]> {
  const out: ApiFeature[] = [];
  for (const layer of LAYERS) {
    const doc = await (await request.get(`/api/collections/${layer}/items?limit=1000`)).json();
    out.push(...(doc.features as ApiFeature[]));
  }
  return out;
}

/** How many features overlap [from month, to month], computed here from the API's intervals. */
function expectedCount(features: ApiFeature[], from: string, to: string): number {
  const start = Date.parse(`${from}-01T00:00:00Z`);
  const [y, m] = to.split('-').map(Number) as [number, number];
  const end = Date.UTC(y, m, 1) - 1;
  return features.filter((f) => {
    const i = f.properties.date.interval;
    return Date.parse(i.from) <= end && (i.to === null || Date.parse(i.to) >= start);
  }).length;
}

test.describe('time control', () => {
  test('narrowing the range filters every layer: the 1994–2020 line of contact, then the peacekeeping area', async ({
    page,
    request,
  }) => {
    const atlas = new AtlasPage(page);
    const data = new AtlasMapData(page);
    const timeline = new AtlasTimeline(page);
    const features = await allFeatures(request);
    await atlas.goto('/');
    await data.waitForLayer('borders-line');

    // All dates at first: every feature counts, both border features are drawn.
    expect(await timeline.count()).toEqual({ shown: features.length, total: features.length });
    expect(await data.renderedIds('borders-line')).toEqual(expect.arrayContaining([LINE_OF_CONTACT, PEACEKEEPING]));

    await timeline.setRange('1994-01', '2019-12');
    await expect.poll(() => data.renderedIds('borders-line')).toContain(LINE_OF_CONTACT);
    await expect.poll(() => data.renderedIds('borders-line')).not.toContain(PEACEKEEPING);
    expect(await data.renderedIds(...BORDER_AREA_LAYER_IDS)).not.toContain(PEACEKEEPING);
    const early = expectedCount(features, '1994-01', '2019-12');
    expect(early).toBeLessThan(features.length);
    await expect.poll(() => timeline.count()).toEqual({ shown: early, total: features.length });
    await expect(page.getByTestId('shown-count')).toContainText('1994 – 2019');
    // The layers panel counts say the same per layer.
    const bordersEarly = features.filter((f) => f.properties.layer === 'borders' && expectedCount([f], '1994-01', '2019-12') === 1).length;
    await expect(page.getByTestId('layer-borders').locator('.layer-count')).toHaveText(`${bordersEarly}/5`);
    await page.screenshot({ path: 'artifacts/screenshots/time-1994-2019.png' });

    await timeline.setRange('2021-01', '2021-12');
    await expect.poll(() => data.renderedIds('borders-line')).toContain(PEACEKEEPING);
    await expect.poll(() => data.renderedIds('borders-line')).not.toContain(LINE_OF_CONTACT);
    expect(await data.renderedIds(...BORDER_AREA_LAYER_IDS)).toContain(PEACEKEEPING);
    const late = expectedCount(features, '2021-01', '2021-12');
    expect(late).not.toBe(early);
    await expect.poll(() => timeline.count()).toEqual({ shown: late, total: features.length });
    await page.screenshot({ path: 'artifacts/screenshots/time-2021.png' });

    // Only features of 2021 are drawn: every exercise on screen has a 2021 date.
    const exercises = await data.drawnIds('exercises');
    expect(exercises.length).toBeGreaterThan(0);
    for (const id of exercises) expect(expectedCount(features.filter((f) => f.id === id), '2021-01', '2021-12'), id).toBe(1);

    // "All dates" brings everything back.
    await timeline.root.getByRole('button', { name: 'All dates' }).click();
    await expect.poll(() => timeline.count()).toEqual({ shown: features.length, total: features.length });
    await expect.poll(() => data.renderedIds('borders-line')).toEqual(expect.arrayContaining([LINE_OF_CONTACT, PEACEKEEPING]));
    expect(atlas.foreignRequests).toEqual([]);
  });

  test('play steps a one-year window through the years from the keyboard, and pauses', async ({ page }) => {
    const atlas = new AtlasPage(page);
    const timeline = new AtlasTimeline(page);
    await atlas.goto('/?from=2019&to=2023');
    // Record every range the selects show and every address written, in the page itself: a step
    // lasts about a second, too short to catch reliably from outside on a busy machine.
    await page.evaluate(() => {
      const w = window as unknown as { __seen: string[]; __urls: string[] };
      w.__seen = [];
      w.__urls = [];
      const v = (label: string) => document.querySelector<HTMLSelectElement>(`select[aria-label="${label}"]`)!.value;
      setInterval(() => {
        const r = `${v('From year')}-${v('From month')}/${v('To year')}-${v('To month')}`;
        if (w.__seen.at(-1) !== r) w.__seen.push(r);
      }, 20);
      const replace = history.replaceState.bind(history);
      history.replaceState = (data, unused, url) => {
        w.__urls.push(String(url));
        replace(data, unused, url);
      };
    });
    const seen = () => page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    const play = timeline.root.getByTestId('timeline-play');
    await play.focus();
    await page.keyboard.press('Space');
    await expect(play).toHaveText(/Pause/);
    await expect.poll(async () => (await seen()).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);

    // The range the page opened with, then the year the range started in, one year wide, then a
    // later year, one year wide (years in which nothing on the map changes are skipped).
    const [opened, first, second] = await seen();
    expect(opened).toMatch(/^2019-01\/2023-\d\d$/); // to the end of the data (Sep 2023)
    expect(first).toBe('2019-01/2019-12');
    const next = second!.match(/^(\d{4})-01\/(\d{4})-12$/);
    expect(next, second).not.toBeNull();
    expect(next![1]).toBe(next![2]);
    expect(Number(next![1])).toBeGreaterThan(2019);
    // Each step is written to the address bar, so a copied link holds it.
    const urls = await page.evaluate(() => (window as unknown as { __urls: string[] }).__urls);
    expect(urls.some((u) => u.includes(`from=${next![1]}-01&to=${next![1]}-12`))).toBe(true);

    await page.keyboard.press('Enter');
    await expect(play).toHaveText(/Play/);
    const paused = await timeline.range();
    await page.waitForTimeout(2_500);
    expect(await timeline.range()).toEqual(paused);
  });

  test('moves without animation when the reader prefers reduced motion', async ({ page }) => {
    const atlas = new AtlasPage(page);
    const transition = () => page.locator('.timeline-selected').evaluate((el) => getComputedStyle(el).transitionDuration);
    await atlas.goto('/');
    expect(await transition()).not.toBe('0s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await transition()).toBe('0s');
  });

  test('the time control has no accessibility violations (labels, names, contrast)', async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.goto('/?from=1994&to=2019');
    const result = await new AxeBuilder({ page }).include('[data-testid="timeline"]').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('the range sliders are labelled and move a month per arrow key, a year per Page Up', async ({ page }) => {
    const atlas = new AtlasPage(page);
    const timeline = new AtlasTimeline(page);
    await atlas.goto('/?from=2017-01&to=2021-12');
    const start = page.getByRole('slider', { name: 'Start of the time range' });
    await expect(start).toHaveAttribute('aria-valuetext', 'January 2017');
    await start.focus();
    await page.keyboard.press('ArrowRight');
    await expect(start).toHaveAttribute('aria-valuetext', 'February 2017');
    await page.keyboard.press('PageUp');
    await expect.poll(() => timeline.range()).toEqual({ from: '2018-02', to: '2021-12' });
    const end = page.getByRole('slider', { name: 'End of the time range' });
    await end.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => timeline.range()).toEqual({ from: '2018-02', to: '2021-11' });
  });

  test('the axis gives the dense years the track and folds the quiet decades into marked breaks', async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.goto('/');
    const start = page.getByRole('slider', { name: 'Start of the time range' });
    // Before the dense years the slider steps a year, and a quiet run is one step: from 1923, one
    // arrow press lands in 1924–1990, the next in 1991.
    await start.focus();
    await page.keyboard.press('ArrowRight');
    await expect(start).toHaveAttribute('aria-valuetext', 'January 1924');
    await page.keyboard.press('ArrowRight');
    await expect(start).toHaveAttribute('aria-valuetext', 'January 1991');
    const breaks = page.getByTestId('timeline-break');
    expect(await breaks.count()).toBeGreaterThanOrEqual(1);
    await expect(breaks.first()).toHaveAttribute('title', /^1924–1990: nothing in the data begins or ends/);
    await expect(start).toHaveAccessibleDescription(/steps by month from January \d{4} and by year before.*folded/);
    // 2016 onwards, where nearly all the data lies, takes most of the track (a month a step gave it 8 %).
    await atlas.goto('/?from=2016-01');
    await expect(start).toHaveAttribute('aria-valuetext', 'January 2016');
    const before = await start.evaluate((el: HTMLInputElement) => Number(el.value) / Number(el.max));
    expect(before).toBeLessThan(0.15);
  });

  test('on a phone the two handles of a one-year range stand apart', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await new AtlasPage(page).goto('/?from=2021-01&to=2021-12');
    const centres = await page.evaluate(() =>
      (['range-from', 'range-to'] as const).map((id) => {
        const el = document.querySelector<HTMLInputElement>(`[data-testid="${id}"]`)!;
        const box = el.getBoundingClientRect();
        const thumb = 16;
        return box.left + thumb / 2 + (Number(el.value) / Number(el.max)) * (box.width - thumb);
      }),
    );
    // Thumbs are 16 px wide: their centres must be further apart than that to be told apart and grabbed.
    expect(centres[1]! - centres[0]!).toBeGreaterThan(24);
    await page.screenshot({ path: 'artifacts/screenshots/timeline-phone-one-year.png' });
    await context.close();
  });
});

test.describe('shareable URL', () => {
  test('a copied URL restores the view, toggles, time range and open feature', async ({ page, browser, request }) => {
    const atlas = new AtlasPage(page);
    const data = new AtlasMapData(page);
    const timeline = new AtlasTimeline(page);
    await atlas.goto('/');
    await data.waitForLayer('points');

    await page.getByTestId('layer-events').getByRole('checkbox').uncheck();
    await page.getByTestId(`alliance-${TRILATERAL}`).getByRole('checkbox').uncheck();
    await timeline.setRange('2020-01', '2021-12');
    const { lngLat: [lng, lat] } = await centreOnItem(page, request, 'exercises', THREE_BROTHERS, 9);
    await openFeatureAt(page, [lng, lat], /Three Brothers/);
    await expect(page.getByTestId('feature-name')).toContainText('Three Brothers');
    await data.jumpTo([lng - 0.3, lat + 0.1], 8.4);
    await atlas.waitForIdleMap();
    await expect(page).toHaveURL(/at=40\.4777,49\.592,8\.4/);

    const url = page.url();
    expect(url).toContain(`feature=${THREE_BROTHERS}`);
    const shown = await timeline.count();

    const other = await browser.newPage();
    const again = new AtlasPage(other);
    await again.goto(url);
    const center = await again.mapCenter();
    expect(Math.abs(center.lng - (lng - 0.3))).toBeLessThan(0.001);
    expect(Math.abs(center.lat - (lat + 0.1))).toBeLessThan(0.001);
    expect(await other.evaluate(() => window.__atlasMap!.getZoom())).toBeCloseTo(8.4, 2);
    await expect(other.getByTestId('layer-events').getByRole('checkbox')).not.toBeChecked();
    await expect(other.getByTestId('layer-exercises').getByRole('checkbox')).toBeChecked();
    await expect(other.getByTestId(`alliance-${TRILATERAL}`).getByRole('checkbox')).not.toBeChecked();
    expect(await new AtlasTimeline(other).range()).toEqual({ from: '2020-01', to: '2021-12' });
    expect(await new AtlasTimeline(other).count()).toEqual(shown);
    await expect(other.getByTestId('feature-panel').getByTestId('feature-name')).toContainText('Three Brothers');
    // Nothing in the restored page differs from the page it was copied from: the URL is unchanged.
    expect(other.url()).toBe(url);
    await other.screenshot({ path: 'artifacts/screenshots/url-restored.png' });
    await other.close();
  });

  test('the first render already matches the URL (server-rendered state, no flash)', async ({ request }) => {
    const html = await (await request.get(`/?feature=${THREE_BROTHERS}&layers=exercises,borders&from=1994-01&to=2019-12`)).text();
    expect(html).toMatch(/<option value="1994" selected=""/);
    expect(html).toMatch(/<option value="2019" selected=""/);
    expect(html).toMatch(/data-testid="feature-panel"/);
    const toggle = (layer: string) => /<input[^>]*>/.exec(html.slice(html.indexOf(`data-testid="layer-${layer}"`)))![0];
    expect(toggle('events')).not.toContain('checked');
    expect(toggle('exercises')).toContain('checked');
  });

  test('bad parameters are ignored, not fatal', async ({ page }) => {
    const atlas = new AtlasPage(page);
    const timeline = new AtlasTimeline(page);
    await atlas.goto('/?at=abc,1e9,zz&layers=tanks&hide=nope&from=2021-13&to=yesterday&feature=no-such-thing');
    await expect(page.getByTestId('layers-panel')).toBeVisible();
    const count = await timeline.count();
    expect(count.shown).toBe(count.total);
    await expect(page.getByTestId('feature-panel')).toHaveCount(0);
    // The URL is cleaned of what could not be read.
    await expect(page).toHaveURL(/\/$/);
  });

  test('Back and Forward move through selections, not through every pan and toggle', async ({ page, request }) => {
    const atlas = new AtlasPage(page);
    const data = new AtlasMapData(page);
    await atlas.goto('/');
    await data.waitForLayer('points');
    const { lngLat: [lng, lat] } = await centreOnItem(page, request, 'exercises', THREE_BROTHERS, 9);

    const panel = page.getByTestId('feature-panel');
    await openFeatureAt(page, [lng, lat], /Three Brothers/);
    await expect(panel.getByTestId('feature-name')).toContainText('Three Brothers');

    // Pans, toggles and a new time range in between replace the entry rather than add to history.
    await data.jumpTo([lng - 1, lat], 7);
    await atlas.waitForIdleMap();
    await page.getByTestId('layer-corridors').getByRole('checkbox').uncheck();
    await new AtlasTimeline(page).setRange('2017-01', '2021-12');

    // B: a related feature, opened from A's panel.
    await panel.getByRole('button', { name: 'Azerbaijan–Turkey–Pakistan trilateral format' }).click();
    await expect(panel.getByTestId('feature-name')).toContainText(/Pakistan/);
    const b = (await panel.getByTestId('feature-name').innerText()).trim();
    await expect(page).toHaveURL(new RegExp(`feature=${TRILATERAL}`));

    await page.goBack();
    await expect(panel.getByTestId('feature-name')).toContainText('Three Brothers');
    await expect(page).toHaveURL(new RegExp(`feature=${THREE_BROTHERS}`));
    // Going back changed the selection only: the time range and toggles are as they were left.
    expect(await new AtlasTimeline(page).range()).toEqual({ from: '2017-01', to: '2021-12' });
    await expect(page.getByTestId('layer-corridors').getByRole('checkbox')).not.toBeChecked();
    await expect(page).toHaveURL(/from=2017-01&to=2021-12/);

    await page.goForward();
    await expect(panel.getByTestId('feature-name')).toHaveText(b);

    await page.goBack();
    await page.goBack();
    await expect(panel).toHaveCount(0);
  });
});
