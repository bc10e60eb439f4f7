/**
 * Authoring in the browser, on the production build with editing on (its own server and data copy,
 * e2e/pages/EditorAtlas.ts): a new article goes from pasted text to two cited, dated, placed
 * features on the map, in the panel, the reader and the API, and the files as written pass
 * `check:data`. Then what must be refused is refused, at its field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
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
  await addArticleFields(page, ARTICLE, 'Azerbaijani and Turkish special forces drill near Ganja');
  await expect(form.getByTestId('source-sha')).toHaveText(/SHA-256 [0-9a-f]{64}/);
  await form.locator('[name="outlet"]').fill('Test Wire');
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

test('bad input is refused with a message at its field', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'Ana Editor');
  await page.goto(`${atlas.url}/edit/sources/new`);
  const sourceForm = page.getByTestId('source-form');
  // An empty text.
  await sourceForm.getByTestId('save-source').click();
  const textField = sourceForm.locator('label', { has: page.locator('textarea[name="text"]') });
  await expect(textField.getByTestId('field-error')).toContainText('it is empty');
  // A duplicate text (the article the first test added, pasted with CRLF line breaks).
  await addArticleFields(page, ARTICLE.replace(/\n/g, '\r\n'));
  await sourceForm.getByTestId('save-source').click();
  await expect(textField.getByTestId('field-error')).toContainText('the same text is already source');
  await expect(sourceForm.getByTestId('existing-source')).toHaveAttribute('href', /\/edit\/sources\/\d{3}_/);
  await sourceForm.getByTestId('existing-source').click();
  await page.waitForURL(/\/edit\/sources\/\d{3}_/);

  const form = page.getByTestId('feature-form');
  // A feature with no citation.
  await form.locator('input[name="name"]').fill('A feature without a passage');
  await waitForCheck(page, false);
  await expect(form.locator('.editor-field', { hasText: 'Passages' }).getByTestId('field-error').first()).toContainText('add at least one');
  // A quote edited so it no longer matches the text.
  await select(page, 'Officials in Yerevan and Tbilisi did not comment on the drills');
  await page.getByTestId('cite-evidence').click();
  const quote = page.getByTestId('draft-citation').first();
  await quote.getByTestId('citation-exact').fill('Officials in Yerevan and Tbilisi did not comment on the exercise');
  // Said at once, in the data check's words (the server's check reaches quotes once the rest of the schema holds).
  await expect(quote.getByRole('alert').first()).toContainText('quote not found');
  // A line with one point.
  await form.locator('select[name="layer"]').selectOption('corridors');
  await form.locator('summary', { hasText: 'Coordinates as GeoJSON' }).click();
  await form.getByTestId('geometry-json').fill('{"type":"LineString","coordinates":[[46.36,40.68]]}');
  await waitForCheck(page, false);
  await expect(form.locator('.editor-geojson ~ [data-testid="field-error"]').first()).toContainText('a line needs at least two points');
  // Nothing invalid is saved: the save is refused and the draft stays as typed.
  const before = atlas.readData('layers/corridors.json');
  await form.getByTestId('save-feature').click();
  await expect(form.getByTestId('check-status')).toContainText('problem');
  expect(atlas.readData('layers/corridors.json')).toBe(before);
  await expect(form.locator('input[name="name"]')).toHaveValue('A feature without a passage');
  await page.screenshot({ path: 'artifacts/screenshots/editor-refusals.png' });
});

test('without the secret, or signed out, or from another site, every write is refused', async ({ page, request }) => {
  // The shared server of the other specs runs without ATLAS_EDITOR_SECRET.
  await page.goto('/edit');
  await expect(page.getByTestId('editing-off')).toContainText('ATLAS_EDITOR_SECRET');
  for (const route of ['sources', 'features', 'check', 'citations', 'review', 'session']) {
    const off = await request.post(`/api/edit/${route}`, { data: {}, headers: { origin: new URL(page.url()).origin } });
    expect([off.status(), (await off.json()).code], route).toEqual([403, 'EditingDisabled']);
    // Editing on, but no sign-in: 401; a write from another site: 403.
    const anon = await request.post(`${atlas.url}/api/edit/${route}`, { data: {}, headers: { origin: atlas.url } });
    expect(anon.status(), route).toBe(route === 'session' ? 400 : 401);
    const cross = await request.post(`${atlas.url}/api/edit/${route}`, { data: {}, headers: { origin: 'https://elsewhere.example' } });
    expect([cross.status(), (await cross.json()).code], route).toEqual([403, 'CrossSiteRequest']);
  }
  // A GET never writes: the write routes answer 405.
  expect((await request.get(`${atlas.url}/api/edit/features`)).status()).toBe(405);
});

test('two editors save from the same version: the second gets a 409, loses nothing, and saves on top', async ({ browser }) => {
  test.setTimeout(150_000);
  const ana = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const ben = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signIn(ana, 'Ana Editor');
  await signIn(ben, 'Ben Reviewer');
  const sourceId = JSON.parse(atlas.readData('sources/sources.json')).sources.at(-1).id as string;
  for (const p of [ana, ben]) await p.goto(`${atlas.url}/edit/sources/${sourceId}`);

  await fillStatement(ana, 'the defence ministry in Baku said on Tuesday', 'Defence ministry statement in Baku on the Ganja drills (Oct 2026)', 'Baku');
  await fillStatement(ben, 'Officials in Yerevan and Tbilisi did not comment on the drills', 'No comment in Yerevan and Tbilisi on the Ganja drills (Oct 2026)', 'Yerevan');
  await ana.getByTestId('save-feature').click();
  await expect(ana.getByTestId('feature-saved')).toBeVisible();
  await ben.getByTestId('save-feature').click();
  await expect(ben.getByTestId('conflict')).toContainText('Ana Editor: added feature');
  // Ben's draft is all still there; saving again applies it on top of Ana's.
  await expect(ben.locator('input[name="name"]')).toHaveValue('No comment in Yerevan and Tbilisi on the Ganja drills (Oct 2026)');
  await expect(ben.getByTestId('draft-citation')).toHaveCount(1);
  await ben.getByTestId('save-feature').click();
  await expect(ben.getByTestId('feature-saved')).toBeVisible();
  const names = (JSON.parse(atlas.readData('layers/events.json')) as { features: { properties: { name: string } }[] }).features.map((f) => f.properties.name);
  expect(names).toEqual(expect.arrayContaining(['Defence ministry statement in Baku on the Ganja drills (Oct 2026)', 'No comment in Yerevan and Tbilisi on the Ganja drills (Oct 2026)']));

  // Review: Ana cannot review her own draft; Ben can.
  await ana.goto(`${atlas.url}/edit`);
  const anasDraft = ana.getByTestId('editor-draft').filter({ hasText: 'Defence ministry statement in Baku' });
  await expect(anasDraft).toContainText('made by you');
  await expect(anasDraft.getByTestId('review')).toHaveCount(0);
  await ben.goto(`${atlas.url}/edit`);
  await ben.getByTestId('editor-draft').filter({ hasText: 'Defence ministry statement in Baku' }).getByTestId('review').click();
  await expect(ben.getByTestId('editor-draft').filter({ hasText: 'Defence ministry statement in Baku' })).toHaveCount(0);
  await expect(ben.getByTestId('editor-changes')).toContainText('Ben Reviewer: reviewed ev-');
  expect(atlas.checkData().status).toBe(0);
});

async function addArticleFields(page: Page, text: string, title = 'The same article again') {
  const form = page.getByTestId('source-form');
  await form.getByLabel(/Article text/).fill(text);
  const field = (name: string) => form.locator(`[name="${name}"]`);
  await field('title').fill(title);
  await field('outletBasis').fill('written for the tests: named by the test');
  await field('published').fill('2026-10-20');
  await field('publishedNote').fill('explicit in the dateline "Baku, 20 October 2026"');
  await field('vantage').fill('A fictional wire service, written for the tests');
  await field('terms').fill('CC0: written for the tests');
}

async function fillStatement(page: Page, passage: string, name: string, town: string) {
  const form = page.getByTestId('feature-form');
  await select(page, passage);
  await page.getByTestId('cite-evidence').click();
  await form.locator('select[name="layer"]').selectOption('events');
  await form.locator('select[name="kind"]').selectOption('statement');
  await form.locator('input[name="name"]').fill(name);
  await form.locator('input[name="actors"]').fill(town === 'Baku' ? 'AZE' : 'ARM, GEO');
  await form.locator('textarea[name="description"]').fill(`The article reports it: ${passage}.`);
  await form.locator('input[name="date-start"]').fill('2026-10');
  await form.locator('select[name="date-basis"]').selectOption('outside-knowledge');
  await form.locator('input[name="date-outside"]').fill('the month of the article, dated 20 October 2026 in its dateline (written for the tests)');
  await page.getByTestId('place-suggestion').filter({ hasText: town }).first().click();
  await form.locator('select[name="location-precision"]').selectOption(town === 'Baku' ? 'exact' : 'region');
  await waitForCheck(page, true);
}

test('a draft can be changed before it is reviewed, and stays a draft', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'Ben Reviewer');
  await page.getByTestId('editor-draft').filter({ hasText: ROAD_NAME }).getByTestId('edit-draft').click();
  await page.waitForURL(/\/edit\/sources\/\d{3}_[0-9a-f]{16}\?feature=cor-/);
  const form = page.getByTestId('feature-form');
  await expect(form.locator('input[name="name"]')).toHaveValue(ROAD_NAME);
  await expect(page.getByTestId('draft-citation')).toHaveCount(1);
  await expect(form.getByTestId('geometry-json')).toHaveValue(/"LineString"/);
  await form.locator('input[name="name"]').fill('Ganja–Red Bridge crossing road');
  await waitForCheck(page, true);
  await form.getByTestId('save-feature').click();
  await expect(page.getByTestId('feature-saved')).toContainText('Ganja–Red Bridge crossing road');
  const id = new URL(page.url()).searchParams.get('feature')!;
  const item = (await (await page.request.get(`${atlas.url}/api/collections/corridors/items/${id}`)).json()) as { properties: { name: string; review: { status: string; createdBy: string } } };
  expect(item.properties.name).toBe('Ganja–Red Bridge crossing road');
  expect(item.properties.review).toMatchObject({ status: 'draft', createdBy: 'Ben Reviewer' });
  expect(atlas.checkData().status).toBe(0);
});

test('the editor pages pass the accessibility checks (axe, WCAG 2.x A and AA)', async ({ page }) => {
  test.setTimeout(90_000);
  const serious = async (name: string) => {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(10);
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    expect(bad, name).toEqual([]);
  };
  await page.goto(`${atlas.url}/edit`);
  await serious('sign-in');
  await signIn(page, 'Ana Editor');
  await serious('editor home');
  await page.goto(`${atlas.url}/edit/sources/new`);
  await serious('add a source');
  await page.goto(`${atlas.url}/edit/sources/000_668d234fb29e8982`);
  await expect(page.getByTestId('editor-map')).toHaveAttribute('data-ready', 'true');
  await select(page, 'Yuri Kim, the US Acting Assistant Secretary of State');
  await page.getByTestId('cite-evidence').click();
  await waitForCheck(page, false);
  await serious('cite and make a feature, with problems shown');
});

