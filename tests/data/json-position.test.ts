/**
 * A JSON syntax error is reported where an author can find it. Wherever V8 gives a position, the
 * scanner finds the same one, over generated documents with one character broken.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, jsonProblem, lineColumn } from '@/lib/data/files';

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** A JSON text with one character deleted, replaced or inserted. */
const broken = fc
  .tuple(fc.json({ maxDepth: 4 }), fc.constantFrom(0, 2, '\t'), fc.nat(), fc.constantFrom('delete', 'replace', 'insert'), fc.constantFrom(',', '}', ']', '"', ':', 'x', '\n', '\\', '0', '\u0001'))
  .map(([json, indent, at, how, ch]) => {
    const text = JSON.stringify(JSON.parse(json), null, indent);
    const i = at % (text.length + 1);
    return how === 'delete' ? text.slice(0, i) + text.slice(i + 1) : how === 'replace' ? text.slice(0, i) + ch + text.slice(i + 1) : text.slice(0, i) + ch + text.slice(i);
  });

describe('JSON error positions', () => {
  it(`agree with V8's wherever it gives one (seed ${SEED})`, () => {
    let compared = 0;
    fc.assert(
      fc.property(broken, (text) => {
        let message: string | null = null;
        try {
          JSON.parse(text);
        } catch (e) {
          message = (e as Error).message;
        }
        if (message === null) return;
        const v8 = /at position (\d+)/.exec(message);
        const offset = jsonErrorOffset(text);
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThanOrEqual(text.length);
        if (v8) {
          compared++;
          expect(offset, message).toBe(Number(v8[1]));
        }
      }),
      { seed: SEED, numRuns: 3_000 },
    );
    expect(compared).toBeGreaterThan(500);
  });

  it.each([
    ['{"a": x}', 'invalid JSON at line 1, column 7: Unexpected token \'x\''],
    ['{\n  "a": 1\n  "b": 2\n}', "invalid JSON at line 3, column 3: Expected ',' or '}' after property value"],
    ['[1, 2', "invalid JSON at line 1, column 6: Expected ',' or ']' after array element"],
    ['', 'invalid JSON at line 1, column 1: the file ends in the middle of a value'],
    ['\uFEFF{}', 'invalid JSON at line 1, column 1: the file starts with a byte-order mark'],
    ['{} x', 'invalid JSON at line 1, column 4: Unexpected non-whitespace character after JSON'],
  ])('%j -> %s', (text, problem) => {
    let message = '';
    try {
      JSON.parse(text);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(jsonProblem(text, message)).toBe(problem);
  });

  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd\n', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\ncd\n', 6)).toEqual({ line: 3, column: 1 });
  });

  it('does not overflow on deeply nested input', () => {
    expect(jsonErrorOffset('['.repeat(200_000))).toBe(200_000);
  });
});
