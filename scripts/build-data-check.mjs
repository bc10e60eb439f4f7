/**
 * The data check `next build` cannot skip: next.config.mjs calls it in the production-build phase,
 * so `npm run build` and a bare `next build` both stop on invalid geodata, printing every issue
 * (file, feature, problem) as `npm run check:data` does.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const TSX = createRequire(import.meta.url).resolve('tsx/cli');

/**
 * Runs scripts/check-data.ts on `dir` (default `<cwd>/geodata`, the data the server will read).
 * Returns its summary line; throws an Error whose message lists the issues when the data is invalid.
 * @param {string} [dir]
 * @param {string} [cwd] - the directory the build runs in
 * @returns {string}
 */
export function checkGeodataForBuild(dir, cwd = process.cwd()) {
  const script = path.join(ROOT, 'scripts', 'check-data.ts');
  const run = spawnSync(process.execPath, [TSX, script, ...(dir ? [dir] : [])], { cwd, encoding: 'utf8' });
  if (run.error) throw run.error;
  if (run.status !== 0) {
    throw new Error(`The geodata is invalid, so the build stops here. Fix these and build again:\n${run.stderr.trim()}`);
  }
  return run.stdout.trim();
}

/**
 * Publishes the static data files (scripts/publish-data.ts) into `<cwd>/public/data/<version>/`
 * for the data the build checked. Returns its summary line; throws when it fails.
 * @param {string} [cwd]
 * @returns {string}
 */
export function publishDataForBuild(cwd = process.cwd()) {
  const script = path.join(ROOT, 'scripts', 'publish-data.ts');
  const run = spawnSync(process.execPath, [TSX, script, path.join(cwd, 'geodata'), path.join(cwd, 'public')], { cwd, encoding: 'utf8' });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`Publishing the static data files failed:\n${run.stderr.trim()}`);
  return run.stdout.trim();
}
