// What the atlas takes from the installed maplibre-gl package, at install, dev and build:
// - MapLibre 6 loads its worker as separate ES modules that Next's bundler does not emit. They are
//   copied into public/ (ignored by git) so the map can call setWorkerUrl() on a local URL, each
//   with its precompressed .gz and .br, which the server's static stage sends as they are.
// - Its stylesheet, without the controls the atlas never adds (maplibre-css.mjs), into
//   app/styles/vendor/ (ignored by git), which the root layout imports.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trimMapLibreCss } from './maplibre-css.mjs';
import { precompress } from './precompress.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'node_modules', 'maplibre-gl', 'dist');
if (!existsSync(dist)) {
  // e.g. `npm install --package-lock-only`: nothing installed, nothing to copy yet.
  console.warn('copy-maplibre: node_modules/maplibre-gl is not installed; skipped.');
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
const vendor = join(root, 'app', 'styles', 'vendor');
mkdirSync(vendor, { recursive: true });
const css = readFileSync(join(dist, 'maplibre-gl.css'), 'utf8');
const trimmed = trimMapLibreCss(css);
writeFileSync(join(vendor, 'maplibre-gl.css'), `/* maplibre-gl ${version}, derived by scripts/copy-maplibre.mjs: do not edit. */\n${trimmed}\n`);
console.log(
  `copy-maplibre: maplibre-gl ${version} worker copied to public/maplibre/${version}/, stylesheet trimmed to app/styles/vendor/ (${(css.length / 1024).toFixed(0)} → ${(trimmed.length / 1024).toFixed(0)} kB)`,
);
