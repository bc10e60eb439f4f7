import { overlaps, type Interval } from './interval';
import { yearOf } from './month';
import { yearWindow } from './play';
import { rangeInterval, type TimeRange } from './range';

/**
 * How many of the intervals overlap each calendar year of the extent, first year first: the
 * density strip under the time slider, so a reader sees where in a century of data things happen.
 */
export function yearCounts(intervals: readonly Interval[], extent: TimeRange): { year: number; count: number }[] {
  const out: { year: number; count: number }[] = [];
  for (let year = yearOf(extent.from); year <= yearOf(extent.to); year++) {
    const r = rangeInterval(yearWindow(year, extent));
    out.push({ year, count: intervals.filter((i) => overlaps(i, r)).length });
  }
  return out;
}
