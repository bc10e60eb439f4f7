import { monthAt, monthIndex, monthOfInstant } from './month';
import type { TimeRange } from './range';

/**
 * The months the time control spans: from the month of the earliest start to the month of the
 * latest date in the data (a start or a bounded end; open ends do not stretch it to today).
 * Computed, never hard-coded, so every feature in the data is reachable.
 *
 * @example timeExtent([{ from: '1994-01-01T00:00:00Z', to: '2020-11-30T23:59:59Z' }, { from: '2021-09-01T00:00:00Z', to: null }])
 * // { from: '1994-01', to: '2021-09' }
 */
export function timeExtent(intervals: readonly { from: string; to: string | null }[]): TimeRange {
  if (intervals.length === 0) throw new Error('timeExtent: no dated features');
  let first = Infinity;
  let last = -Infinity;
  for (const { from, to } of intervals) {
    const start = monthIndex(monthOfInstant(from));
    const end = to === null ? start : monthIndex(monthOfInstant(to));
    first = Math.min(first, start);
    last = Math.max(last, start, end);
  }
  return { from: monthAt(first), to: monthAt(last) };
}
