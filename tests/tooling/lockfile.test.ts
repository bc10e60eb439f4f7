/**
 * The lock-file guard `npm test` runs first: a lock file that lists only this machine's native
 * builds makes `npm ci` refuse to install on every machine, so the guard must name what is missing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { candidatePaths, missingFromLock, nativeFamilies, report, type Lockfile } from '@/scripts/check-lockfile';

const swc = ['darwin-arm64', 'darwin-x64', 'linux-x64-gnu', 'win32-x64-msvc'];
function lockWith(recorded: string[]): Lockfile {
  const packages: NonNullable<Lockfile['packages']> = {
    '': { dependencies: { next: '^16.4.6' }, devDependencies: { eslint: '^9' } },
    'node_modules/next': {
      version: '16.4.6',
      dependencies: { 'styled-jsx': '5.1.6' },
      optionalDependencies: Object.fromEntries(swc.map((p) => [`@next/swc-${p}`, '16.4.6'])),
    },
    'node_modules/eslint': { version: '9.39.5' },
    // Nested: found through the enclosing node_modules, as Node would find it.
    'node_modules/next/node_modules/styled-jsx': { version: '5.1.6' },
  };
  for (const p of recorded) {
    packages[`node_modules/@next/swc-${p}`] = { version: '16.4.6', optional: true, os: [p.split('-')[0]!], cpu: [p.split('-')[1]!] };
  }
  return { lockfileVersion: 3, packages };
}

describe('missingFromLock', () => {
  it('passes a lock file that records every platform', () => {
    expect(missingFromLock(lockWith(swc))).toEqual([]);
  });

  it("names the other platforms' builds a one-platform lock file lacks", () => {
    const missing = missingFromLock(lockWith(['linux-x64-gnu']));
    expect(missing.map((m) => m.name)).toEqual(['@next/swc-darwin-arm64', '@next/swc-darwin-x64', '@next/swc-win32-x64-msvc']);
    expect(missing[0]).toEqual({ name: '@next/swc-darwin-arm64', range: '16.4.6', wantedBy: 'next', optional: true });
    const text = report(missing);
    expect(text).toContain('@next/swc-darwin-arm64@16.4.6 (optional), wanted by next');
    expect(text).toContain('rm -rf node_modules package-lock.json && npm install');
  });

  it("names a missing ordinary dependency and the project's own dev dependency", () => {
    const lock = lockWith(swc);
    delete lock.packages!['node_modules/next/node_modules/styled-jsx'];
    delete lock.packages!['node_modules/eslint'];
    expect(missingFromLock(lock)).toEqual([
      { name: 'eslint', range: '^9', wantedBy: '(the project)', optional: false },
      { name: 'styled-jsx', range: '5.1.6', wantedBy: 'next', optional: false },
    ]);
  });

  it('refuses a lock file without a packages section', () => {
    expect(() => missingFromLock({ lockfileVersion: 1 })).toThrow(/lockfileVersion 2 or 3/);
  });

  it('finds nothing missing in the project’s own lock file, which records macOS, Windows and Linux builds', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lockfile;
    expect(missingFromLock(lock)).toEqual([]);
    const families = nativeFamilies(lock);
    for (const family of ['next', 'lightningcss', 'esbuild', 'unrs-resolver', 'sharp']) {
      expect([...(families.get(family) ?? [])], family).toEqual(expect.arrayContaining(['darwin', 'linux', 'win32']));
    }
  });
});

describe('candidatePaths', () => {
  it('looks in the package’s own node_modules first, then each enclosing one (scopes included)', () => {
    expect(candidatePaths('node_modules/@a/b/node_modules/c', 'd')).toEqual([
      'node_modules/@a/b/node_modules/c/node_modules/d',
      'node_modules/@a/b/node_modules/d',
      'node_modules/d',
    ]);
    expect(candidatePaths('', 'next')).toEqual(['node_modules/next']);
  });
});
