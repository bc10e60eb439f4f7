/**
 * Time spans in epoch milliseconds, the form the map filters on (lib/map/map-features.ts lifts
 * each feature's `from`/`to` to flat numbers). An open end ("still in force in the sources") is
 * `Infinity` here; the map uses the finite `OPEN_END` because its expressions have no infinity.
 */

export interface Interval {
  from: number;
  to: number;
}

/** The last millisecond of a stored end: stored ends are the last second of their period (23:59:59Z). */
const END_OF_SECOND = 999;

/**
 * A feature's resolved interval (`date.interval`, ISO instants, `to: null` when open) in ms. The
 * interval already covers the whole period a year or month date stands for, so nothing here
 * guesses a day; the stored end's whole last second is included.
 */
export function intervalOf(iso: { from: string; to: string | null }): Interval {
  return { from: Date.parse(iso.from), to: iso.to === null ? Infinity : Date.parse(iso.to) + END_OF_SECOND };
}

/**
 * Whether two closed intervals share at least one instant. A feature is shown when its interval
 * overlaps the selected range, so one that merely touches the range's first or last month counts.
 *
 * @example overlaps({ from: 0, to: 10 }, { from: 10, to: 20 }) // true
 */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.from <= b.to && a.to >= b.from;
}
