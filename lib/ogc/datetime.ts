import { invalidParameter, quoted } from '@/lib/http';
import type { Interval } from '@/lib/time';

/** The `datetime` parameter as read: a closed range in epoch milliseconds; `null` is an open end (`..`). */
export interface DatetimeQuery {
  from: number | null;
  to: number | null;
}

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const OPEN = new Set(['..', '']);

/**
 * Midnight UTC of y-m-d in epoch ms. Not `Date.UTC`, which reads years 0–99 as 1900–1999, so
 * `0033-04-03` would silently become 1933.
 */
function utcDay(y: number, m: number, d: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime();
}

/** Whether y-m-d is a real calendar day (2021-02-30 is not). */
function isRealDay(y: number, m: number, d: number): boolean {
  const t = new Date(utcDay(y, m, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * One RFC 3339 value as a range: a full-date covers its whole UTC day; a date-time is an instant.
 * Returns null when the text is not RFC 3339.
 */
function parseInstant(text: string): { from: number; to: number } | null {
  const date = DATE.exec(text);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (!isRealDay(y, m, d)) return null;
    const from = utcDay(y, m, d);
    return { from, to: from + DAY_MS - 1 };
  }
  const dt = DATE_TIME.exec(text);
  if (!dt) return null;
  const [y, m, d, h, min, s] = dt.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const zone = dt[8]!;
  if (!isRealDay(y, m, d) || h > 23 || min > 59 || s > 59) return null;
  if (zone.length === 6 && (Number(zone.slice(1, 3)) > 23 || Number(zone.slice(4, 6)) > 59)) return null;
  const t = Date.parse(text.toUpperCase());
  return Number.isNaN(t) ? null : { from: t, to: t };
}

/**
 * Parses the OGC `datetime` parameter: an instant (`2021-09-12`, `2021-09-12T10:00:00Z`) or an
 * interval (`a/b`, `../b`, `a/..`; an empty end means open too). Throws a 400 `ApiError`.
 *
 * @example parseDatetime('2020-09-27/..') // { from: Date.UTC(2020, 8, 27), to: null }
 */
export function parseDatetime(raw: string): DatetimeQuery {
  const fail = (why: string) =>
    invalidParameter(`datetime ${why}. Use an RFC 3339 date or date-time (2021-09-12, 2021-09-12T00:00:00Z) or an interval a/b, ../b, a/..`);
  const ends = raw.split('/');
  if (ends.length > 2) throw fail(`${quoted(raw)} has more than one "/"`);
  if (ends.length === 1) {
    const instant = parseInstant(raw);
    if (!instant) throw fail(`${quoted(raw)} is not a valid date or date-time`);
    return instant;
  }
  const [a, b] = ends as [string, string];
  if (OPEN.has(a) && OPEN.has(b)) throw fail('needs at least one bounded end');
  const start = OPEN.has(a) ? null : parseInstant(a);
  const end = OPEN.has(b) ? null : parseInstant(b);
  if (!OPEN.has(a) && !start) throw fail(`start ${quoted(a)} is not a valid date or date-time`);
  if (!OPEN.has(b) && !end) throw fail(`end ${quoted(b)} is not a valid date or date-time`);
  if (start && end && start.from > end.to) throw fail(`start ${quoted(a)} is after end ${quoted(b)}`);
  return { from: start?.from ?? null, to: end?.to ?? null };
}

/**
 * The query as an interval in epoch ms (open ends unbounded), for `overlaps` in `lib/time`, the one
 * overlap rule the API, the map, the list and the time control share.
 */
export function queryInterval(q: DatetimeQuery): Interval {
  return { from: q.from ?? -Infinity, to: q.to ?? Infinity };
}
