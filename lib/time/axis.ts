/**
 * The time slider's axis, focused on the years that hold the data. A century of data whose events
 * crowd into its last decade would otherwise give 70 % of the track to one early feature. So the
 * axis steps a month at a time through the dense recent period, a year at a time before it, and
 * folds each run of years in which nothing in the data begins or ends into one step (an axis
 * break, drawn and labelled as such): the map is the same for every month of such a run.
 */
import { monthAt, monthIndex, yearOf, type YearMonth } from './month';
import type { Interval } from './interval';
import { clampMonth, rangeInterval, type TimeRange } from './range';

/** What the page is sent: where month steps begin and which years fold into breaks. */
export interface TimeAxisSpec {
  /** The first month of the dense period, stepped month by month to the extent's end. */
  monthsFrom: YearMonth;
  /** Runs of years before it that fold into one step each, [first, last] year. */
  breaks: [number, number][];
}

/** One position of the slider: the months it stands for. */
export interface AxisStep {
  from: YearMonth;
  to: YearMonth;
  unit: 'month' | 'year' | 'break';
}

/** The share of the data's changes that may lie before the month-by-month period. */
const EARLY_SHARE = 0.1;
/** The month-by-month period spans at least this many years (or the whole extent, if shorter). */
const MIN_MONTH_YEARS = 5;
/** A run of at least this many years with no change folds into one step. */
const MIN_BREAK_YEARS = 3;

/**
 * The axis for an extent and the months in which something in the data begins or ends: months
 * from the year before which only EARLY_SHARE of the changes lie, years before that, and breaks
 * for the quiet runs among those years.
 *
 * @example timeAxisSpec({ from: '1923-07', to: '2023-09' }, ['1923-07', '1991-01', …, '2023-09'])
 * // { monthsFrom: '2016-01', breaks: [[1924, 1990], [1995, 2009], [2011, 2015]] }
 */
export function timeAxisSpec(extent: TimeRange, changes: readonly YearMonth[]): TimeAxisSpec {
  const first = yearOf(extent.from);
  const last = yearOf(extent.to);
  const sorted = changes.map((m) => monthIndex(clampMonth(m, extent))).sort((a, b) => a - b);
  const early = sorted[Math.floor(sorted.length * EARLY_SHARE)];
  let focus = early === undefined ? first : yearOf(monthAt(early));
  focus = Math.max(first, Math.min(focus, last - MIN_MONTH_YEARS + 1));
  // A year or two before the dense period is not worth a change of step.
  if (focus - first < MIN_BREAK_YEARS) focus = first;
  const changed = new Set(sorted.map((i) => yearOf(monthAt(i))));
  const breaks: [number, number][] = [];
  let run: number | null = null;
  for (let y = first; y <= focus; y++) {
    const quiet = y < focus && !changed.has(y);
    if (quiet && run === null) run = y;
    if (!quiet && run !== null) {
      if (y - run >= MIN_BREAK_YEARS) breaks.push([run, y - 1]);
      run = null;
    }
  }
  return { monthsFrom: `${String(focus).padStart(4, '0')}-01` as YearMonth, breaks };
}

/** The months of each interval's start and bounded end: where the map can change. */
export function changeMonths(intervals: readonly { from: string; to: string | null }[]): YearMonth[] {
  const out: YearMonth[] = [];
  for (const i of intervals) {
    out.push(i.from.slice(0, 7) as YearMonth);
    if (i.to !== null) out.push(i.to.slice(0, 7) as YearMonth);
  }
  return out;
}

const ym = (year: number, month: number) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}` as YearMonth;

/** Every step of the slider, first to last, each clamped to the extent. */
export function axisSteps(extent: TimeRange, spec: TimeAxisSpec): AxisStep[] {
  const steps: AxisStep[] = [];
  const clamp = (s: AxisStep): AxisStep => ({ ...s, from: clampMonth(s.from, extent), to: clampMonth(s.to, extent) });
  const focus = Math.max(monthIndex(extent.from), monthIndex(spec.monthsFrom));
  for (let y = yearOf(extent.from); y < yearOf(monthAt(focus)); y++) {
    const br = spec.breaks.find(([a, b]) => y >= a && y <= b);
    if (br) {
      steps.push(clamp({ from: ym(br[0], 1), to: ym(br[1], 12), unit: 'break' }));
      y = br[1];
    } else steps.push(clamp({ from: ym(y, 1), to: ym(y, 12), unit: 'year' }));
  }
  for (let i = focus; i <= monthIndex(extent.to); i++) steps.push({ from: monthAt(i), to: monthAt(i), unit: 'month' });
  return steps;
}

/** The step a month falls in (the first or last step for months outside the axis). */
export function stepOf(steps: readonly AxisStep[], month: YearMonth): number {
  const i = monthIndex(month);
  let lo = 0;
  let hi = steps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (monthIndex(steps[mid]!.to) < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many intervals overlap each step, in one sweep over sorted starts and ends: the density
 * strip under the slider, cheap for any number of features.
 */
export function stepCounts(steps: readonly AxisStep[], intervals: readonly Interval[]): number[] {
  const starts = intervals.map((i) => i.from).sort((a, b) => a - b);
  const ends = intervals.map((i) => i.to).sort((a, b) => a - b);
  // Count of values ≤ x (or < x) in a sorted array.
  const upTo = (a: number[], x: number, strict: boolean) => {
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? a[mid]! < x : a[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return steps.map((s) => {
    const r = rangeInterval(s);
    // Overlapping: started by the step's end, and not ended before its start.
    return upTo(starts, r.to, false) - upTo(ends, r.from, true);
  });
}
