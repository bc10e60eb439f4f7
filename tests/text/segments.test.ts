import { describe, expect, it } from 'vitest';
import { segmentText } from '@/lib/text/segments';
import { textFragment } from '@/lib/text/text-fragment';

describe('segmentText cuts a source into highlighted runs', () => {
  it('returns the whole text unchanged when nothing is cited', () => {
    const segs = segmentText('plain text', []);
    expect(segs.map((s) => s.text).join('')).toBe('plain text');
    expect(segs.every((s) => s.covering.length === 0)).toBe(true);
  });

  it('keeps overlapping passages apart so each can be labelled', () => {
    const segs = segmentText('abcdefgh', [
      { key: 'x', start: 1, end: 5 },
      { key: 'y', start: 3, end: 7 },
    ]);
    expect(segs.map((s) => [s.text, s.covering.join('+')])).toEqual([
      ['a', ''],
      ['bc', 'x'],
      ['de', 'x+y'],
      ['fg', 'y'],
      ['h', ''],
    ]);
    expect(segs.find((s) => s.ending.includes('x'))?.text).toBe('de');
  });

  it('counts offsets in code points, as the citations do', () => {
    const text = 'a 𝒳 “quoted” b';
    const start = Array.from(text).indexOf('“');
    const segs = segmentText(text, [{ key: 'q', start, end: start + 8 }]);
    expect(segs.find((s) => s.covering.includes('q'))?.text).toBe('“quoted”');
  });

  it('refuses a highlight outside the text instead of drawing garbage', () => {
    expect(() => segmentText('short', [{ key: 'q', start: 2, end: 40 }])).toThrow(/outside the text/);
  });
});

describe('textFragment builds a share link a browser can highlight', () => {
  it('encodes the characters that are syntax in a text directive', () => {
    expect(textFragment({ exact: 'Azerbaijan-Turkey-Pakistan, trilateral' })).toBe(
      ':~:text=Azerbaijan%2DTurkey%2DPakistan%2C%20trilateral',
    );
  });

  it('uses prefix and suffix to disambiguate, and start,end for long quotes', () => {
    expect(textFragment({ exact: 'a mere 300 meters', prefix: 'Azerbaijan,', suffix: 'from' })).toBe(
      ':~:text=Azerbaijan%2C-,a%20mere%20300%20meters,-from',
    );
    const long = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen';
    expect(textFragment({ exact: long })).toBe(':~:text=one%20two%20three%20four%20five,twelve%20thirteen%20fourteen%20fifteen%20sixteen');
  });
});
