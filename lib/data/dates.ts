/**
 * Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) and the intervals they cover. The string form is
 * the precision, so "2021-09" means "some time in September 2021": filters must treat it as the
 * whole month, never as 1 September.
 */
import type { z } from 'zod';
import type { DateSpec } from './schema';
import type { DateBasis, DateKnowledge, Precision, ResolvedDate } from './types';

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

export type DateResult = { date: ResolvedDate } | { problem: string };

/** The basis and words of one date, without the fields that are absent. */
export function knowledgeOf(b: { basis: DateBasis; phrase?: string; resolution?: string; outside?: string }): DateKnowledge {
  return {
    basis: b.basis,
    ...(b.phrase === undefined ? {} : { phrase: b.phrase }),
    ...(b.resolution === undefined ? {} : { resolution: b.resolution }),
    ...(b.outside === undefined ? {} : { outside: b.outside }),
  };
}

/**
 * Resolves an authored date: precision from the form, how start and end are known, and the
 * interval it covers for filtering. Omitted `end` is an instant (the interval ends with the start
 * period); `null` is open-ended. `lastReported` is filled in later, from the citing sources.
 */
export function resolveDate(spec: z.input<typeof DateSpec>): DateResult {
  const precision = precisionOf(spec.start);
  const from = periodStart(spec.start);
  const to = spec.end === null ? null : periodEnd(spec.end ?? spec.start);
  if (to !== null && to < from) {
    return { problem: `date ends (${spec.end}) before it starts (${spec.start})` };
  }
  const endPrecision = typeof spec.end === 'string' ? precisionOf(spec.end) : undefined;
  const endKnowledge =
    spec.endBasis === undefined
      ? undefined
      : knowledgeOf({ basis: spec.endBasis, phrase: spec.endPhrase, resolution: spec.endResolution, outside: spec.endOutside });
  return {
    date: {
      start: spec.start,
      ...(spec.end === undefined ? {} : { end: spec.end }),
      precision,
      ...(endPrecision !== undefined && endPrecision !== precision ? { endPrecision } : {}),
      ...knowledgeOf(spec),
      extent: spec.extent ?? 'dated',
      ...(endKnowledge === undefined ? {} : { endKnowledge }),
      interval: { from, to },
    },
  };
}
