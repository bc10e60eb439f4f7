/**
 * Fixture helpers for the data-module tests. A broken case is a directory under
 * `tests/fixtures/data/broken/<case>/` holding only the files that differ from the valid fixture;
 * `composeCase` lays it over a copy of `valid/` in a temporary directory. Expected outputs sit
 * next to the inputs (`expected.json`) and are rewritten only with `REGEN=1`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { DataIssue } from '@/lib/data';
import { displayPath } from '@/lib/data/files';

export const FIXTURES = fileURLToPath(new URL('../fixtures/data/', import.meta.url));
export const VALID = path.join(FIXTURES, 'valid');
export const BROKEN = path.join(FIXTURES, 'broken');
const REGEN = process.env.REGEN === '1';

const notExpected = (src: string) => path.basename(src) !== 'expected.json';

/** Copies `valid/` (plus the overlay of `broken/<name>`, if given) into a fresh temporary directory. */
export function composeCase(name?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `atlas-${name ?? 'valid'}-`));
  fs.cpSync(VALID, dir, { recursive: true, filter: notExpected });
  if (name) fs.cpSync(path.join(BROKEN, name), dir, { recursive: true, force: true, filter: notExpected });
  return dir;
}

/** Issues with paths made relative to the fixture root, so expectations do not depend on the temp dir. */
export function relativeIssues(dir: string, issues: readonly DataIssue[]): DataIssue[] {
  const prefix = `${displayPath(dir)}/`;
  const rel = (s: string) => s.split(prefix).join('');
  return issues.map((i) => ({ ...i, file: rel(i.file), problem: rel(i.problem) }));
}

/** JSON with coordinate pairs kept on one line, so expected files stay readable in review. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/\[\s+(-?[\d.e+-]+),\s+(-?[\d.e+-]+)\s+\]/g, '[$1, $2]')}\n`;
}

/** Compares `actual` with the expected file beside the fixture; `REGEN=1` rewrites the file instead. */
export function expectMatchesFile(file: string, actual: unknown): void {
  const text = stableJson(actual);
  if (REGEN) {
    fs.writeFileSync(file, text);
    return;
  }
  if (!fs.existsSync(file)) throw new Error(`${file} is missing; run with REGEN=1 to create it`);
  expect(JSON.parse(text)).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
