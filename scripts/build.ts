/**
 * `npm run build`: the production build, with telemetry off (scripts/next.mjs), and on success the
 * build stamp (scripts/build-stamp.ts) that lets `npm start` skip an unchanged rebuild. The stamp
 * is taken before the build and written only if the inputs are still the same afterwards, so a
 * file saved during the build is never recorded as built. Next's hashed chunks under
 * `.next/static/` get their `.br` and `.gz` (scripts/precompress.mjs), served as they are.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearStamp, currentStamp, writeStamp } from './build-stamp';
import { precompressTree } from './precompress.mjs';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const before = currentStamp(root);
clearStamp(root);
const run = spawnSync(process.execPath, [join(root, 'scripts', 'next.mjs'), 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
if (run.status !== 0) process.exit(run.status ?? 1);
const compressed = precompressTree(join(root, '.next', 'static'));
console.log(`Precompressed ${compressed.files} static files: ${(compressed.identity / 1024).toFixed(0)} kB, ${(compressed.br / 1024).toFixed(0)} kB as brotli.`);
const after = currentStamp(root);
if (after === before) {
  writeStamp(root, after);
  console.log(`Build stamp ${after} written.`);
} else {
  console.warn('Inputs changed while building; no build stamp written, so the next `npm start` builds again.');
}
