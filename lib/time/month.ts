/**
 * Calendar months, the unit of the time control and of the URL (`from=1994-01&to=2019-12`).
 * A month is the finest step the control offers because most dates in the atlas are known only to
 * the month or the year: finer steps would pretend to a precision the sources do not have.
 */

/** A calendar month, `YYYY-MM`. */
export type YearMonth = `${number}-${number}`;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^(\d{4})$/;

/**
 * Reads `YYYY-MM`, or a bare `YYYY` as its first (`edge: 'start'`) or last (`'end'`) month.
 * Anything else is `null`: callers ignore what they cannot read rather than guess.
 *
 * @example parseYearMonth('1994') // '1994-01'
 * @example parseYearMonth('2019', 'end') // '2019-12'
 * @example parseYearMonth('2019-13') // null
 */
export function parseYearMonth(text: string, edge: 'start' | 'end' = 'start'): YearMonth | null {
  if (MONTH.test(text)) return text as YearMonth;
  const year = YEAR.exec(text);
  if (year) return `${year[1]}-${edge === 'start' ? '01' : '12'}` as YearMonth;
  return null;
}

/** Months since year 0, so months can be compared, counted and stepped as integers. */
export function monthIndex(month: YearMonth): number {
  const [y, m] = month.split('-');
  return Number(y) * 12 + Number(m) - 1;
}

/** The month at an index from `monthIndex`. */
export function monthAt(index: number): YearMonth {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}` as YearMonth;
}

/** The year of a month, as a number. */
export function yearOf(month: YearMonth): number {
  return Number(month.slice(0, 4));
}

/** The month an ISO instant falls in (UTC), e.g. `2021-09-30T23:59:59Z` -> `2021-09`. */
export function monthOfInstant(iso: string): YearMonth {
  return iso.slice(0, 7) as YearMonth;
}

/**
 * Epoch ms of a UTC calendar day. `Date.UTC` reads years 0–99 as 1900–1999; this does not, and a
 * month past December rolls into the next year.
 */
export function utcDayMs(year: number, month0: number, day = 1): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month0, day);
  return d.getTime();
}

/** First millisecond of the month, UTC. */
export function monthStartMs(month: YearMonth): number {
  const [y, m] = month.split('-');
  return utcDayMs(Number(y), Number(m) - 1);
}

/** Last millisecond of the month, UTC: the month is closed, so all of its last day is inside. */
export function monthEndMs(month: YearMonth): number {
  const [y, m] = month.split('-');
  return utcDayMs(Number(y), Number(m)) - 1;
}
