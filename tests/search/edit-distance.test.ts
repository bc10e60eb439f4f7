import { describe, expect, it } from 'vitest';
import { editDistance } from '@/lib/search/match';

describe('editDistance', () => {
  it.each([
    ['lachin', 'lachin', 0],
    ['lachn', 'lachin', 1],
    ['lahcin', 'lachin', 1], // a transposition is one edit
    ['karabagh', 'karabakh', 1],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('%s → %s: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('stops counting above the cut-off', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
