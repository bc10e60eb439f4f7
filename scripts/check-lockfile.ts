/**
 * `tsx scripts/check-lockfile.ts`: fails when package-lock.json lacks a package that `npm ci`
 * needs on some platform. The usual way to get there: a lock file written by `npm install` over an
 * existing node_modules records only this machine's native builds (@next/swc-linux-x64-gnu but
 * not @next/swc-darwin-arm64 …), and `npm ci` then refuses to install anywhere. Every dependency
 * and optional dependency a locked package declares must itself be in the lock file, found the
 * way Node finds it (the package's own node_modules, then each enclosing one). Offline and quick,
 * so `npm test` runs it first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type LockedPackage = {
  version?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  link?: boolean;
};
export type Lockfile = { lockfileVersion?: number; packages?: Record<string, LockedPackage> };
export type Missing = { name: string; range: string; wantedBy: string; optional: boolean };

/** The package name at a lock path: "node_modules/a/node_modules/@s/b" → "@s/b"; "" → "(the project)". */
export function nameAt(path: string): string {
  if (path === '') return '(the project)';
  const i = path.lastIndexOf('node_modules/');
  return i < 0 ? path : path.slice(i + 'node_modules/'.length);
}

/** Where Node would look for `name` when required from the package at `from`, nearest first. */
export function candidatePaths(from: string, name: string): string[] {
  const out: string[] = [];
  let base = from;
  for (;;) {
    out.push(base === '' ? `node_modules/${name}` : `${base}/node_modules/${name}`);
    if (base === '') return out;
    const i = base.lastIndexOf('/node_modules/');
    // Step out of the current package (and its scope, for "@s/b") to the enclosing one.
    base = i < 0 ? '' : base.slice(0, i);
  }
}

/** Every declared dependency that no locked package satisfies by name. */
export function missingFromLock(lock: Lockfile): Missing[] {
  const packages = lock.packages;
  if (!packages || !packages['']) throw new Error('package-lock.json has no "packages" section (lockfileVersion 2 or 3 needed)');
  const missing: Missing[] = [];
  for (const [path, pkg] of Object.entries(packages)) {
    if (pkg.link) continue;
    const edges: [string, string, boolean][] = [
      ...Object.entries(pkg.dependencies ?? {}).map(([n, r]): [string, string, boolean] => [n, r, false]),
      ...Object.entries(pkg.optionalDependencies ?? {}).map(([n, r]): [string, string, boolean] => [n, r, true]),
      // Only the project's own devDependencies are installed; a dependency's are not.
      ...(path === '' ? Object.entries(pkg.devDependencies ?? {}).map(([n, r]): [string, string, boolean] => [n, r, false]) : []),
    ];
    for (const [name, range, optional] of edges) {
      if (!candidatePaths(path, name).some((p) => p in packages)) missing.push({ name, range, wantedBy: nameAt(path), optional });
    }
  }
  return missing.sort((a, b) => a.name.localeCompare(b.name));
}

/** Locked packages built for named platforms, grouped by the package that asks for them. */
export function nativeFamilies(lock: Lockfile): Map<string, Set<string>> {
  const packages = lock.packages ?? {};
  const families = new Map<string, Set<string>>();
  for (const [path, pkg] of Object.entries(packages)) {
    for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
      const found = candidatePaths(path, name).find((p) => p in packages);
      const os = found ? packages[found]!.os : undefined;
      if (!os) continue;
      const family = nameAt(path);
      const set = families.get(family) ?? new Set<string>();
      for (const o of os) set.add(o.replace(/^!/, 'not-'));
      families.set(family, set);
    }
  }
  return families;
}

export function report(missing: Missing[]): string {
  const lines = missing.map((m) => `  ${m.name}@${m.range}${m.optional ? ' (optional)' : ''}, wanted by ${m.wantedBy}`);
  return [
    `package-lock.json is missing ${missing.length} package(s) that \`npm ci\` needs (on this or another platform):`,
    ...lines,
    'Regenerate it from scratch so every platform is recorded:',
    '  rm -rf node_modules package-lock.json && npm install',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'package-lock.json');
  const lock = JSON.parse(readFileSync(file, 'utf8')) as Lockfile;
  const missing = missingFromLock(lock);
  if (missing.length > 0) {
    console.error(report(missing));
    process.exit(1);
  }
  const families = nativeFamilies(lock);
  const summary = [...families]
    .filter(([, os]) => os.size > 1)
    .map(([f, os]) => `${f} (${[...os].sort().join(', ')})`)
    .join('; ');
  console.log(`package-lock.json: ${Object.keys(lock.packages!).length - 1} packages, none missing; native builds for several platforms: ${summary}`);
}
