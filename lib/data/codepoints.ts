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
