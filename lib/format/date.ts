import type { DateBasis, DateKnowledge, ResolvedDate } from '@/lib/data/types';
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
 * A date or interval as a reader sees it. A start the sources do not date is "attested"; a
 * window that only bounds when something happened is "sometime between"; an end nobody reports is
 * "no end reported", with when the sources last report the feature.
 * @example formatDateRange({start:'2021-09-03', end:'2021-09-17'}) // '3 Sep 2021 – 17 Sep 2021'
 * @example formatDateRange({start:'2020-11', end:null, lastReported:{date:'2023-09-15', estimated:true}}) // 'from Nov 2020 (no end reported; last reported about Sep 2023)'
 * @example formatDateRange({start:'2020', end:'2021', extent:'within'}) // 'sometime between 2020 and 2021'
 */
export function formatDateRange(
  date: Pick<ResolvedDate, 'start' | 'end'> & Partial<Pick<ResolvedDate, 'extent' | 'lastReported'>>,
): string {
  const attested = date.extent === 'first-attested';
  const start = formatPartialDate(date.start);
  if (date.end === undefined || date.end === date.start) return attested ? `attested ${start}` : start;
  if (date.end === null) {
    const last = date.lastReported ? `; last reported ${lastReportedWords(date.lastReported)}` : '';
    return `${attested ? 'attested from' : 'from'} ${start} (no end reported${last})`;
  }
  const end = formatPartialDate(date.end);
  if (date.extent === 'within') return `sometime between ${start} and ${end}`;
  return `${attested ? `attested ${start}` : start} – ${end}`;
}

/** An estimated publication date is shown to the month only, with "about": it is an estimate. */
function lastReportedWords({ date, estimated }: { date: string; estimated: boolean }): string {
  return estimated ? `about ${formatPartialDate(date.slice(0, 7))}` : formatPartialDate(date);
}

/** The three bases, as a short tag for lists and exports: how a reader should weigh the date. */
export const DATE_BASIS_TAGS: Record<DateBasis, string> = {
  stated: 'stated in the text',
  resolved: 'resolved from the text',
  'outside-knowledge': 'outside knowledge',
};

/** One basis in words: the text's phrase, how it was resolved, or the outside fact named. */
function knowledgeWords(k: DateKnowledge): string {
  const phrase = k.phrase ? `“${k.phrase}”` : '';
  switch (k.basis) {
    case 'stated':
      return `stated in the text${phrase ? `: ${phrase}` : ''}`;
    case 'resolved':
      return `resolved from the text${phrase ? ` (${phrase})` : ''}${k.resolution ? `: ${k.resolution}` : ''}`;
    case 'outside-knowledge':
      return `outside knowledge${phrase ? ` (the text: ${phrase})` : ''}${k.outside ? `: ${k.outside}` : ''}`;
  }
}

/**
 * How the date is known, in words, with each of the three bases worded differently and the end
 * described on its own when it is known differently from the start.
 * @example dateBasis({ basis: 'resolved', phrase: 'September 2nd', resolution: 'year from the article date' })
 * // 'resolved from the text (“September 2nd”): year from the article date'
 */
export function dateBasis(date: DateKnowledge & Partial<Pick<ResolvedDate, 'endKnowledge' | 'extent'>>): string {
  const start = knowledgeWords(date);
  const extent = date.extent ? EXTENT_WORDS[date.extent] : '';
  const end = date.endKnowledge ? `; end: ${knowledgeWords(date.endKnowledge)}` : '';
  return `${start}${end}${extent}`;
}

const EXTENT_WORDS: Record<ResolvedDate['extent'], string> = {
  dated: '',
  'first-attested': '; the sources do not date its start, only when it is first attested',
  within: '; the dates only bound when it happened',
};

/** Precision in words, for labels: "known to the day", "known to the month", "known to the year". */
export function precisionLabel(p: Precision): string {
  return `known to the ${p}`;
}

/**
 * How a source's publication date is known, in words; the stored note may already open with its basis.
 * @example publicationBasis('inferred', 'latest dated event is 27 Sep 2021') // 'date inferred: latest dated event is 27 Sep 2021'
 */
export function publicationBasis(basis: 'explicit' | 'inferred', note: string): string {
  return /^(inferred|explicit)\b/i.test(note) ? note : `${basis === 'inferred' ? 'date inferred' : 'stated'}: ${note}`;
}
