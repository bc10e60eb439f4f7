/**
 * The loader must not change what it reads: not the files (they are the evidence), not the
 * parsed objects its helpers receive, and the cached atlas must resist later mutation.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Polygon } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAtlas } from '@/lib/data';
import { resolveCitation } from '@/lib/data/citations';
import { resolveDate } from '@/lib/data/dates';
import { normalizeGeometry } from '@/lib/data/geometry';
import { composeCase, removeDir } from './fixtures';

function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const abs = path.join(dir, rel);
    if (fs.statSync(abs).isFile()) out[rel] = createHash('sha256').update(fs.readFileSync(abs)).digest('hex');
  }
  return out;
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') Object.values(Object.freeze(o)).forEach(deepFreeze);
  return o;
}

describe('the loader does not mutate its inputs', () => {
  const dir = composeCase();
  afterAll(() => removeDir(dir));

  it('leaves every file byte-identical', () => {
    const before = hashTree(dir);
    expect(loadAtlas(dir).issues).toEqual([]);
    expect(hashTree(dir)).toEqual(before);
  });

  it('rewinds a copy, never the authored polygon', () => {
    const clockwise: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]] };
    const authored = deepFreeze(structuredClone(clockwise));
    const out = normalizeGeometry(authored);
    expect(authored).toEqual(clockwise);
    expect(out.coordinates[0]?.[1]).toEqual([1, 0]);
  });

  it('resolves citations and dates from frozen input', () => {
    const citation = deepFreeze({ source: '900_0000000000000001', role: 'evidence' as const, exact: 'two', attribution: { type: 'claim' as const, by: 'x' } });
    const r = resolveCitation('one two three', citation.source, citation);
    expect('citation' in r && r.citation.attribution).not.toBe(citation.attribution);
    expect(() => resolveDate(deepFreeze({ start: '2021-09', end: null, basis: 'outside-knowledge' as const, outside: 'a named fact', extent: 'first-attested' as const }))).not.toThrow();
  });

  it('returns a frozen atlas, so one request cannot corrupt the cache for the next', () => {
    const atlas = loadAtlas(dir).atlas;
    const feature = atlas?.layers.events.collection.features[0];
    expect(feature).toBeDefined();
    expect(() => {
      if (feature) feature.properties.name = 'changed';
    }).toThrow(TypeError);
  });
});
