/**
 * Resolves authored dates into the intervals they cover. The partial-date rules themselves (form
 * is precision, period bounds) live in `lib/time/partial.ts`.
 */
import type { z } from 'zod';
import type { DateSpec } from './schema';
import type { ResolvedDate } from './types';
import { periodEnd, periodStart, precisionOf } from '@/lib/time/partial';

export type DateResult = { date: ResolvedDate } | { problem: string };

/**
 * Resolves an authored date: precision from the form, and the interval it covers for filtering.
 * Omitted `end` is an instant (the interval ends with the start period); `null` is open-ended.
 */
export function resolveDate(spec: z.infer<typeof DateSpec>): DateResult {
  const precision = precisionOf(spec.start);
  const from = periodStart(spec.start);
  const to = spec.end === null ? null : periodEnd(spec.end ?? spec.start);
  if (to !== null && to < from) {
    return { problem: `date ends (${spec.end}) before it starts (${spec.start})` };
  }
  const endPrecision = typeof spec.end === 'string' ? precisionOf(spec.end) : undefined;
  return {
    date: {
      start: spec.start,
      ...(spec.end === undefined ? {} : { end: spec.end }),
      precision,
      ...(endPrecision !== undefined && endPrecision !== precision ? { endPrecision } : {}),
      basis: spec.basis,
      ...(spec.phrase === undefined ? {} : { phrase: spec.phrase }),
      ...(spec.resolution === undefined ? {} : { resolution: spec.resolution }),
      interval: { from, to },
    },
  };
}
