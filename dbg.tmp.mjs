import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: Number(process.argv[3] ?? 1440), height: Number(process.argv[4] ?? 900) } });
await page.goto(process.argv[2]);
await page.waitForFunction(() => { const m = window.__atlasMap; return !!m && m.loaded() && !m.isMoving(); }, null, { timeout: 90000 });
console.log(await page.evaluate(() => {
  const rects = [...document.querySelectorAll('[data-covers-map]')].map((el) => [el.className, JSON.stringify(el.getBoundingClientRect())]);
  const c = window.__atlasMap.getCanvas().getBoundingClientRect();
  return JSON.stringify({ canvas: c, rects, zoom: window.__atlasMap.getZoom(), center: window.__atlasMap.getCenter(), padding: window.__atlasMap.getPadding() }, null, 1);
}));
await browser.close();
