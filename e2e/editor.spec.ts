/**
 * Authoring in the browser, on the production build with editing on (its own server and data copy,
 * e2e/pages/EditorAtlas.ts): a new article goes from pasted text to two cited, dated, placed
 * features on the map, in the panel, the reader and the API, and the files as written pass
 * `check:data`. Then what must be refused is refused, at its field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { EDITOR_SECRET, startEditorAtlas, type EditorAtlas } from './pages/EditorAtlas';

const ARTICLE = readFileSync(path.join(__dirname, 'fixtures', 'new-article.txt'), 'utf8');
const EXERCISE_NAME = 'Azerbaijani–Turkish special forces exercise near Ganja (Oct 2026)';
const ROAD_NAME = 'Ganja–Red Bridge road';

let atlas: EditorAtlas;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  atlas = await startEditorAtlas();
});
test.afterAll(async () => {
  await atlas?.stop();
});

async function signIn(page: Page, name: string) {
  await page.goto(`${atlas.url}/edit`);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Editor secret').fill(EDITOR_SECRET);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('editor-name')).toHaveText(name);
}

/** Selects `words` in the editor's source text, as a reader's drag would, and waits for the toolbar. */
async function select(page: Page, words: string) {
  await page.getByTestId('editor-text').evaluate((el, w) => {
    const at = (el.textContent ?? '').indexOf(w);
    if (at < 0) throw new Error(`not in the text: ${w}`);
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = n.textContent?.length ?? 0;
      if (seen <= at && at < seen + len) range.setStart(n, at - seen);
      if (seen < at + w.length && at + w.length <= seen + len) range.setEnd(n, at + w.length - seen);
      seen += len;
    }
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, words);
  await expect(page.getByTestId('pick-toolbar')).toBeVisible();
}

async function addArticle(page: Page) {
  await page.goto(`${atlas.url}/edit/sources/new`);
  const form = page.getByTestId('source-form');
  await form.getByLabel(/Article text/).fill(ARTICLE);
  await expect(form.getByTestId('source-sha')).toHaveText(/SHA-256 [0-9a-f]{64}/);
  const field = (name: string) => form.locator(`[name="${name}"]`);
  await field('title').fill('Azerbaijani and Turkish special forces drill near Ganja');
  await field('outlet').fill('Test Wire');
  await field('outletBasis').fill('written for the tests: named by the test');
  await field('published').fill('2026-10-20');
  await field('publishedNote').fill('explicit in the dateline "Baku, 20 October 2026"');
  await field('vantage').fill('A fictional wire service, written for the tests');
  await field('terms').fill('CC0: written for the tests');
  await form.getByTestId('save-source').click();
  await page.waitForURL(/\/edit\/sources\/\d{3}_[0-9a-f]{16}$/);
  return page.url().split('/').at(-1)!;
}

async function waitForCheck(page: Page, passes: boolean) {
  const status = page.getByTestId('check-status');
  if (passes) await expect(status).toHaveText('The data check passes: ready to save.', { timeout: 20_000 });
  else await expect(status).toHaveText(/problems? to fix before saving/, { timeout: 20_000 });
}

test('an article goes from pasted text to two cited, dated, placed features on the map, panel, reader and API', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'Ana Editor');
  const sourceId = await addArticle(page);
  const stored = atlas.readData(`sources/${sourceId}.txt`);
  expect(stored).toBe(ARTICLE);
  const meta = JSON.parse(atlas.readData('sources/sources.json')) as { sources: { id: string; sha256: string; added?: { by: string } }[] };
  const entry = meta.sources.find((s) => s.id === sourceId)!;
  expect(entry.added?.by).toBe('Ana Editor');
  expect(sourceId.slice(4)).toBe(entry.sha256.slice(0, 16));

  // The exercise: evidence and an attributed opinion, the date phrase picked from the passage, a suggested town.
  const form = page.getByTestId('feature-form');
  await select(page, 'Azerbaijani and Turkish special forces held a joint exercise near Ganja from 12 to 16 October 2026');
  await page.getByTestId('cite-evidence').click();
  await select(page, 'This exercise shows that our two armies can act as one');
  await page.getByTestId('cite-context').click();
  await expect(page.getByTestId('draft-citation')).toHaveCount(2);
  const opinion = page.getByTestId('draft-citation').nth(1);
  await opinion.getByTestId('citation-1-attribution').selectOption('opinion');
  await opinion.getByTestId('citation-1-attribution-by').fill('a retired Azerbaijani colonel, unnamed, quoted by the article');
  await select(page, 'from 12 to 16 October 2026');
  await page.getByTestId('use-as-phrase').click();
  await expect(form.locator('input[name="date-phrase"]')).toHaveValue('from 12 to 16 October 2026');

  await form.locator('select[name="layer"]').selectOption('exercises');
  await form.locator('select[name="kind"]').selectOption('special-forces-drill');
  await form.locator('input[name="name"]').fill(EXERCISE_NAME);
  await form.locator('input[name="actors"]').fill('AZE, TUR');
  await form.locator('textarea[name="description"]').fill('The article reports a joint exercise of Azerbaijani and Turkish special forces near Ganja, with about 600 troops.');
  await form.locator('input[name="date-start"]').fill('2026-10-12');
  await form.locator('select[name="date-end-mode"]').selectOption('date');
  await form.locator('input[name="date-end"]').fill('2026-10-16');
  // A date without a basis is refused at its field.
  await waitForCheck(page, false);
  await expect(form.locator('.editor-field', { has: page.locator('select[name="date-basis"]') }).getByTestId('field-error')).toContainText('say how the date is known');
  await form.locator('select[name="date-basis"]').selectOption('stated');

  const suggestion = page.getByTestId('place-suggestion').filter({ hasText: 'Ganja' });
  await expect(suggestion).toBeVisible();
  await page.screenshot({ path: 'artifacts/screenshots/editor-exercise-form.png' });
  await suggestion.click();
  await form.locator('select[name="location-precision"]').selectOption('approximate');
  await waitForCheck(page, true);
  await page.getByTestId('save-feature').click();
  await expect(page.getByTestId('feature-saved')).toContainText(EXERCISE_NAME);
  const exerciseId = (await page.getByTestId('feature-saved').textContent())!.match(/\((ex-[a-z0-9-]+)\)/)![1]!;

  // The corridor: drawn on the map with Terra Draw.
  await select(page, 'the road from Ganja to the Georgian border at the Red Bridge crossing, a route open to freight since 2005');
  await page.getByTestId('cite-evidence').click();
  await form.locator('select[name="layer"]').selectOption('corridors');
  await form.locator('select[name="kind"]').selectOption('road');
  await form.locator('select[name="status"]').selectOption('in-force');
  await form.locator('input[name="name"]').fill(ROAD_NAME);
  await form.locator('input[name="actors"]').fill('AZE');
  await form.locator('textarea[name="description"]').fill('The road from Ganja to the Georgian border at the Red Bridge crossing, which the drills rehearsed defending.');
  await form.locator('input[name="date-start"]').fill('2005');
  await form.locator('select[name="date-end-mode"]').selectOption('open');
  await form.locator('select[name="date-basis"]').selectOption('stated');
  await form.locator('input[name="date-phrase"]').fill('since 2005');
  await form.locator('select[name="location-precision"]').selectOption('approximate');
  await form.locator('input[name="location-note"]').fill('Drawn by hand from Ganja to the Red Bridge crossing; the article gives no route.');

  await expect(page.getByTestId('editor-map')).toHaveAttribute('data-ready', 'true');
  await page.getByTestId('draw-linestring').click();
  const points = await page.evaluate(() => {
    const map = window.__editorMap!;
    map.jumpTo({ center: [45.7, 41.0], zoom: 7 });
    return [
      [46.3606, 40.6828],
      [45.7, 41.05],
      [45.0706, 41.3283],
    ].map((p) => map.project(p as [number, number]));
  });
  const box = (await page.getByTestId('editor-map').boundingBox())!;
  for (const p of points) await page.mouse.click(box.x + p.x, box.y + p.y);
  await page.mouse.click(box.x + points[2]!.x, box.y + points[2]!.y);
  await expect(page.getByTestId('geometry-json')).toHaveValue(/"LineString"/);
  await waitForCheck(page, true);
  await page.getByTestId('editor-map').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'artifacts/screenshots/editor-road-drawn.png' });
  await page.getByTestId('save-feature').click();
  await expect(page.getByTestId('feature-saved')).toContainText(ROAD_NAME);
  const roadId = (await page.getByTestId('feature-saved').textContent())!.match(/\((cor-[a-z0-9-]+)\)/)![1]!;

  // In the API, with their quotes and the draft record.
  const item = (await (await page.request.get(`${atlas.url}/api/collections/exercises/items/${exerciseId}`)).json()) as {
    geometry: { coordinates: number[] };
    properties: { citations: { quote: string; attribution?: { type: string } }[]; review: { status: string; createdBy: string } };
  };
  expect(item.properties.citations.map((c) => c.quote)).toEqual([
    'Azerbaijani and Turkish special forces held a joint exercise near Ganja from 12 to 16 October 2026',
    'This exercise shows that our two armies can act as one',
  ]);
  expect(item.properties.citations[1]!.attribution?.type).toBe('opinion');
  expect(item.properties.review).toMatchObject({ status: 'draft', createdBy: 'Ana Editor' });
  expect(item.geometry.coordinates[0]).toBeCloseTo(46.36, 1);
  const road = (await (await page.request.get(`${atlas.url}/api/collections/corridors/items/${roadId}`)).json()) as { geometry: { type: string; coordinates: number[][] } };
  expect(road.geometry.type).toBe('LineString');
  expect(road.geometry.coordinates).toHaveLength(3);

  // On the map, drawn and marked as drafts; the panel shows the quotes.
  for (const [id, layer] of [
    [exerciseId, 'exercises'],
    [roadId, 'corridors'],
  ] as const) {
    await page.goto(`${atlas.url}/?feature=${id}`);
    const panel = page.getByTestId('feature-panel');
    await expect(panel.getByTestId('feature-name')).toHaveText(id === exerciseId ? EXERCISE_NAME : ROAD_NAME);
    await expect(panel.getByTestId('draft-notice')).toContainText('not yet reviewed');
    await page.waitForFunction(
      (fid) => {
        const map = window.__atlasMap;
        return !!map && map.queryRenderedFeatures().some((f) => f.properties?.id === fid);
      },
      id,
      { timeout: 30_000 },
    );
    const drawn = await page.evaluate((fid) => window.__atlasMap!.queryRenderedFeatures().find((f) => f.properties?.id === fid)!.properties, id);
    expect(drawn.name).toContain('(draft, not yet reviewed)');
    expect(drawn.layer).toBe(layer);
  }
  await page.goto(`${atlas.url}/?feature=${exerciseId}`);
  await expect(page.getByTestId('feature-panel')).toContainText('This exercise shows that our two armies can act as one');
  await page.screenshot({ path: 'artifacts/screenshots/editor-saved-exercise-panel.png' });

  // In the reader, highlighted and labelled.
  await page.goto(`${atlas.url}/sources/${sourceId}`);
  const labels = page.getByTestId('passage-label');
  await expect(labels.filter({ hasText: EXERCISE_NAME })).toHaveCount(2);
  await expect(labels.filter({ hasText: ROAD_NAME })).toHaveCount(1);
  await expect(labels.filter({ hasText: ROAD_NAME }).locator('.draft-badge')).toBeVisible();

  // The files as written pass the same checks as the hand-made data.
  const check = atlas.checkData();
  expect(check.output).toContain('OK');
  expect(check.status).toBe(0);
  const log = atlas.readData('changes.jsonl').trim().split('\n').map((l) => JSON.parse(l) as { action: string; by: string });
  expect(log.map((c) => c.action)).toEqual(['add-source', 'add-feature', 'add-feature']);
  expect(new Set(log.map((c) => c.by))).toEqual(new Set(['Ana Editor']));
});
