/**
 * Unicode code point arithmetic. Citation offsets are W3C TextPositionSelectors, which count code
 * points; JavaScript strings index UTF-16 code units, and the two differ for characters outside
 * the Basic Multilingual Plane. Every offset that leaves `lib/data` goes through these helpers.
 */

/** Number of code points in `s` (a surrogate pair counts once). */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A low surrogate continues the pair started by the preceding high surrogate.
    if (c < 0xdc00 || c > 0xdfff || i === 0 || !isHigh(s.charCodeAt(i - 1))) n++;
  }
  return n;
}

/**
 * Slices `s` by code point offsets, the inverse of the offsets the loader computes.
 * @example codePointSlice('a😀b', 1, 2) // '😀' (JS `slice(1, 2)` would cut the pair in half)
 */
export function codePointSlice(s: string, start: number, end?: number): string {
  return Array.from(s).slice(start, end).join('');
}

/** Code-unit index of the code point at `cp` (clamped to the string's end). */
export function codeUnitIndex(s: string, cp: number): number {
  let seen = 0;
  let i = 0;
  while (i < s.length && seen < cp) {
    i += isHigh(s.charCodeAt(i)) && i + 1 < s.length ? 2 : 1;
    seen++;
  }
  return i;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Code-unit positions of each surrogate pair's second half, per text: one pass, then kept. */
const pairEnds = new Map<string, number[]>();
const PAIR_CACHE_LIMIT = 64;

function lowSurrogatesOf(text: string): number[] {
  let found = pairEnds.get(text);
  if (found) return found;
  found = [];
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && isHigh(text.charCodeAt(i - 1))) found.push(i);
  }
  if (pairEnds.size >= PAIR_CACHE_LIMIT) pairEnds.clear();
  pairEnds.set(text, found);
  return found;
}

/**
 * The code-point offset of a code-unit index of `text`: the same as
 * `codePointLength(text.slice(0, index))`, but after one pass over the text every further offset
 * costs a binary search, so a source cited 100,000 times is scanned once, not 100,000 times.
 */
export function codePointOffset(text: string, index: number): number {
  const lows = lowSurrogatesOf(text);
  let lo = 0;
  let hi = lows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lows[mid]! < index) lo = mid + 1;
    else hi = mid;
  }
  return index - lo;
}

/** The code-unit index `n` code points after `from` (clamped to the end). */
export function advanceCodePoints(s: string, from: number, n: number): number {
  let i = from;
  for (let k = 0; k < n && i < s.length; k++) i += isHigh(s.charCodeAt(i)) && i + 1 < s.length ? 2 : 1;
  return i;
}

/** The last `n` code points before code-unit index `at`, reading only that far back. */
export function codePointsBefore(s: string, at: number, n: number): string {
  let i = at;
  // A surrogate pair read backwards: its low half, then its high half, count once.
  for (let k = 0; k < n && i > 0; k++) i -= i >= 2 && isLow(s.charCodeAt(i - 1)) && isHigh(s.charCodeAt(i - 2)) ? 2 : 1;
  return s.slice(i, at);
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
