/**
 * Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), the form every stored date takes. The form is
 * the precision, so "2021-09" means "some time in September 2021": filters treat it as the whole
 * month, never as 1 September, and labels never show a day the source does not give.
 */

export type Precision = 'day' | 'month' | 'year';

/** Precision of a partial date, read from its form. */
export function precisionOf(date: string): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** First instant of the period, e.g. `2021-09` -> `2021-09-01T00:00:00Z`. */
export function periodStart(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}T00:00:00Z`;
}

/** Last second of the period, e.g. `2021-09` -> `2021-09-30T23:59:59Z`, `2020` -> `2020-12-31T23:59:59Z`. */
export function periodEnd(date: string): string {
  const [y = '', m, d] = date.split('-');
  if (d !== undefined) return `${date}T23:59:59Z`;
  const month = m ?? '12';
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(Number(y), Number(month), 0)).getUTCDate();
  return `${y}-${month}-${String(lastDay).padStart(2, '0')}T23:59:59Z`;
}
