/** `npm run check:data` as an author meets it: a summary when the data is sound, each issue otherwise. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VALID, composeCase, removeDir } from './fixtures';

const TSX = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');

function run(dir: string): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(TSX, ['scripts/check-data.ts', dir], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
}

describe('check:data', () => {
  const broken = composeCase('quote-missing');
  afterAll(() => removeDir(broken));

  it('prints a summary and exits 0 for valid data', () => {
    const { code, out } = run(VALID);
    expect(code).toBe(0);
    expect(out).toMatch(/^check:data: 6 features in 5 layers, 8 citations, 2 sources — OK/);
  });

  it('prints each issue as file: feature: problem and exits 1', () => {
    const { code, out } = run(broken);
    expect(code).toBe(1);
    expect(out).toContain(
      'layers/events.json: feature ev-test-end: quote not found in 900_0000000000000001: "The drills stopped"',
    );
    expect(out).toMatch(/check:data: 1 issue$/m);
  });
});
