import { requestOrigin } from '@/lib/http/origin';
import { MEDIA } from './constants';

/** An OGC/RFC 8288 link object. */
export interface Link {
  href: string;
  rel: string;
  type?: string;
  title?: string;
}

/**
 * The origin links are built from: the configured public origin, the trusted proxy's forwarded
 * headers, or the request's own host (see `lib/http/origin.ts` for the settings).
 */
export function originOf(request: Request): string {
  return requestOrigin(request);
}

/** The absolute URL of an API path, e.g. `apiUrl(origin, '/collections')`. */
export function apiUrl(origin: string, path: string): string {
  return `${origin}/api${path === '/' ? '' : path}`;
}

/** A JSON link; most links point at JSON documents. */
export function jsonLink(href: string, rel: string, title?: string): Link {
  return { href, rel, type: MEDIA.json, ...(title ? { title } : {}) };
}
