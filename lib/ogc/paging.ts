import { invalidParameter } from '@/lib/http';
import { LIMIT_DEFAULT, LIMIT_MAX, MEDIA } from './constants';
import type { Link } from './links';

const INTEGER = /^\d+$/;

/**
 * `limit`: an integer ≥ 1, default 100; values above 1000 are capped rather than rejected, as
 * OGC API – Features asks, so a client asking for "everything" still gets pages.
 */
export function parseLimit(raw: string | null): number {
  if (raw === null) return LIMIT_DEFAULT;
  if (!INTEGER.test(raw.trim())) throw invalidParameter(`limit must be a whole number from 1 to ${LIMIT_MAX}; got "${raw}".`);
  const n = Number(raw.trim());
  if (n < 1) throw invalidParameter(`limit must be at least 1; got ${raw}.`);
  return Math.min(n, LIMIT_MAX);
}

/** `offset`: how many matching features to skip, an integer ≥ 0, default 0. */
export function parseOffset(raw: string | null): number {
  if (raw === null) return 0;
  if (!INTEGER.test(raw.trim())) throw invalidParameter(`offset must be a whole number ≥ 0; got "${raw}".`);
  return Number(raw.trim());
}

/**
 * `next`/`prev` links for a page, keeping every other query parameter the client sent (filters,
 * bbox, f) so that following them walks the same result set.
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
    links.push({ href: at(Math.max(0, page.offset - page.limit)), rel: 'prev', type: MEDIA.geojson, title: 'Previous page' });
  }
  return links;
}
