/**
 * Writes the static data files (lib/publish/write.ts) into `public/data/<version>/` and removes the
 * folders of other versions. Run by the build (see
 * scripts/build-data-check.mjs) after the data check, so `npm run build` and `next build` both
 * publish them; `tsx scripts/publish-data.ts [geodata dir] [public dir]` by hand.
 */
import path from 'node:path';
import { loadAtlas } from '@/lib/data';
import { loadPlaces } from '@/lib/data/places';
import { writePublished } from '@/lib/publish/write';

export function publishData(geodataDir: string, publicDir: string): { version: string; files: number; bytes: number } {
  const { atlas, issues } = loadAtlas(geodataDir);
  if (!atlas) throw new Error(`the geodata has ${issues.length} problems: run npm run check:data`);
  const { places } = loadPlaces(geodataDir);
  if (!places) throw new Error('the basemap places are unusable: run npm run check:data');
  return { version: atlas.version, ...writePublished(publicDir, atlas, places, { removeOthers: true }) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const root = path.join(__dirname, '..');
  const r = publishData(process.argv[2] ?? path.join(process.cwd(), 'geodata'), process.argv[3] ?? path.join(root, 'public'));
  console.log(`Published ${r.files} data files (${(r.bytes / 1024).toFixed(0)} kB) for data version ${r.version}.`);
}
