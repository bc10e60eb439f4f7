/**
 * Next.js telemetry is on unless NEXT_TELEMETRY_DISABLED is set, so every way the project runs
 * Next must set it: the npm scripts (through scripts/next.mjs), the shell scripts, the Playwright
 * server. scripts/offline-check.sh proves the result at run time; this catches a new script that
 * forgets it before anything runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
const runsNext = /(^|[\s;&|(])(npx\s+)?next\s+(build|start|dev)\b/;

describe('telemetry is off wherever the project runs Next.js', () => {
  it('npm scripts run Next only through scripts/next.mjs, scripts/build.ts or the server', () => {
    const direct = Object.entries(scripts).filter(([, cmd]) => runsNext.test(cmd) && !cmd.includes('NEXT_TELEMETRY_DISABLED=1'));
    expect(direct).toEqual([]);
    expect(scripts.build).toBe('tsx scripts/build.ts');
    expect(scripts.dev).toMatch(/^node scripts\/next\.mjs dev/);
    // The production server runs Next.js in-process and turns telemetry off itself.
    expect(scripts.serve).toMatch(/^node server\/index\.mjs/);
    expect(readFileSync('server/index.mjs', 'utf8')).toContain("process.env.NEXT_TELEMETRY_DISABLED = '1'");
    expect(readFileSync('scripts/build.ts', 'utf8')).toContain("'next.mjs'");
  });

  it('shell scripts that run Next or the build export NEXT_TELEMETRY_DISABLED=1 first', () => {
    const files = [...readdirSync('scripts').filter((f) => f.endsWith('.sh')).map((f) => `scripts/${f}`), '.ci/run'];
    for (const file of files) {
      // Commands only: comments may mention them.
      const text = readFileSync(file, 'utf8').replace(/^\s*#.*$/gm, '');
      const uses = text.search(/next(\.mjs)?\s+(build|start|dev)|npm run[^\n]*\bbuild\b|npm test/);
      if (uses < 0) continue;
      const exported = text.indexOf('export NEXT_TELEMETRY_DISABLED=1');
      expect(exported, `${file} runs Next without exporting NEXT_TELEMETRY_DISABLED=1 first`).toBeGreaterThanOrEqual(0);
      expect(exported, file).toBeLessThan(uses);
    }
  });

  it('the Playwright server gets it', async () => {
    const config = (await import('@/playwright.config')).default;
    const server = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer;
    expect(server?.env?.NEXT_TELEMETRY_DISABLED).toBe('1');
  });

  it('Next.js itself reports telemetry disabled under the launcher', () => {
    const env = { ...process.env };
    delete env.NEXT_TELEMETRY_DISABLED;
    // From a scratch folder: in a container `next telemetry` keeps its state in ./cache/.
    const cwd = mkdtempSync(join(tmpdir(), 'atlas-telemetry-'));
    try {
      const out = execFileSync(process.execPath, [resolve('scripts/next.mjs'), 'telemetry', 'status'], { cwd, env, encoding: 'utf8' });
      expect(out).toContain('Status: Disabled');
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
