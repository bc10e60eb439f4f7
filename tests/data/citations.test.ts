import { describe, expect, it } from 'vitest';
import { resolveCitation, findQuote } from '@/lib/data/citations';
import fc from 'fast-check';
import { advanceCodePoints, codePointLength, codePointOffset, codePointsBefore, codePointSlice, codeUnitIndex } from '@/lib/data/codepoints';

const ID = '003_fd8218c4c3c52676';

describe('code points', () => {
  it('counts a surrogate pair once, as W3C selectors do', () => {
    expect('a😀b'.length).toBe(4);
    expect(codePointLength('a😀b')).toBe(3);
    expect(codePointSlice('a😀b', 1, 2)).toBe('😀');
    expect(codeUnitIndex('a😀b', 2)).toBe(3);
  });
});

describe('one-pass code-point offsets', () => {
  // Text with astral characters (emoji, mathematical letters) among Armenian, Cyrillic and Latin.
  const text = fc.array(fc.constantFrom('a', 'Ա', 'ж', ' ', '😀', '𝒜', '″'), { maxLength: 80 }).map((a) => a.join(''));

  it('agree with counting from the start, at every index', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (let i = 0; i <= t.length; i++) {
          if (i > 0 && i < t.length && t.charCodeAt(i) >= 0xdc00 && t.charCodeAt(i) <= 0xdfff) continue; // inside a pair
          expect(codePointOffset(t, i)).toBe(codePointLength(t.slice(0, i)));
          expect(codePointsBefore(t, i, 5)).toBe(codePointSlice(t.slice(0, i), -5));
          expect(t.slice(i, advanceCodePoints(t, i, 5))).toBe(codePointSlice(t.slice(i), 0, 5));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the last code points before an index never start with half a pair', () => {
    expect(codePointsBefore('😀😀😀', 6, 2)).toBe('😀😀');
    expect(codeUnitIndex('😀😀😀', 2)).toBe(4);
  });
});

describe('resolveCitation', () => {
  const text = '😀 Moscow sent two warships to Baku. Later, Moscow sent two more.';

  it('gives code-point offsets and fills context when none was authored', () => {
    const r = resolveCitation(text, ID, { source: ID, role: 'evidence' as const, exact: 'two warships' });
    if (!('citation' in r)) throw new Error(r.problem);
    // 14 code points precede the quote; the UTF-16 index is 15 because of the emoji.
    expect(r.citation).toMatchObject({ start: 14, end: 26, prefix: '😀 Moscow sent ', suffix: ' to Baku. Later, Moscow sent two' });
    expect(codePointSlice(text, r.citation.start, r.citation.end)).toBe('two warships');
  });

  it('reports an ambiguous quote with its count and a prefix/suffix picks one', () => {
    expect(resolveCitation(text, ID, { source: ID, role: 'evidence' as const, exact: 'Moscow sent two' })).toEqual({
      problem: `quote occurs 2 times in ${ID}; add prefix/suffix: "Moscow sent two"`,
    });
    const r = resolveCitation(text, ID, { source: ID, role: 'evidence' as const, exact: 'Moscow sent two', prefix: 'Later, ' });
    expect('citation' in r && r.citation.start).toBe(43); // UTF-16 index: 44
  });

  it('keeps authored prefix and suffix as written', () => {
    const r = resolveCitation(text, ID, { source: ID, role: 'evidence' as const, exact: 'Baku', prefix: 'to ', suffix: '.' });
    expect('citation' in r && [r.citation.prefix, r.citation.suffix]).toEqual(['to ', '.']);
  });

  it('hints when a quote differs only in typographic apostrophes', () => {
    const r = resolveCitation('the decisive victory in last year’s war', ID, { source: ID, role: 'evidence' as const, exact: "last year's war" });
    expect(r).toEqual({
      problem: `quote not found in ${ID} (the text has it with different quote marks, dashes or spacing): "last year's war"`,
    });
  });

  it('counts overlapping occurrences', () => {
    expect(findQuote('aaaa', 'aa')).toEqual([0, 1, 2]);
  });

  it('shortens long quotes in messages', () => {
    const exact = 'x'.repeat(200);
    const r = resolveCitation(text, ID, { source: ID, role: 'evidence' as const, exact });
    expect('problem' in r && r.problem.length).toBeLessThan(140);
  });
});
