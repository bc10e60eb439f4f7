/**
 * Broken data cannot be built: the check next.config.mjs runs in the build phase fails on each
 * broken fixture with the file, the feature and the problem, and a real `next build` of a broken
 * copy stops before compiling anything.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkGeodataForBuild } from '../../scripts/build-data-check.mjs';
import { composeCase, removeDir } from './fixtures';

const check = checkGeodataForBuild;
const ROOT = path.resolve(__dirname, '../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

function fixture(name?: string): string {
  const dir = composeCase(name);
  dirs.push(dir);
  return dir;
}

describe('the build-phase data check', () => {
  it('passes valid data and says what it checked', () => {
    expect(check(fixture())).toMatch(/^check:data: 6 features in 5 layers, .* — OK/);
  });

  // Each rule is tested in-process by broken.test.ts; these prove the build runs that same check.
  it.each([
    ['coordinates-out-of-range', /layers\/events\.json: feature ev-test-end: geometry\.coordinates\.0: longitude must be between -180 and 180/],
    ['invalid-json-follow-on', /layers\/events\.json: invalid JSON at line 25, column 9: Expected ',' or '}' after property value\ncheck:data: 1 issue$/],
  ])('stops the build on %s, naming the file, the feature and the problem', (name, message) => {
    let error: Error | undefined;
    try {
      check(fixture(name));
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toMatch(/^The geodata is invalid, so the build stops here/);
    expect(error?.message).toMatch(message);
  });
});

describe('a real `next build` of broken data', () => {
  /** A project whose next.config.mjs, scripts and lib are this one's, with its own geodata/. */
  function project(data: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-build-'));
    dirs.push(dir);
    for (const link of ['node_modules', 'lib', 'scripts']) fs.symlinkSync(path.join(ROOT, link), path.join(dir, link));
    for (const file of ['next.config.mjs', 'package.json', 'tsconfig.json']) fs.copyFileSync(path.join(ROOT, file), path.join(dir, file));
    fs.cpSync(data, path.join(dir, 'geodata'), { recursive: true });
    return dir;
  }

  function build(dir: string) {
    const next = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ATLAS_GEODATA_CHECKED_BY: '' };
    const run = spawnSync(process.execPath, [next, 'build'], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  }

  it('fails before compiling, with the issue list', () => {
    const dir = project(fixture('quote-missing'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('geodata/layers/events.json: feature ev-test-end: quote not found in 900_0000000000000001: "The drills stopped"');
    expect(output).not.toMatch(/Creating an optimized production build/);
    expect(fs.existsSync(path.join(dir, '.next', 'BUILD_ID'))).toBe(false);
  }, 120_000);

  it('gets past the check with valid data (so the failure above is the data check’s)', () => {
    const { output } = build(project(fixture()));
    expect(output).toMatch(/check:data: 6 features in 5 layers, .* — OK/);
    // This stripped-down project has no app/ directory: the build goes on until it looks for one.
    expect(output).toMatch(/Couldn't find any `pages` or `app` directory/);
  }, 120_000);
});
