/**
 * Resolves authored dates into the intervals they cover. The partial-date rules themselves (form
 * is precision, period bounds) live in `lib/time/partial.ts`.
 */
import type { z } from 'zod';
import type { DateSpec } from './schema';
import type { DateBasis, DateKnowledge, ResolvedDate } from './types';
import { periodEnd, periodStart, precisionOf } from '@/lib/time/partial';

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
