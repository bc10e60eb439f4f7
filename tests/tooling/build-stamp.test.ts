/**
 * The build stamp decides whether `npm start` rebuilds: a change to anything the build is made
 * from must change it, and nothing else may, or a restart either serves a stale build or rebuilds
 * for nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildEnv, buildState, currentStamp, inputPaths, stampOf, writeStamp } from '@/scripts/build-stamp';

const NODE = 'v20.20.2';
const files = [
  { path: 'lib/a.ts', content: 'export const a = 1;' },
  { path: 'geodata/layers/events.json', content: '{"type":"FeatureCollection","features":[]}' },
  { path: '.env', content: null },
];

describe('stampOf (pure)', () => {
  it('is the same for the same inputs in any order', () => {
    expect(stampOf(files, {}, NODE)).toBe(stampOf([...files].reverse(), {}, NODE));
    expect(stampOf(files, {}, NODE)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes when a file changes, appears, disappears or is renamed', () => {
    const base = stampOf(files, {}, NODE);
    expect(stampOf([{ ...files[0]!, content: 'export const a = 2;' }, files[1]!, files[2]!], {}, NODE)).not.toBe(base);
    expect(stampOf([...files.slice(0, 2), { path: '.env', content: 'NEXT_PUBLIC_X=1' }], {}, NODE)).not.toBe(base);
    expect(stampOf(files.slice(1), {}, NODE)).not.toBe(base);
    expect(stampOf([{ ...files[0]!, path: 'lib/b.ts' }, ...files.slice(1)], {}, NODE)).not.toBe(base);
  });

  it('cannot be fooled by moving bytes between a path and its content', () => {
    expect(stampOf([{ path: 'ab', content: 'c' }], {}, NODE)).not.toBe(stampOf([{ path: 'a', content: 'bc' }], {}, NODE));
  });

  it('changes with the build environment and the Node version', () => {
    const base = stampOf(files, {}, NODE);
    expect(stampOf(files, { NEXT_PUBLIC_BASE: '/atlas' }, NODE)).not.toBe(base);
    expect(stampOf(files, {}, 'v22.13.0')).not.toBe(base);
  });
});

describe('buildEnv', () => {
  it('keeps what Next.js builds in and drops what only affects running', () => {
    expect(buildEnv({ NEXT_PUBLIC_X: '1', NODE_ENV: 'production', PORT: '4000', HOME: '/root', NEXT_TELEMETRY_DISABLED: '1' })).toEqual({
      NEXT_PUBLIC_X: '1',
      NODE_ENV: 'production',
    });
  });
});

describe('a project tree', () => {
  let root = '';
  const put = (path: string, content: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  const fresh = () => {
    root = mkdtempSync(join(tmpdir(), 'atlas-stamp-'));
    put('app/page.tsx', 'export default function Page() { return null; }');
    put('lib/data/index.ts', 'export {};');
    put('geodata/layers/events.json', '{}');
    put('public/basemap/land.geojson', '{}');
    put('public/maplibre/6.20.0/maplibre-gl-worker.mjs', '// copied from node_modules');
    put('app/styles/vendor/maplibre-gl.css', '/* derived from node_modules */');
    put('public/data/0123456789ab/map/events.geojson', '{}');
    put('package-lock.json', '{}');
    put('README.md', '# Atlas');
    put('tests/x.test.ts', '');
    put('e2e/x.spec.ts', '');
  };
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('lists the sources, data and config, but not the generated worker copy or data files, tests or docs', () => {
    fresh();
    const paths = inputPaths(root);
    expect(paths).toEqual(expect.arrayContaining(['app/page.tsx', 'lib/data/index.ts', 'geodata/layers/events.json', 'public/basemap/land.geojson', 'package-lock.json', 'next.config.mjs']));
    expect(
      paths.filter((p) => p.startsWith('public/maplibre/') || p.startsWith('app/styles/vendor/') || p.startsWith('public/data/') || p.startsWith('tests/') || p.startsWith('e2e/') || p === 'README.md'),
    ).toEqual([]);
  });

  it('a changed source file changes the stamp; an unrelated file does not', () => {
    fresh();
    const env = {};
    const before = currentStamp(root, env);
    put('README.md', '# Atlas, with a screenshot');
    put('tests/x.test.ts', 'it("new test")');
    put('public/maplibre/6.20.0/maplibre-gl-worker.mjs', '// copied again');
    expect(currentStamp(root, env)).toBe(before);
    put('geodata/layers/events.json', '{"features":[]}');
    expect(currentStamp(root, env)).not.toBe(before);
  });

  it('says a build is needed until one is recorded, then that it is up to date, then that sources changed', () => {
    fresh();
    expect(buildState(root, {})).toMatchObject({ upToDate: false, message: 'No production build yet; building…' });
    put('.next/BUILD_ID', 'abc');
    writeStamp(root, currentStamp(root, {}));
    const state = buildState(root, {});
    expect(state.upToDate).toBe(true);
    expect(state.message).toBe(`Build is up to date (stamp ${state.stamp}).`);
    put('lib/data/index.ts', 'export const changed = true;');
    expect(buildState(root, {})).toMatchObject({ upToDate: false, message: 'Sources changed since the last build; building…' });
  });

  it('does not trust a stamp without the build it describes', () => {
    fresh();
    put('.next/atlas-build-stamp', currentStamp(root, {}));
    expect(buildState(root, {}).upToDate).toBe(false);
  });
});
