import { roundTo } from '@/lib/geo/round';
import { sameRange } from '@/lib/time';
import { URL_KEYS, VIEW_DECIMALS, type MapView, type UrlContext, type UrlState } from './state';

/** Rounds without trailing zeros: 40.1 rather than 40.1000. */
const round = (n: number, decimals: number) => String(roundTo(n, decimals));

/** `<lat>,<lng>,<zoom>`, rounded (see VIEW_DECIMALS). */
export function formatView(view: MapView): string {
  return [round(view.lat, VIEW_DECIMALS.lngLat), round(view.lng, VIEW_DECIMALS.lngLat), round(view.zoom, VIEW_DECIMALS.zoom)].join(',');
}

/**
 * The query for a state, defaults left out: `feature`, `at`, `layers` (the ones on, only when not
 * all are), `hide`, `from`/`to` (only when narrower than the data). Parameters of `keep` that this
 * module does not own follow unchanged, so other features' parameters survive.
 *
 * @example serialiseUrlState({ ...defaults, feature: 'ex-three-brothers-2021' }, ctx).toString()
 * // 'feature=ex-three-brothers-2021'
 */
export function serialiseUrlState(state: UrlState, ctx: UrlContext, keep?: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  if (state.feature !== null) out.set('feature', state.feature);
  if (state.view) out.set('at', formatView(state.view));
  const on = ctx.layers.filter((l) => state.on[l]);
  if (on.length !== ctx.layers.length) out.set('layers', on.join(','));
  if (state.hidden.length > 0) out.set('hide', [...state.hidden].sort().join(','));
  if (!sameRange(state.range, ctx.extent)) {
    out.set('from', state.range.from);
    out.set('to', state.range.to);
  }
  for (const [key, value] of keep ?? []) {
    if (!(URL_KEYS as readonly string[]).includes(key)) out.append(key, value);
  }
  return out;
}

/**
 * `?query` or nothing, for building an href. Commas stay literal (they are allowed in a query and
 * `at=40.1,46.5,7` reads better than `at=40.1%2C46.5%2C7` in a shared link).
 */
export function searchOf(params: URLSearchParams): string {
  const s = params.toString().replace(/%2C/gi, ',');
  return s ? `?${s}` : '';
}
