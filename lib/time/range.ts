import { monthEndMs, monthIndex, monthStartMs, type YearMonth } from './month';
import type { Interval } from './interval';

/** A range of whole months, both ends included: what the time control selects. */
export interface TimeRange {
  from: YearMonth;
  to: YearMonth;
}

let last: { from: YearMonth; to: YearMonth; interval: Readonly<Interval> } | null = null;

/**
 * The instants a range covers: from the first ms of its first month to the last ms of its last.
 * The view model asks this for every feature with the same range (100,000 times at 100,000
 * events), so the last answer is kept rather than the months parsed again each time.
 */
export function rangeInterval(range: TimeRange): Readonly<Interval> {
  if (last?.from !== range.from || last.to !== range.to) {
    last = { from: range.from, to: range.to, interval: Object.freeze({ from: monthStartMs(range.from), to: monthEndMs(range.to) }) };
  }
  return last.interval;
}

export function sameRange(a: TimeRange, b: TimeRange): boolean {
  return a.from === b.from && a.to === b.to;
}

/** Keeps a month within the extent. */
export function clampMonth(month: YearMonth, extent: TimeRange): YearMonth {
  const i = monthIndex(month);
  if (i < monthIndex(extent.from)) return extent.from;
  if (i > monthIndex(extent.to)) return extent.to;
  return month;
}

/**
 * A range inside the extent, start not after end: both ends clamped, and ends in the wrong order
 * swapped (someone who typed `from=2021&to=1994` wants 1994–2021, not nothing).
 */
export function clampRange(range: TimeRange, extent: TimeRange): TimeRange {
  const a = clampMonth(range.from, extent);
  const b = clampMonth(range.to, extent);
  return monthIndex(a) <= monthIndex(b) ? { from: a, to: b } : { from: b, to: a };
}

/**
 * Moves one end of the range; if it passes the other end, that end moves with it, so the range
 * never turns inside out while a handle is dragged or a month picked.
 *
 * @example withEnd({ from: '2000-01', to: '2005-12' }, 'from', '2008-03', extent) // { from: '2008-03', to: '2008-03' }
 */
export function withEnd(range: TimeRange, end: 'from' | 'to', month: YearMonth, extent: TimeRange): TimeRange {
  const m = clampMonth(month, extent);
  const i = monthIndex(m);
  if (end === 'from') return { from: m, to: i > monthIndex(range.to) ? m : range.to };
  return { from: i < monthIndex(range.from) ? m : range.from, to: m };
}
