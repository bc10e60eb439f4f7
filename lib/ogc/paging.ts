import { invalidParameter, quoted } from '@/lib/http';
import { LIMIT_DEFAULT, LIMIT_MAX, MEDIA } from './constants';
import type { Link } from './links';

const INTEGER = /^\d+$/;

/**
 * `limit`: an integer ≥ 1, default 100; values above 1000 are capped rather than rejected, as
 * OGC API – Features asks, so a client asking for "everything" still gets pages.
 */
export function parseLimit(raw: string | null): number {
  if (raw === null) return LIMIT_DEFAULT;
  if (!INTEGER.test(raw.trim())) throw invalidParameter(`limit must be a whole number from 1 to ${LIMIT_MAX}; got ${quoted(raw)}.`);
  const n = Number(raw.trim());
  if (n < 1) throw invalidParameter(`limit must be at least 1; got ${quoted(raw)}.`);
  return Math.min(n, LIMIT_MAX);
}

/**
 * `offset`: how many matching features to skip, an integer from 0 to 2^53 − 1, default 0. Larger
 * values are rejected: past `Number.MAX_SAFE_INTEGER` the number no longer round-trips, and a
 * link built from it (`offset=1e+23`) would not be followable.
 */
export function parseOffset(raw: string | null): number {
  if (raw === null) return 0;
  const text = raw.trim();
  if (!INTEGER.test(text)) throw invalidParameter(`offset must be a whole number ≥ 0; got ${quoted(raw)}.`);
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw invalidParameter(`offset must be at most ${Number.MAX_SAFE_INTEGER}; got ${quoted(raw)}.`);
  return n;
}

/**
 * `next`/`prev` links for a page, keeping every other query parameter the client sent (filters,
 * bbox, f) so that following them walks the same result set. From an offset past the end, `prev`
 * leads to the last page that has features rather than to another empty one.
 */
export function pageLinks(self: URL, page: { offset: number; limit: number; matched: number }): Link[] {
  const at = (offset: number) => {
    const url = new URL(self);
    url.searchParams.set('offset', String(offset));
    url.searchParams.set('limit', String(page.limit));
    return url.href;
  };
  const links: Link[] = [];
  if (page.offset + page.limit < page.matched) {
    links.push({ href: at(page.offset + page.limit), rel: 'next', type: MEDIA.geojson, title: 'Next page' });
  }
  if (page.offset > 0) {
    const prev = Math.max(0, Math.min(page.offset, page.matched) - page.limit);
    links.push({ href: at(prev), rel: 'prev', type: MEDIA.geojson, title: 'Previous page' });
  }
  return links;
}
