import { chromium } from '@playwright/test';
const [,, url, out, x, y, w, h, vw='1440', vh='900'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: +vw, height: +vh }, deviceScaleFactor: 2 });
await page.goto(url);
await page.waitForFunction(() => { const m = window.__atlasMap; return !!m && m.loaded() && m.areTilesLoaded() && !m.isMoving(); }, null, { timeout: 90000 });
await page.waitForTimeout(3000);
await page.screenshot({ path: out, clip: { x: +x, y: +y, width: +w, height: +h } });
await browser.close();
