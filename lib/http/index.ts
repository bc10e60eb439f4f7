/** HTTP plumbing shared by the API routes: the error type, negotiation, ETags, responses. */
export { ApiError, ECHO_MAX, invalidParameter, notAcceptable, notFound, quoted, unknownParameter } from './errors';
export type { ApiErrorCode } from './errors';
export { negotiate } from './negotiate';
export { ifNoneMatchHits, strongEtag } from './etag';
export { ALLOWED_METHODS, CACHE_NONE, CACHE_PUBLIC, errorResponse, representation } from './respond';
export type { RepresentationOptions } from './respond';
export { apiGet, methodNotAllowed, preflight } from './handler';
