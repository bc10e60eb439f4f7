/**
 * Writes the static data files (lib/publish/files.ts) into `public/data/<version>/`, each with a
 * `.br` and a `.gz` beside it, and removes the folders of other versions. Run by the build (see
 * scripts/build-data-check.mjs) after the data check, so `npm run build` and `next build` both
 * publish them; `tsx scripts/publish-data.ts [geodata dir] [public dir]` by hand.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { loadAtlas } from '@/lib/data';
import { loadPlaces } from '@/lib/data/places';
import { publishedFiles } from '@/lib/publish/files';

export function publishData(geodataDir: string, publicDir: string): { version: string; files: number; bytes: number } {
  const { atlas, issues } = loadAtlas(geodataDir);
  if (!atlas) throw new Error(`the geodata has ${issues.length} problems: run npm run check:data`);
  const { places } = loadPlaces(geodataDir);
  if (!places) throw new Error('the basemap places are unusable: run npm run check:data');
  const root = path.join(publicDir, 'data');
  mkdirSync(root, { recursive: true });
  for (const old of readdirSync(root)) if (old !== atlas.version) rmSync(path.join(root, old), { recursive: true, force: true });
  let bytes = 0;
  const files = publishedFiles(atlas, places);
  for (const f of files) {
    const file = path.join(publicDir, f.path);
    mkdirSync(path.dirname(file), { recursive: true });
    const raw = Buffer.from(f.json);
    writeFileSync(file, raw);
    writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
    writeFileSync(`${file}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    bytes += raw.length;
  }
  return { version: atlas.version, files: files.length, bytes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const root = path.join(__dirname, '..');
  const r = publishData(process.argv[2] ?? path.join(process.cwd(), 'geodata'), process.argv[3] ?? path.join(root, 'public'));
  console.log(`Published ${r.files} data files (${(r.bytes / 1024).toFixed(0)} kB) for data version ${r.version}.`);
}
