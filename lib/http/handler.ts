import { ApiError } from './errors';
import { ALLOWED_METHODS, errorResponse } from './respond';

const DATA_UNAVAILABLE = new ApiError(
  'DataUnavailable',
  503,
  'The atlas data failed its checks when the server loaded it, so there is nothing valid to serve; the problems are in the server log.',
);

/** The data module's `DataError` (checked by its code, so lib/http does not depend on lib/data). */
function isDataUnavailable(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 'DataUnavailable';
}

/**
 * Wraps a GET handler so that an `ApiError` becomes its response and anything unexpected becomes
 * a 500 `InternalError` (logged, never leaking a stack trace to the client); invalid data is a 503
 * `DataUnavailable`. The wrapped handler keeps the original's arguments: `(request)` or
 * `(request, { params })`.
 *
 * @example export const GET = apiGet(async (request: Request, { params }: Ctx) => { ... });
 */
export function apiGet<A extends unknown[]>(
  handler: (request: Request, ...rest: A) => Response | Promise<Response>,
): (request: Request, ...rest: A) => Promise<Response> {
  return async (request, ...rest) => {
    try {
      return await handler(request, ...rest);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error);
      // Invalid data was logged, with every issue, when it was loaded: not again per request.
      if (isDataUnavailable(error)) return errorResponse(DATA_UNAVAILABLE);
      console.error(`[api] ${request.method} ${request.url} failed:`, error);
      return errorResponse(new ApiError('InternalError', 500, 'The server failed to answer this request.'));
    }
  };
}

/** CORS preflight: read-only API, so only GET/HEAD and the negotiation/caching headers. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      Allow: ALLOWED_METHODS,
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': 'Accept, If-None-Match, If-Modified-Since',
      'Access-Control-Max-Age': '86400',
    },
  });
}

/** 405 for every write method: the data is read-only. No CORS header, by design. */
export function methodNotAllowed(request: Request): Response {
  return errorResponse(
    new ApiError('MethodNotAllowed', 405, `${request.method} is not allowed here; this API is read-only (${ALLOWED_METHODS}).`),
    { cors: false },
  );
}
