import type { LayerId } from '@/lib/data/types';
import { clampRange, parseYearMonth } from '@/lib/time';
import { defaultUrlState, type MapView, type UrlContext, type UrlState } from './state';

/** Query parameters as `URLSearchParams` or as Next's `searchParams` object. */
export type QuerySource = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * One parameter's first value, or null. Only the object's own properties count, and only string
 * values: Next builds `searchParams` from the URL, so `?__proto__=1` can replace the object's
 * prototype and `query.at` would then read `Array.prototype.at`.
 */
function read(query: QuerySource, key: string): string | null {
  if (query instanceof URLSearchParams) return query.get(key);
  if (!Object.prototype.hasOwnProperty.call(query, key)) return null;
  const v = query[key];
  const first = Array.isArray(v) ? (v as unknown[])[0] : v;
  return typeof first === 'string' ? first : null;
}

/** A plain decimal: no exponents, hex, blanks or `Infinity` (Number() would accept all of them). */
const DECIMAL = /^-?\d{1,3}(\.\d+)?$/;

/** `at=<lat>,<lng>,<zoom>`; anything malformed or off the globe is ignored. */
export function parseView(text: string | null): MapView | null {
  if (text === null) return null;
  const parts = text.split(',');
  if (parts.length !== 3 || !parts.every((p) => DECIMAL.test(p))) return null;
  const [lat, lng, zoom] = parts.map(Number) as [number, number, number];
  if (Math.abs(lat) > 85 || Math.abs(lng) > 180 || zoom < 0 || zoom > 24) return null;
  return { lng, lat, zoom };
}

/** Comma-separated ids, keeping only known ones, each once, in the known order. */
function knownIds<T extends string>(text: string, known: readonly T[]): { ids: T[]; unknown: number } {
  const given = new Set(text.split(',').filter(Boolean));
  const ids = known.filter((k) => given.has(k));
  return { ids, unknown: given.size - ids.length };
}

/**
 * `layers=<ids on>`. Absent: all on. Empty: all off. Only unknown names: ignored (all on), as a
 * typo should not blank the map.
 */
function parseLayers(text: string | null, ctx: UrlContext): Record<LayerId, boolean> | null {
  if (text === null) return null;
  const { ids, unknown } = knownIds(text, ctx.layers);
  if (ids.length === 0 && unknown > 0) return null;
  const on = new Set(ids);
  return Object.fromEntries(ctx.layers.map((l) => [l, on.has(l)])) as Record<LayerId, boolean>;
}

/**
 * Reads the shareable state from the query. Never throws: whatever cannot be read (unknown layer
 * or feature, malformed numbers or months) falls back to its default, the rest still applies.
 *
 * @example parseUrlState(new URLSearchParams('at=40.1,47.5,7&from=1994&to=2019'), ctx)
 * // { view: { lat: 40.1, lng: 47.5, zoom: 7 }, range: { from: '1994-01', to: '2019-12' }, … }
 */
export function parseUrlState(query: QuerySource, ctx: UrlContext): UrlState {
  const state = defaultUrlState(ctx);
  const feature = read(query, 'feature');
  if (feature !== null && ctx.features.has(feature)) state.feature = feature;
  state.view = parseView(read(query, 'at'));
  state.on = parseLayers(read(query, 'layers'), ctx) ?? state.on;
  const hide = read(query, 'hide');
  if (hide !== null) state.hidden = [...knownIds(hide, [...ctx.alliances].sort()).ids];
  const from = parseYearMonth(read(query, 'from') ?? '', 'start');
  const to = parseYearMonth(read(query, 'to') ?? '', 'end');
  state.range = clampRange({ from: from ?? ctx.extent.from, to: to ?? ctx.extent.to }, ctx.extent);
  return state;
}
