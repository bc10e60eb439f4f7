/**
 * Builds the citation selector for a passage an editor selected in a source text. The code, never
 * the editor, writes the selector: the quote is the selection, trimmed, and a prefix/suffix is
 * added only when the quote occurs more than once, as short as `findQuote` (the matcher
 * `check:data` uses) needs to pick out the selected occurrence and no other.
 */
import { findQuote, resolveCitation } from '@/lib/data/citations';
import { codePointLength, codePointOffset } from '@/lib/data/codepoints';

/** The data schema's minimum quote length (`exact.length >= 3`), here counted in code points. */
export const MIN_QUOTE_LENGTH = 3;
/**
 * The most context taken on either side, in code points: a passage repeated with the same 2,000
 * characters around it is refused rather than cited with a context nobody could review.
 */
export const MAX_CONTEXT = 2000;

export interface BuiltSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
  /** code points */
  start: number;
  end: number;
}

export type SelectorResult = { selector: BuiltSelector } | { problem: string };

/**
 * The selector of the passage `text.slice(from, to)`. Whitespace at either end is dropped; an
 * index inside a surrogate pair is moved outward, so a selection that catches half an emoji
 * cites the whole emoji. Context is added only if the quote occurs elsewhere: the fewest code
 * points of prefix + suffix in total; on a tie, a suffix alone, then a prefix alone, then the pair
 * with the shorter prefix.
 * @param from UTF-16 code-unit index (as a DOM Range or a string index gives it), `from < to`.
 * @example buildSelector('Baku. Then Baku again.', 11, 15) // { selector: { exact: 'Baku', suffix: ' ', start: 11, end: 15 } }
 */
export function buildSelector(text: string, from: number, to: number): SelectorResult {
  const range = selectionRange(text, from, to);
  return 'problem' in range ? range : selectorAt(text, range.from, range.to);
}

/**
 * The selector of the `occurrence`-th (0-based, counting overlapping ones like `findQuote`)
 * occurrence of `exact` in `text`, for a quote an editor typed or edited by hand. The same rules
 * as `buildSelector` apply to the occurrence found.
 */
export function selectorForQuote(text: string, exact: string, occurrence = 0): SelectorResult {
  // findQuote never ends on an empty quote: every index matches it.
  if (exact.trim() === '') return { problem: 'The quote is empty: type or select the words to cite.' };
  const hits = findQuote(text, exact);
  if (hits.length === 0) {
    // The data check's own wording, with its hint about quote marks, dashes and spacing.
    const r = resolveCitation(text, 'the source text', { source: '', role: 'evidence', exact });
    return { problem: 'problem' in r ? r.problem : 'quote not found in the source text' };
  }
  const at = hits[occurrence];
  if (!Number.isInteger(occurrence) || at === undefined) {
    const times = hits.length === 1 ? 'once' : `${hits.length} times`;
    return { problem: `The quote occurs only ${times} in the source text; there is no occurrence number ${occurrence + 1}.` };
  }
  return buildSelector(text, at, at + exact.length);
}

/**
 * The selector of the occurrence of `exact` nearest the code-unit index `at` (where the editor
 * first selected it), for a quote edited by hand: editing must not move a citation to another
 * occurrence. `at` in the result is the occurrence's code-unit index.
 */
export function selectorNear(text: string, exact: string, at: number): { selector: BuiltSelector; at: number } | { problem: string } {
  const hits = exact.trim() === '' ? [] : findQuote(text, exact);
  const nearest = hits.reduce((best, h, i) => (Math.abs(h - at) < Math.abs(hits[best]! - at) ? i : best), 0);
  const r = selectorForQuote(text, exact, nearest);
  return 'problem' in r ? r : { selector: r.selector, at: hits[nearest]! };
}

/** Checks the indexes, widens them to whole code points and trims whitespace. */
function selectionRange(text: string, from: number, to: number): { from: number; to: number } | { problem: string } {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > text.length || to < 0 || from > text.length) {
    return { problem: `The selection (${from}–${to}) lies outside the source text, which is ${text.length} characters long.` };
  }
  if (from > to) return { problem: 'The selection ends before it starts: select the passage again.' };
  if (from === to) return { problem: 'Nothing is selected: select the passage to cite.' };
  if (from > 0 && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))) from--;
  if (to < text.length && isLow(text.charCodeAt(to)) && isHigh(text.charCodeAt(to - 1))) to++;
  while (from < to && /\s/.test(text.charAt(from))) from++;
  while (to > from && /\s/.test(text.charAt(to - 1))) to--;
  if (from === to) return { problem: 'The selection is only spaces or line breaks: select the words to cite.' };
  const exact = text.slice(from, to);
  if (codePointLength(exact) < MIN_QUOTE_LENGTH) {
    return { problem: `"${exact}" is too short to cite: select at least ${MIN_QUOTE_LENGTH} characters.` };
  }
  return { from, to };
}

function selectorAt(text: string, from: number, to: number): SelectorResult {
  const exact = text.slice(from, to);
  const start = codePointOffset(text, from);
  const position = { start, end: start + codePointLength(exact) };
  const others = findQuote(text, exact).filter((i) => i !== from);
  if (others.length === 0) return { selector: { exact, ...position } };
  const context = shortestContext(text, from, to, others);
  // The matcher of the data check has the last word, so no selector it would reject leaves here.
  if (context && sameHits(findQuote(text, exact, context.prefix, context.suffix), [from])) {
    return {
      selector: {
        exact,
        ...(context.prefix === '' ? {} : { prefix: context.prefix }),
        ...(context.suffix === '' ? {} : { suffix: context.suffix }),
        ...position,
      },
    };
  }
  const times = `${others.length + 1} times`;
  return context === null
    ? { problem: `This passage occurs ${times} with the same ${MAX_CONTEXT} characters around it: select a longer passage.` }
    : { problem: `This passage occurs ${times} and no surrounding text tells this one from the others: select a longer passage.` };
}

/**
 * The shortest prefix/suffix that leaves only the occurrence at `from`; `undefined` when none
 * exists, `null` when none exists within MAX_CONTEXT code points but more text lies beyond.
 *
 * Each other occurrence (a rival) shares some code points of context with the selection before
 * it (`prefix`) and after it (`suffix`); a context excludes it when it is longer on either side.
 * With the rivals sorted by shared suffix, each suffix length that excludes one more of them is
 * tried once with the shortest prefix that excludes the rest: one pass, not a search over pairs.
 */
function shortestContext(text: string, from: number, to: number, others: readonly number[]) {
  const before = codePointSteps(text, from, -1);
  const after = codePointSteps(text, to, 1);
  const maxP = before.length - 1;
  const maxS = after.length - 1;
  const rivals = others
    .map((at) => ({
      at,
      prefix: sharedCodePoints(text, at, from, -1, before),
      suffix: sharedCodePoints(text, at + (to - from), to, 1, after),
    }))
    .sort((a, b) => a.suffix - b.suffix);
  // From the back: the longest shared prefix among rivals[i..]. A prefix longer than the text
  // before a rival excludes it too (findQuote needs the whole prefix before an occurrence).
  const worstPrefix: number[] = new Array<number>(rivals.length + 1).fill(-1);
  for (let i = rivals.length - 1; i >= 0; i--) worstPrefix[i] = Math.max(worstPrefix[i + 1]!, rivals[i]!.prefix);
  let best: { p: number; s: number } | undefined;
  // Suffix lengths worth trying: none, and one past each rival's shared suffix.
  for (let i = 0; i <= rivals.length; i++) {
    const s = i === 0 ? 0 : rivals[i - 1]!.suffix + 1;
    if (s > maxS) break;
    const p = worstPrefix[i]! + 1;
    if (p > maxP) continue;
    if (!best || better({ p, s }, best)) best = { p, s };
  }
  if (!best) return from - before[maxP]! > 0 || to + after[maxS]! < text.length ? null : undefined;
  return { prefix: text.slice(from - before[best.p]!, from), suffix: text.slice(to, to + after[best.s]!) };
}

/** Fewer code points in total; then a suffix alone, a prefix alone, the shorter prefix. */
function better(a: { p: number; s: number }, b: { p: number; s: number }): boolean {
  if (a.p + a.s !== b.p + b.s) return a.p + a.s < b.p + b.s;
  const rank = (c: { p: number; s: number }) => (c.p === 0 ? 0 : c.s === 0 ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) < rank(b);
  return a.p < b.p;
}

/**
 * `steps[n]`: how many code units the n code points before (`dir` -1) or after (`dir` 1) `at`
 * take, for n up to MAX_CONTEXT or the end of the text.
 */
function codePointSteps(text: string, at: number, dir: -1 | 1): number[] {
  const steps = [0];
  let units = 0;
  while (steps.length <= MAX_CONTEXT) {
    const i = dir === 1 ? at + units : at - units;
    if (dir === 1 ? i >= text.length : i <= 0) break;
    const pair = dir === 1 ? isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) : i >= 2 && isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2));
    units += pair ? 2 : 1;
    steps.push(units);
  }
  return steps;
}

/**
 * How many whole code points of the selection's context (`steps` from `own`) the text at `at`
 * repeats, reading backward (`dir` -1) or forward (`dir` 1).
 */
function sharedCodePoints(text: string, at: number, own: number, dir: -1 | 1, steps: readonly number[]): number {
  const limit = steps[steps.length - 1]!;
  let units = 0;
  if (dir === 1) {
    while (units < limit && at + units < text.length && text.charCodeAt(at + units) === text.charCodeAt(own + units)) units++;
  } else {
    while (units < limit && at - units > 0 && text.charCodeAt(at - units - 1) === text.charCodeAt(own - units - 1)) units++;
  }
  let n = 0;
  while (n + 1 < steps.length && steps[n + 1]! <= units) n++;
  return n;
}

function sameHits(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
