import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBasemap, PUBLIC_FILES } from '@/scripts/build-basemap';
import { GEODATA_DIR, PUBLIC_DIR, ROOT } from './files';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'basemap-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function buildInto(name: string) {
  const dir = path.join(tmp, name);
  const result = buildBasemap({
    geodataDir: path.join(dir, 'geodata'),
    publicDir: path.join(dir, 'public'),
    versionModule: path.join(dir, 'basemap-version.ts'),
  });
  return { dir, ...result };
}

const outputs = (dir: string) => [
  ...['countries.topo.json', 'places.geojson'].map((f) => path.join(dir, 'geodata', f)),
  ...PUBLIC_FILES.map((f) => path.join(dir, 'public', f)),
  path.join(dir, 'basemap-version.ts'),
];

describe('npm run build:basemap', () => {
  const first = buildInto('a');
  const second = buildInto('b');

  it('is deterministic: two builds give byte-identical files', () => {
    expect(second.version).toBe(first.version);
    const a = outputs(first.dir);
    const b = outputs(second.dir);
    for (let i = 0; i < a.length; i++) expect(fs.readFileSync(a[i]!).equals(fs.readFileSync(b[i]!)), path.basename(a[i]!)).toBe(true);
  });

  it('matches the files in the repository (they were built by this script, not edited)', () => {
    const here = [
      ...['countries.topo.json', 'places.geojson'].map((f) => path.join(GEODATA_DIR, f)),
      ...PUBLIC_FILES.map((f) => path.join(PUBLIC_DIR, f)),
      path.join(ROOT, 'lib', 'map', 'basemap-version.ts'),
    ];
    const built = outputs(first.dir);
    for (let i = 0; i < here.length; i++) expect(fs.readFileSync(here[i]!).equals(fs.readFileSync(built[i]!)), path.basename(here[i]!)).toBe(true);
  });

  it('writes valid GeoJSON', () => {
    for (const f of PUBLIC_FILES) expect(getIssues(fs.readFileSync(path.join(first.dir, 'public', f), 'utf8')), f).toEqual([]);
  });

  it('keeps the browser files small', () => {
    const total = PUBLIC_FILES.reduce((sum, f) => sum + fs.statSync(path.join(first.dir, 'public', f)).size, 0);
    expect(total).toBeLessThan(3e6);
  });
}, 120_000);
