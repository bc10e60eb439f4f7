import type { ResolvedDate } from '@/lib/data/types';
import { MONTH_NAMES, type Precision } from '@/lib/time';

/**
 * Formats a partial ISO date at exactly its precision — never showing a day the source does not give.
 * @example formatPartialDate('2021-09') // 'Sep 2021'
 */
export function formatPartialDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const month = MONTH_NAMES.short[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/**
 * A date or interval as a reader sees it.
 * @example formatDateRange({start:'2021-09-03', end:'2021-09-17', …}) // '3 Sep 2021 – 17 Sep 2021'
 * @example formatDateRange({start:'2020-11', end:null, …}) // 'from Nov 2020 (still in force in the sources)'
 */
export function formatDateRange(date: Pick<ResolvedDate, 'start' | 'end'>): string {
  const start = formatPartialDate(date.start);
  if (date.end === undefined || date.end === date.start) return start;
  if (date.end === null) return `from ${start} (ongoing in the sources)`;
  return `${start} – ${formatPartialDate(date.end)}`;
}

/**
 * How the date is known, in words: stated by the text, or inferred from which phrase and how.
 * @example dateBasis(d) // 'inferred from “September 2nd”: year from the article date (about Oct 2021)'
 */
export function dateBasis(date: Pick<ResolvedDate, 'basis' | 'phrase' | 'resolution'>): string {
  if (date.basis === 'explicit') return 'stated in the source';
  const phrase = date.phrase ? ` from “${date.phrase}”` : '';
  const how = date.resolution ? `: ${date.resolution}` : '';
  return `inferred${phrase}${how}`;
}

/** Precision in words, for labels: "known to the day", "known to the month", "known to the year". */
export function precisionLabel(p: Precision): string {
  return `known to the ${p}`;
}
