import type { YearMonth } from './month';
import type { TimeRange } from './range';

const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Month names for pickers, January first. */
export const MONTH_NAMES = { short: SHORT, long: LONG } as const;

/**
 * A month in words; `long` for screen readers (slider `aria-valuetext`).
 * @example formatMonth('2021-09') // 'Sep 2021'
 * @example formatMonth('2021-09', 'long') // 'September 2021'
 */
export function formatMonth(month: YearMonth, style: 'short' | 'long' = 'short'): string {
  const [y, m] = month.split('-');
  return `${(style === 'short' ? SHORT : LONG)[Number(m) - 1]} ${y}`;
}

/**
 * A range as the time control shows it; whole years read as years.
 * @example formatRange({ from: '1994-01', to: '2019-12' }) // '1994 – 2019'
 * @example formatRange({ from: '2021-01', to: '2021-12' }) // '2021'
 * @example formatRange({ from: '2020-11', to: '2021-03' }) // 'Nov 2020 – Mar 2021'
 */
export function formatRange(range: TimeRange): string {
  const wholeYears = range.from.endsWith('-01') && range.to.endsWith('-12');
  if (wholeYears) {
    const [a, b] = [range.from.slice(0, 4), range.to.slice(0, 4)];
    return a === b ? a : `${a} – ${b}`;
  }
  return range.from === range.to ? formatMonth(range.from) : `${formatMonth(range.from)} – ${formatMonth(range.to)}`;
}
