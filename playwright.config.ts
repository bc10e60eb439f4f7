import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the production build (`npm run build`) in a real Chromium.
 * Playwright cannot download its own browsers on every machine, so we use the system Chromium:
 * `CHROMIUM_PATH` if set, else Debian's /usr/bin/chromium, else Playwright's bundled browser.
 */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

const PORT = Number(process.env.E2E_PORT ?? 3300);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'artifacts/e2e-report.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        // Software WebGL2 so MapLibre renders headless.
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
        // Keep the browser itself off the network: the atlas is offline and tests prove it.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } }],
  // The production server (server/index.mjs: request guard and security headers in front of Next.js).
  webServer: {
    command: `node server/index.mjs --port ${PORT} --host 127.0.0.1`,
    // Next.js telemetry off: the atlas sends nothing off the machine.
    env: { ...(process.env as Record<string, string>), NEXT_TELEMETRY_DISABLED: '1' },
    url: `${baseURL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
