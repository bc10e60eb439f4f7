// MapLibre 6 loads its worker as separate ES modules that Next's bundler does not emit.
// Copy them into public/ (ignored by git) so the map can call setWorkerUrl() on a local URL,
// each with its precompressed .gz and .br, which the server's static stage sends as they are.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompress } from './precompress.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'node_modules', 'maplibre-gl', 'dist');
if (!existsSync(dist)) {
  // e.g. `npm install --package-lock-only`: nothing installed, nothing to copy yet.
  console.warn('copy-maplibre-worker: node_modules/maplibre-gl is not installed; skipped.');
  process.exit(0);
}
const { version } = JSON.parse(readFileSync(join(root, 'node_modules', 'maplibre-gl', 'package.json'), 'utf8'));
const out = join(root, 'public', 'maplibre', version);
mkdirSync(out, { recursive: true });
for (const file of ['maplibre-gl-worker.mjs', 'maplibre-gl-shared.mjs']) {
  const target = join(out, file);
  copyFileSync(join(dist, file), target);
  precompress(target);
}
console.log(`copy-maplibre-worker: maplibre-gl ${version} worker copied to public/maplibre/${version}/`);
