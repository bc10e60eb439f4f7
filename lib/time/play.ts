import { overlaps, type Interval } from './interval';
import { yearOf, type YearMonth } from './month';
import { clampRange, rangeInterval, sameRange, type TimeRange } from './range';

/** How long each step of play stays on screen. About a second reads as a sequence, not a blur. */
export const PLAY_STEP_MS = 1100;

/** Calendar year `year` as a range, clipped to the extent (the first and last years may be partial). */
export function yearWindow(year: number, extent: TimeRange): TimeRange {
  const y = String(year).padStart(4, '0');
  return clampRange({ from: `${y}-01` as YearMonth, to: `${y}-12` as YearMonth }, extent);
}

/**
 * The first window when play is pressed: the year the selected range starts in, or the extent's
 * first year when the whole extent is selected or the range already starts in the last year (play
 * then starts over).
 */
export function playStart(range: TimeRange, extent: TimeRange): TimeRange {
  const restart = sameRange(range, extent) || yearOf(range.from) >= yearOf(extent.to);
  return yearWindow(restart ? yearOf(extent.from) : yearOf(range.from), extent);
}

/**
 * Which of the intervals a range shows, as a string that changes exactly when that set changes.
 * @example overlapKey([{ from: 0, to: 5 }, { from: 8, to: 9 }], { from: 0, to: 6 }) // '10'
 */
export function overlapKey(intervals: readonly Interval[], range: TimeRange): string {
  const r = rangeInterval(range);
  return intervals.map((i) => (overlaps(i, r) ? '1' : '0')).join('');
}

/**
 * The window after `window`: the next calendar year, or with `intervals`, the next year that shows
 * a different set of them, so decades in which nothing starts or ends pass in one step (the
 * atlas's data reaches back to 1923, but little happens between 1923 and 1991). The last year is
 * always reached. `null` once the window is in the last year: play stops there.
 */
export function playNext(window: TimeRange, extent: TimeRange, intervals?: readonly Interval[]): TimeRange | null {
  const lastYear = yearOf(extent.to);
  let year = yearOf(window.from) + 1;
  if (year > lastYear) return null;
  if (intervals) {
    const current = overlapKey(intervals, window);
    while (year < lastYear && overlapKey(intervals, yearWindow(year, extent)) === current) year++;
  }
  return yearWindow(year, extent);
}
