import { expect, test } from '@playwright/test';
import { AtlasPage } from './pages/AtlasPage';
import { BASEMAP_LAYER_IDS } from '@/lib/map/basemap-style';

const distance = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));

test.describe('the map page', () => {
  test('opens on the South Caucasus with land, both seas and the three countries, fully offline', async ({
    page,
  }, testInfo) => {
    const atlas = new AtlasPage(page);
    await atlas.goto('/');

    // Framed on the region: the centre lies within the South Caucasus frame.
    const center = await atlas.mapCenter();
    expect(center.lng).toBeGreaterThan(40);
    expect(center.lng).toBeLessThan(49);
    expect(center.lat).toBeGreaterThan(38.5);
    expect(center.lat).toBeLessThan(43);

    // Armenia, Azerbaijan and Georgia are drawn as features of the basemap.
    const countries = await atlas.renderedProperty([BASEMAP_LAYER_IDS.land], 'iso3');
    expect(countries).toEqual(expect.arrayContaining(['ARM', 'AZE', 'GEO', 'TUR', 'IRN', 'RUS']));

    // The canvas is not blank: the Caspian and the Black Sea are water, Armenia and Azerbaijan land.
    const water = await page.evaluate(() => {
      const color = String(window.__atlasMap!.getPaintProperty('background', 'background-color'));
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, 1, 1);
      return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    });
    const [caspian, blackSea, armenia, azerbaijanPlain] = await atlas.pixelsAt([
      [50.9, 41.2],
      [39.2, 42.6],
      [45.0, 39.75],
      [47.6, 40.0],
    ]);
    expect(distance(caspian!, water)).toBeLessThan(16);
    expect(distance(blackSea!, water)).toBeLessThan(16);
    expect(distance(armenia!, water)).toBeGreaterThan(16);
    expect(distance(azerbaijanPlain!, water)).toBeGreaterThan(16);

    // Labels render from local glyphs: country names are placed on the map.
    const labels = await page.evaluate(() =>
      window.__atlasMap!.queryRenderedFeatures().filter((f) => f.layer.type === 'symbol').map((f) => String(f.properties?.name)),
    );
    expect(labels).toEqual(expect.arrayContaining(['Armenia', 'Azerbaijan', 'Georgia']));
    expect(labels.some((l) => l.includes('Baku'))).toBe(true);

    const shot = await page.screenshot({ path: 'artifacts/screenshots/map-initial.png' });
    await testInfo.attach('map', { body: shot, contentType: 'image/png' });

    // Offline: not a single request left localhost.
    expect(atlas.foreignRequests).toEqual([]);
  });

  test('shows where its basemap data comes from', async ({ page }) => {
    const atlas = new AtlasPage(page);
    await atlas.goto('/');
    const attribution = page.locator('.maplibregl-ctrl-attrib');
    await expect(attribution).toContainText('Natural Earth');
    await expect(attribution).toContainText('GeoNames');
  });
});
