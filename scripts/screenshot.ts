/**
 * `npm run screenshot`: the README's picture of the map with a feature panel open, taken from a
 * running production server (`npm start` in another terminal) with the system Chromium, as the
 * browser tests use it. Writes docs/screenshot.png (1280×800, palette PNG, under 200 KB).
 *
 *   ATLAS_URL   the server (default http://127.0.0.1:$PORT, PORT default 3000)
 *   SHOT_PATH   the page to take (default /?feature=ex-three-brothers-2021)
 *   SHOT_OUT    the file to write (default docs/screenshot.png)
 *
 * Re-run it whenever the map's look changes.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const base = process.env.ATLAS_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const path = process.env.SHOT_PATH ?? '/?feature=ex-three-brothers-2021';
const out = join(root, process.env.SHOT_OUT ?? 'docs/screenshot.png');
const MAX_BYTES = 200 * 1024;

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => !!p && existsSync(p),
);

async function main() {
  try {
    const health = await fetch(`${base}/api/health`);
    if (!health.ok) throw new Error(`answered ${health.status}`);
  } catch (e) {
    throw new Error(`No atlas server at ${base} (${(e as Error).message}). Start one with \`npm start\`, or set ATLAS_URL.`);
  }

  const browser = await chromium.launch({
    executablePath,
    // The same software WebGL2 the browser tests use, and no browser traffic of its own.
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await page.goto(base + path);
    await page.getByTestId('feature-panel').getByTestId('feature-name').waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => {
      const map = window.__atlasMap;
      return !!map && map.loaded() && map.areTilesLoaded() && !map.isMoving();
    }, undefined, { timeout: 60_000 });
    // The panel moves focus to its heading for keyboard users; the picture does not need the ring.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // One more frame, so labels placed after the last tile are drawn.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const png = await page.screenshot({ type: 'png' });
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, await shrink(png));
  } finally {
    await browser.close();
  }
  const bytes = statSync(out).size;
  console.log(`${out.slice(root.length + 1)}: ${Math.round(bytes / 1024)} KB from ${base}${path}`);
  if (bytes > MAX_BYTES) {
    console.error(`Larger than ${MAX_BYTES / 1024} KB; the README's picture should stay small.`);
    process.exit(1);
  }
}

/**
 * A palette PNG is a fraction of the size of Chromium's true-colour one and looks the same for a
 * map of flat fills. sharp comes with Next.js (its image optimiser); without it the file is kept
 * as Chromium wrote it.
 */
async function shrink(png: Buffer): Promise<Buffer> {
  try {
    const { default: sharp } = await import('sharp');
    return await sharp(png).png({ palette: true, colours: 128, compressionLevel: 9, effort: 10 }).toBuffer();
  } catch {
    return png;
  }
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});
