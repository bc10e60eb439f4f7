import fs from 'node:fs';
import { getIssues } from '@placemarkio/check-geojson';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { parseCsv } from '../tests/export/parse-csv';
import { AtlasPage, AtlasTimeline } from './pages/AtlasPage';

/** Downloading what the map shows, as GeoJSON and CSV, with the citations behind each feature. */

const THREE_BROTHERS = 'ex-three-brothers-2021';
const HIDDEN_ALLIANCE = 'all-aze-tur-shusha-alliance';
const LAYERS = ['exercises', 'corridors', 'borders', 'alliances', 'events'];

type ApiFeature = {
  id: string;
  properties: { layer: string; date: { interval: { from: string; to: string | null } }; citations: { exact: string; source: string }[] };
};

/** The ids the filters below should let through, computed here from the API, not by the page. */
async function expectedIds(request: APIRequestContext, on: string[], hidden: string[], from: string, to: string): Promise<string[]> {
  const start = Date.parse(`${from}-01T00:00:00Z`);
  const [y, m] = to.split('-').map(Number) as [number, number];
  const end = Date.UTC(y, m, 1) - 1;
  const ids: string[] = [];
  for (const layer of on) {
    const doc = await (await request.get(`/api/collections/${layer}/items?limit=1000`)).json();
    for (const f of doc.features as ApiFeature[]) {
      const i = f.properties.date.interval;
      const inTime = Date.parse(i.from) <= end && (i.to === null || Date.parse(i.to) >= start);
      if (inTime && !hidden.includes(f.id)) ids.push(f.id);
    }
  }
  return ids.sort();
}

async function download(page: Page, testId: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: fs.readFileSync(path, 'utf8') };
}

test.describe('download shown features', () => {
  test('GeoJSON and CSV hold exactly the features the filters show, with their citations', async ({ page, request }) => {
    const atlas = new AtlasPage(page);
    const timeline = new AtlasTimeline(page);
    await atlas.goto(`/?from=2021-01&to=2021-12&hide=${HIDDEN_ALLIANCE}`);
    await page.getByTestId('layer-events').getByRole('checkbox').uncheck();

    const on = LAYERS.filter((l) => l !== 'events');
    const expected = await expectedIds(request, on, [HIDDEN_ALLIANCE], '2021-01', '2021-12');
    expect(expected).toContain(THREE_BROTHERS);
    await expect.poll(() => timeline.count().then((c) => c.shown)).toBe(expected.length);
    await expect(page.getByTestId('export-geojson')).toBeEnabled();

    // GeoJSON: valid, the same features as the count, the quotes of Three Brothers-2021 included.
    const geo = await download(page, 'export-geojson');
    expect(geo.name).toBe('caucasus-atlas-2021-01_2021-12.geojson');
    expect(getIssues(geo.text)).toEqual([]);
    const doc = JSON.parse(geo.text) as {
      features: { id: string; properties: { citations: { quote: string; source: { id: string; title: string } }[] } }[];
    };
    expect(doc.features.map((f) => f.id).sort()).toEqual(expected);
    const item = (await (await request.get(`/api/collections/exercises/items/${THREE_BROTHERS}`)).json()) as {
      properties: { citations: { quote: string; start: number; end: number; source: { id: string; title: string } }[] };
    };
    const known = item.properties.citations[0]!;
    const exported = doc.features.find((f) => f.id === THREE_BROTHERS)!;
    expect(exported.properties.citations).toContainEqual(
      expect.objectContaining({ quote: known.quote, start: known.start, end: known.end, source: { id: known.source.id, title: known.source.title } }),
    );

    // CSV: a header, one row per shown feature, the known quote in the Three Brothers row.
    const csv = await download(page, 'export-csv');
    expect(csv.name).toBe('caucasus-atlas-2021-01_2021-12.csv');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.text.slice(1));
    const header = rows[0]!;
    expect(header.slice(0, 5)).toEqual(['id', 'layer', 'kind', 'status', 'name']);
    expect(header).toEqual(expect.arrayContaining(['citations', 'context_citations', 'date_basis', 'date_outside', 'date_end_basis']));
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(expected);
    const row = rows.find((r) => r[0] === THREE_BROTHERS)!;
    const cell = (name: string) => row[header.indexOf(name)]!;
    expect(cell('name')).toContain('Three Brothers');
    expect([cell('status'), cell('date_basis')]).toEqual(['occurred', 'outside-knowledge']);
    expect(cell('citations')).toContain(`“${known.quote}”`);
    expect(cell('citations')).toContain(`${known.source.title} (${known.source.id}, characters ${known.start}–${known.end})`);
    expect(atlas.foreignRequests).toEqual([]);
  });

  test('a narrower range downloads fewer features, and the file name says which', async ({ page, request }) => {
    const atlas = new AtlasPage(page);
    const timeline = new AtlasTimeline(page);
    await atlas.goto('/');
    await timeline.setRange('1994-01', '2019-12');
    const expected = await expectedIds(request, LAYERS, [], '1994-01', '2019-12');
    await expect.poll(() => timeline.count().then((c) => c.shown)).toBe(expected.length);
    await expect(page.getByTestId('export-csv')).toBeEnabled();
    const csv = await download(page, 'export-csv');
    expect(csv.name).toBe('caucasus-atlas-1994-01_2019-12.csv');
    const ids = parseCsv(csv.text.slice(1)).slice(1).map((r) => r[0]);
    expect(ids.sort()).toEqual(expected);
    expect(ids).toContain('bor-line-of-contact-1994-2020');
    expect(ids).not.toContain('bor-peacekeeping-area');
  });
});
