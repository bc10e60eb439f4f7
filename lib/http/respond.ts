import { ApiError } from './errors';
import { ifNoneMatchHits, strongEtag } from './etag';
import { API_ENTITIES, type Entity } from './memo';
import { varyOf } from './origin';
import { rememberValidators } from './revalidate';

/** Layer data changes only on deploy: a minute fresh, then served stale while revalidating. */
export const CACHE_PUBLIC = 'public, max-age=60, stale-while-revalidate=600';
/** Errors and health checks must never be reused. */
export const CACHE_NONE = 'no-store';

/** A response whose URL names the data version it holds never changes. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Cache policy of a `?v=`-versioned resource: immutable when the URL names the current data version;
 * otherwise (an old page after the data changed, or no version) the usual short policy.
 */
export function versionedCache(requested: string | null, current: string): string {
  return requested === current ? CACHE_IMMUTABLE : CACHE_PUBLIC;
}

/** Methods every API route answers; the rest get 405. */
export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

/** Read-only public data: any origin may read it (and see the validators it needs for caching). */
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag',
} as const;

export interface RepresentationOptions {
  /** The negotiated media type. */
  contentType: string;
  /** Default: `CACHE_PUBLIC`. */
  cacheControl?: string;
  /**
   * Keep the serialised body and its ETag under this key (which must name everything the body
   * depends on: data version, origin, query): then `body` is built only on the first request, and
   * a later revalidation of the same request is answered before Next.js (`./revalidate`).
   */
  memo?: string;
}

/**
 * A 200 JSON response with a strong ETag and CORS headers, or a bodiless 304 when the client's
 * `If-None-Match` already holds this exact representation. The 304 carries the same ETag,
 * Cache-Control and Vary as the 200 (RFC 9110 §15.4.5), so a cache refreshes the right entry.
 */
export function representation(request: Request, body: unknown | (() => unknown), options: RepresentationOptions): Response {
  const build = () => (typeof body === 'function' ? (body as () => unknown)() : body);
  const entity: Entity =
    options.memo !== undefined
      ? API_ENTITIES.get(options.memo, options.contentType, build)
      : (() => {
          const json = JSON.stringify(build());
          return { json, etag: strongEtag(options.contentType, json) };
        })();
  const { json, etag } = entity;
  const headers = new Headers({
    ETag: etag,
    'Cache-Control': options.cacheControl ?? CACHE_PUBLIC,
    // What the body depends on besides the URL; the same on a 304 as on its 200.
    Vary: varyOf(),
    ...CORS_HEADERS,
  });
  if (options.memo !== undefined) rememberValidators(request, { etag, headers: Object.fromEntries(headers) });
  if (ifNoneMatchHits(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers });
  }
  headers.set('Content-Type', options.contentType);
  return new Response(json, { status: 200, headers });
}

/** The one rendering of an `ApiError`. CORS is added for GET so browser clients can read why. */
export function errorResponse(error: ApiError, options: { cors: boolean } = { cors: true }): Response {
  const headers = new Headers({ 'Content-Type': 'application/json', 'Cache-Control': CACHE_NONE });
  if (options.cors) for (const [k, v] of Object.entries(CORS_HEADERS)) headers.set(k, v);
  if (error.status === 405) headers.set('Allow', ALLOWED_METHODS);
  return new Response(JSON.stringify(error), { status: error.status, headers });
}
