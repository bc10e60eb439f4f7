/**
 * The build stamp: one hash over everything a production build is made from, written next to the
 * build when it succeeds (scripts/build.ts) and compared by `npm start` (scripts/start.sh), which
 * rebuilds only when the stamp differs. A restart with nothing changed then serves in seconds.
 *
 *   tsx scripts/build-stamp.ts check    exit 0 and "Build is up to date (stamp …)", or exit 1
 *                                       and say why a build is needed
 *   tsx scripts/build-stamp.ts          print the current stamp
 *
 * The inputs: the source folders, the data, the build's own scripts and config, the lock file,
 * the environment variables Next.js inlines or reads at build time, and the Node version. Tests,
 * docs, e2e, the generated MapLibre worker copy and trimmed stylesheet (public/maplibre/ and
 * app/styles/vendor/, made from the lock file's maplibre-gl) and the published data files (public/data/, made from geodata/ by the build) are not inputs: changing them needs no rebuild.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bumped when the stamp's recipe changes, so an old stamp never matches a new recipe. */
const RECIPE = 'atlas-build-stamp/1';

export const INPUT_DIRS = ['app', 'components', 'lib', 'public', 'geodata'] as const;

/** Single files; a missing one counts as "absent", so creating it (an .env file) changes the stamp. */
export const INPUT_FILES = [
  'package.json',
  'package-lock.json',
  'next.config.mjs',
  'scripts/build-data-check.mjs',
  'scripts/publish-data.ts',
  'tsconfig.json',
  'scripts/build.ts',
  'scripts/build-stamp.ts',
  'scripts/next.mjs',
  'scripts/copy-maplibre.mjs',
  'scripts/maplibre-css.mjs',
  '.env',
  '.env.local',
  '.env.production',
  '.env.production.local',
] as const;

/** Generated inside the input folders from other inputs; hashing them would only add noise. */
export const EXCLUDED_PREFIXES = ['public/maplibre/', 'app/styles/vendor/', 'public/data/'] as const;

/** The environment, or a test's stand-in for it. */
export type Env = Record<string, string | undefined>;

/** Environment variables that change what `next build` produces. */
export function buildEnv(env: Env): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (name.startsWith('NEXT_PUBLIC_') || name === 'NODE_ENV' || name === 'NEXT_DEPLOYMENT_ID') picked[name] = value;
  }
  return picked;
}

export type StampInput = { path: string; content: Uint8Array | string | null };

/**
 * The stamp itself: a pure function of the inputs' paths and contents (null: absent), the picked
 * environment and the Node version. Order-independent; 16 hex digits are plenty to tell builds apart.
 */
export function stampOf(files: readonly StampInput[], env: Record<string, string>, nodeVersion: string): string {
  const hash = createHash('sha256');
  const field = (s: string | Uint8Array) => {
    const bytes = typeof s === 'string' ? Buffer.from(s) : s;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  };
  field(RECIPE);
  field(nodeVersion);
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    field(f.path);
    field(f.content === null ? '\0absent' : f.content);
  }
  for (const name of Object.keys(env).sort()) {
    field(name);
    field(env[name]!);
  }
  return hash.digest('hex').slice(0, 16);
}

const toPosix = (p: string) => p.split(sep).join('/');

/** Every input file's path relative to root (POSIX separators), sorted. */
export function inputPaths(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      const rel = toPosix(relative(root, full));
      if (EXCLUDED_PREFIXES.some((p) => `${rel}/`.startsWith(p))) continue;
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) found.push(rel);
    }
  };
  for (const dir of INPUT_DIRS) if (existsSync(join(root, dir))) walk(join(root, dir));
  return [...found, ...INPUT_FILES].sort();
}

export function currentStamp(root: string, env: Env = process.env, nodeVersion = process.version): string {
  const files = inputPaths(root).map((path) => {
    const full = join(root, path);
    return { path, content: existsSync(full) ? readFileSync(full) : null };
  });
  return stampOf(files, buildEnv(env), nodeVersion);
}

/** Lives inside .next/ so that deleting the build deletes its stamp too. */
export const STAMP_FILE = join('.next', 'atlas-build-stamp');

export function recordedStamp(root: string): string | null {
  const file = join(root, STAMP_FILE);
  // BUILD_ID is written last by a successful `next build`; without it there is no usable build.
  if (!existsSync(file) || !existsSync(join(root, '.next', 'BUILD_ID'))) return null;
  return readFileSync(file, 'utf8').trim() || null;
}

export function writeStamp(root: string, stamp: string): void {
  writeFileSync(join(root, STAMP_FILE), `${stamp}\n`);
}

export function clearStamp(root: string): void {
  rmSync(join(root, STAMP_FILE), { force: true });
}

export type BuildState = { upToDate: boolean; stamp: string; recorded: string | null; message: string };

export function buildState(root: string, env: Env = process.env): BuildState {
  const stamp = currentStamp(root, env);
  const recorded = recordedStamp(root);
  if (recorded === stamp) return { upToDate: true, stamp, recorded, message: `Build is up to date (stamp ${stamp}).` };
  const message = recorded === null ? 'No production build yet; building…' : 'Sources changed since the last build; building…';
  return { upToDate: false, stamp, recorded, message };
}

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv[2] === 'check') {
    const state = buildState(ROOT);
    console.log(state.message);
    process.exit(state.upToDate ? 0 : 1);
  }
  console.log(currentStamp(ROOT));
}
