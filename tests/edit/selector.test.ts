import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_CONTEXT, buildSelector, selectorForQuote, selectorNear, type BuiltSelector, type SelectorResult } from '@/lib/edit/selector';
import { findQuote, resolveCitation } from '@/lib/data/citations';
import { codePointLength, codePointOffset, codePointSlice } from '@/lib/data/codepoints';

const ID = '000_0000000000000000';

function selector(r: SelectorResult): BuiltSelector {
  if ('problem' in r) throw new Error(r.problem);
  return r.selector;
}

function problem(r: SelectorResult): string {
  if (!('problem' in r)) throw new Error(`expected a problem, got ${JSON.stringify(r.selector)}`);
  return r.problem;
}

/** What the data check makes of the selector: it must anchor at the same code points. */
function expectResolves(text: string, s: BuiltSelector, fromUnit: number): void {
  const r = resolveCitation(text, ID, { source: ID, role: 'evidence', exact: s.exact, prefix: s.prefix, suffix: s.suffix });
  if ('problem' in r) throw new Error(r.problem);
  expect(r.citation.start).toBe(s.start);
  expect(r.citation.end).toBe(s.end);
  expect(s.start).toBe(codePointOffset(text, fromUnit));
  expect(codePointSlice(text, s.start, s.end)).toBe(s.exact);
}

const contextLength = (s: BuiltSelector) => codePointLength(s.prefix ?? '') + codePointLength(s.suffix ?? '');

/** Every prefix/suffix pair, in code points, that findQuote accepts for the occurrence at `from` only. */
function workingContexts(text: string, from: number, to: number): { p: number; s: number }[] {
  const exact = text.slice(from, to);
  const before = Array.from(text.slice(0, from));
  const after = Array.from(text.slice(to));
  const out: { p: number; s: number }[] = [];
  for (let p = 0; p <= before.length; p++) {
    for (let s = 0; s <= after.length; s++) {
      const hits = findQuote(text, exact, before.slice(before.length - p).join(''), after.slice(0, s).join(''));
      if (hits.length === 1 && hits[0] === from) out.push({ p, s });
    }
  }
  return out;
}

/** The documented choice: fewest code points; then suffix only, prefix only, the shorter prefix. */
function bestOf(contexts: { p: number; s: number }[]): { p: number; s: number } | undefined {
  const rank = (c: { p: number; s: number }) => [c.p + c.s, c.p === 0 ? 0 : c.s === 0 ? 1 : 2, c.p];
  return [...contexts].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
  })[0];
}

describe('buildSelector', () => {
  it('gives a quote that occurs once no context', () => {
    const text = 'Russian peacekeepers arrived in Nagorno-Karabakh on 10 November.';
    const from = text.indexOf('peacekeepers');
    const s = selector(buildSelector(text, from, from + 'peacekeepers arrived'.length));
    expect(s).toEqual({ exact: 'peacekeepers arrived', start: from, end: from + 20 });
    expectResolves(text, s, from);
  });

  it('tells a sentence repeated twice apart with the shortest context, each occurrence resolving to itself', () => {
    const sentence = 'The talks will continue.';
    const text = `Baku said: ${sentence} Yerevan said: ${sentence} Nobody else spoke.`;
    const first = text.indexOf(sentence);
    const second = text.indexOf(sentence, first + 1);
    const a = selector(buildSelector(text, first, first + sentence.length));
    const b = selector(buildSelector(text, second, second + sentence.length));
    // A space follows both; the next character, Y or N, tells them apart (the prefixes need 7).
    expect(a).toMatchObject({ exact: sentence, suffix: ' Y' });
    expect(a.prefix).toBeUndefined();
    expect(b).toMatchObject({ exact: sentence, suffix: ' N' });
    expectResolves(text, a, first);
    expectResolves(text, b, second);
  });

  it('prefers a suffix alone, then a prefix alone, when both are as short', () => {
    // "xabcx" twice would tie; here the suffix cannot help (both followed by "!"), the prefix can.
    const text = '1 abc! 2 abc!';
    const second = text.lastIndexOf('abc');
    expect(selector(buildSelector(text, second, second + 3))).toMatchObject({ prefix: '2 ' });
    const tie = 'Xabc1 Yabc2';
    expect(selector(buildSelector(tie, 1, 4))).toMatchObject({ exact: 'abc', suffix: '1' });
    expect(selector(buildSelector(tie, 1, 4)).prefix).toBeUndefined();
  });

  it('between two-sided contexts of the same length, takes the one with the shorter prefix', () => {
    // Rivals shaped so that (prefix 1, suffix 3), (2, 2) and (3, 1) all work and nothing shorter does.
    const text = ['LMNOPqrsabctuvWXYZ', '1abctuvWXYZ', 'LMNOPqrsabc2', '3sabctu4', '5rsabct6'].join('|');
    const s = selector(buildSelector(text, 8, 11));
    expect(s).toMatchObject({ exact: 'abc', prefix: 's', suffix: 'tuv', start: 8 });
    expect(bestOf(workingContexts(text, 8, 11))).toEqual({ p: 1, s: 3 });
    expectResolves(text, s, 8);
  });

  it('near the start of the text, a prefix longer than the text before a rival excludes it', () => {
    // The rival at 1 ("baab") has one character before it: the prefix "bb" cannot precede it.
    const text = 'bbaabbbaab';
    expect(findQuote(text, 'baab')).toEqual([1, 6]);
    const s = selector(buildSelector(text, 6, 10));
    expect(s).toMatchObject({ exact: 'baab', prefix: 'bb', start: 6, end: 10 });
    expect(s.suffix).toBeUndefined();
    expectResolves(text, s, 6);
    // "ab" is two characters; only one stands before the rival at 1.
    const t = selector(buildSelector('abbbbb', 2, 5));
    expect(t).toMatchObject({ exact: 'bbb', prefix: 'ab', start: 2 });
    expectResolves('abbbbb', t, 2);
  });

  it('tells three occurrences apart, each resolving to itself with a minimal context', () => {
    const sentence = 'Troops were deployed to the border';
    const text = `In March, ${sentence}. In April, ${sentence}, and in May, ${sentence} again.`;
    const hits = findQuote(text, sentence);
    expect(hits).toHaveLength(3);
    for (const at of hits) {
      const s = selector(buildSelector(text, at, at + sentence.length));
      expectResolves(text, s, at);
      const best = bestOf(workingContexts(text, at, at + sentence.length))!;
      expect(contextLength(s)).toBe(best.p + best.s);
    }
  });

  it('tells overlapping occurrences apart ("aaa" in "baaaab")', () => {
    const text = 'baaaab';
    expect(findQuote(text, 'aaa')).toEqual([1, 2]);
    const first = selector(buildSelector(text, 1, 4));
    const second = selector(buildSelector(text, 2, 5));
    expect(first).toMatchObject({ exact: 'aaa', suffix: 'a', start: 1, end: 4 });
    expect(second).toMatchObject({ exact: 'aaa', suffix: 'b', start: 2, end: 5 });
    expectResolves(text, first, 1);
    expectResolves(text, second, 2);
  });

  it('tells overlapping occurrences of periodic text apart by the text before them', () => {
    // "aaaa": the occurrence at 0 has nothing before it, so a prefix "a" picks the one at 1.
    expect(selector(buildSelector('aaaa', 1, 4))).toMatchObject({ prefix: 'a', start: 1, end: 4 });
    expect(selector(buildSelector('aaaa', 0, 3))).toMatchObject({ suffix: 'a' });
    expect(selector(buildSelector('aaaaa', 1, 4))).toMatchObject({ prefix: 'a', suffix: 'a' });
  });

  it(`refuses a passage repeated with the same ${MAX_CONTEXT} characters around it`, () => {
    // Pseudo-random words, the same block on both sides of both occurrences.
    let seed = 7;
    const block = Array.from({ length: MAX_CONTEXT + 100 }, () => 'abcdefgh '[(seed = (seed * 48271) % 2147483647) % 9]).join('');
    const text = `1${block}QUOTE${block}2${block}QUOTE${block}3`;
    const at = text.indexOf('QUOTE');
    expect(problem(buildSelector(text, at, at + 5))).toMatch(new RegExp(`occurs 2 times with the same ${MAX_CONTEXT} characters`));
  });

  it('counts code points, not code units, after emoji and other astral characters', () => {
    const text = '😀𝒜 Ստեփանակերտ 🇦🇲 და თბილისი; Ստեփանակերտ again';
    const at = text.indexOf('თბილისი');
    const s = selector(buildSelector(text, at, at + 'თბილისი'.length));
    // Four surrogate pairs before it: 😀, 𝒜 and the two regional indicators of 🇦🇲.
    expect(at).toBe(25);
    expect(s).toMatchObject({ exact: 'თბილისი', start: 21, end: 28 });
    expect(s.prefix).toBeUndefined();
    expectResolves(text, s, at);
    // The Armenian name occurs twice, followed by " 🇦🇲" and " again": two code points tell them
    // apart (two before would too; the suffix wins the tie), the second a whole astral one.
    const first = text.indexOf('Ստեփանակերտ');
    const u = selector(buildSelector(text, first, first + 'Ստեփանակերտ'.length));
    expect(u).toMatchObject({ start: 3, end: 14, suffix: ' 🇦' });
    expect(u.prefix).toBeUndefined();
    expectResolves(text, u, first);
    const second = text.lastIndexOf('Ստեփանակերտ');
    const t = selector(buildSelector(text, second, second + 'Ստեփանակերտ'.length));
    expect(t).toMatchObject({ suffix: ' a' });
    expectResolves(text, t, second);
  });

  it('keeps astral characters whole in quote and context, and widens a selection that splits one', () => {
    const text = 'x🙂a🙂y 🙂a🙂z';
    // The selection starts inside the first emoji's pair and ends inside the second's.
    const s = selector(buildSelector(text, 2, 5));
    expect(s).toMatchObject({ exact: '🙂a🙂', start: 1, end: 4, suffix: 'y' });
    expectResolves(text, s, 1);
    // 🙂 and 🚀 share their first code unit and differ in the second: the prefix is all of 🚀.
    const sym = '🙂abc 🚀abc';
    const t = selector(buildSelector(sym, 8, 11));
    expect(t).toMatchObject({ exact: 'abc', prefix: '🚀', start: 6, end: 9 });
    expect(t.suffix).toBeUndefined();
    expectResolves(sym, t, 8);
  });

  it('trims whitespace at both ends and adjusts the offsets', () => {
    const text = 'The convoy reached\u00a0Goris. The convoy left.';
    const s = selector(buildSelector(text, 3, 19));
    expect(s).toMatchObject({ exact: 'convoy reached', start: 4, end: 18 });
    expectResolves(text, s, 4);
    expect(selector(buildSelector('  \n line one\t ', 0, 14)).exact).toBe('line one');
  });

  it.each([
    ['an empty selection', 'Some text', 3, 3, /Nothing is selected/],
    ['a whitespace-only selection', 'Some  \n text', 4, 8, /only spaces or line breaks/],
    ['two characters', 'Some text', 0, 2, /"So" is too short.*at least 3/],
    ['two characters after trimming', 'a   ab   c', 2, 8, /"ab" is too short/],
    ['two emoji (four code units)', 'x😀😀x', 1, 5, /too short/],
    ['reversed indexes', 'Some text', 5, 2, /ends before it starts/],
    ['an index past the end', 'Some text', 2, 10, /outside the source text, which is 9 characters long/],
    ['a negative index', 'Some text', -1, 4, /outside/],
    ['a fractional index', 'Some text', 0.5, 4, /outside/],
  ])('refuses %s', (_, text, from, to, message) => {
    expect(problem(buildSelector(text, from, to))).toMatch(message);
  });

  it('anchors a sentence repeated 50 times in a 100,000-character article, every occurrence', () => {
    const sentence = 'The ceasefire was violated near the line of contact, the ministry said.';
    const filler = (i: number) => `Report ${i}: ${'Nothing else happened that day in the region. '.repeat(42)}`;
    const text = Array.from({ length: 50 }, (_, i) => `${filler(i)}${sentence} `).join('');
    expect(text.length).toBeGreaterThan(100_000);
    const hits = findQuote(text, sentence);
    expect(hits).toHaveLength(50);
    for (const at of hits) expectResolves(text, selector(buildSelector(text, at, at + sentence.length)), at);
  });
});

describe('buildSelector on random texts (property)', () => {
  // Mostly two letters, so repeats and overlaps are common; an emoji for code units vs code points.
  const alphabet = fc.oneof({ arbitrary: fc.constantFrom('a', 'b'), weight: 4 }, { arbitrary: fc.constantFrom(' ', '😀'), weight: 1 });
  const input = fc
    .array(alphabet, { minLength: 1, maxLength: 16 })
    .map((cs) => cs.join(''))
    .chain((text) =>
      fc.tuple(fc.constant(text), fc.integer({ min: 0, max: text.length }), fc.integer({ min: 0, max: text.length })),
    )
    .filter(([, a, b]) => a < b);

  /** The oracle's own reading of the selection: whole code points, no whitespace at the ends. */
  function intended(text: string, from: number, to: number): { from: number; to: number } {
    if (/[\udc00-\udfff]/.test(text.charAt(from))) from--;
    if (/[\udc00-\udfff]/.test(text.charAt(to))) to++;
    while (from < to && text.charAt(from) === ' ') from++;
    while (to > from && text.charAt(to - 1) === ' ') to--;
    return { from, to };
  }

  it('resolves to exactly the selection with the shortest context, or has a reason not to', () => {
    fc.assert(
      fc.property(input, ([text, a, b]) => {
        const r = buildSelector(text, a, b);
        const { from, to } = intended(text, a, b);
        if (codePointLength(text.slice(from, to)) < 3) {
          expect(problem(r)).toMatch(/too short|Nothing|only spaces/);
          return;
        }
        const best = bestOf(workingContexts(text, from, to));
        if (best === undefined) {
          expect(problem(r)).toMatch(/select a longer passage/);
          return;
        }
        const s = selector(r);
        expect(s.exact).toBe(text.slice(from, to));
        expectResolves(text, s, from);
        // Minimal, and the documented pick among the minimal ones.
        expect({ p: codePointLength(s.prefix ?? ''), s: codePointLength(s.suffix ?? '') }).toEqual(best);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('selectorForQuote', () => {
  const text = 'Azerbaijan closed the road. Armenia protested. Azerbaijan closed the road again.';

  it('anchors the n-th occurrence (0-based)', () => {
    const first = selector(selectorForQuote(text, 'Azerbaijan closed the road'));
    const second = selector(selectorForQuote(text, 'Azerbaijan closed the road', 1));
    expect(first).toMatchObject({ start: 0, suffix: '.' });
    expect(second).toMatchObject({ start: text.lastIndexOf('Azerbaijan'), suffix: ' ' });
    expectResolves(text, first, 0);
    expectResolves(text, second, text.lastIndexOf('Azerbaijan'));
  });

  it('says what the data check says about a quote that is not in the text', () => {
    expect(problem(selectorForQuote('He said “no” twice.', 'said "no"'))).toMatch(
      /quote not found in the source text \(the text has it with different quote marks, dashes or spacing\)/,
    );
    expect(problem(selectorForQuote(text, 'Georgia'))).toMatch(/^quote not found in the source text: "Georgia"$/);
  });

  it('refuses an occurrence the text does not have, an empty quote and a short one', () => {
    expect(problem(selectorForQuote(text, 'Armenia protested', 1))).toMatch(/occurs only once.*occurrence number 2/);
    expect(problem(selectorForQuote(text, 'closed', 2))).toMatch(/occurs only 2 times/);
    expect(problem(selectorForQuote(text, '  '))).toMatch(/empty/);
    expect(problem(selectorForQuote(text, 'Az'))).toMatch(/too short/);
  });

  it('trims a hand-typed quote like a selection', () => {
    expect(selector(selectorForQuote(text, ' Armenia protested. '))).toMatchObject({ exact: 'Armenia protested.', start: 28 });
  });
});

describe('selectorNear', () => {
  it('keeps an edited quote at the occurrence it was selected at', () => {
    const text = 'Baku said yes. Then Baku said no. Later Baku said maybe.';
    const second = text.indexOf('Baku said', 10);
    const r = selectorNear(text, 'Baku said', second + 1);
    if ('problem' in r) throw new Error(r.problem);
    expect(r.at).toBe(second);
    expect(resolveCitation(text, '000_0000000000000000', { source: '000_0000000000000000', role: 'evidence', exact: r.selector.exact, prefix: r.selector.prefix, suffix: r.selector.suffix })).toMatchObject({ citation: { start: second } });
    expect(selectorNear(text, 'Tbilisi said', second)).toHaveProperty('problem');
  });
});
