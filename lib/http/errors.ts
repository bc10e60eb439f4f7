/**
 * The one error type of the API. Every route renders it the same way, as OGC API – Features
 * expects of an exception: `{"code", "description"}` with `application/json`.
 */

/**
 * Codes are stable strings a client can branch on; descriptions are for people. The request guard
 * in front of the routes (server/guard.mjs) answers in the same form, with `InvalidPath`,
 * `InvalidHost`, `InvalidHeader` and `MethodNotAllowed`.
 */
export type ApiErrorCode =
  | 'InvalidParameterValue'
  | 'UnknownParameter'
  | 'NotFound'
  | 'NotAcceptable'
  | 'MethodNotAllowed'
  | 'DataUnavailable'
  | 'InternalError'
  // The editor's write routes (lib/edit/http.ts):
  | 'EditingDisabled'
  | 'SignInRequired'
  | 'WrongSecret'
  | 'CrossSiteRequest'
  | 'UnsupportedMediaType'
  | 'PayloadTooLarge'
  | 'InvalidBody'
  | 'InvalidDraft'
  | 'DuplicateText'
  | 'VersionConflict'
  | 'SelfReview'
  | 'StorageFailed';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly status: number,
    readonly description: string,
    /** Machine-readable details beside code and description (the editor's problems by field, a conflict's changes). */
    readonly details?: Record<string, unknown>,
  ) {
    super(description);
    this.name = 'ApiError';
  }

  /** The body every error response carries. */
  toJSON(): { code: ApiErrorCode; description: string } {
    return { ...this.details, code: this.code, description: this.description };
  }
}

/** Longest part of a client's value an error description repeats (a 15 KB value is not echoed back). */
export const ECHO_MAX = 80;

/**
 * A client-supplied value as an error description shows it: JSON-quoted (so quotes and control
 * characters stay visible) and cut to `ECHO_MAX` code points with an ellipsis.
 *
 * @example quoted('bad') // '"bad"'
 * @example quoted('9'.repeat(15000)) // '"999…9…"' (80 nines, then an ellipsis)
 */
export function quoted(value: string): string {
  // Enough UTF-16 units for ECHO_MAX + 1 code points, so a huge value is never copied whole.
  const points = Array.from(value.slice(0, 2 * ECHO_MAX + 2));
  return JSON.stringify(points.length > ECHO_MAX ? `${points.slice(0, ECHO_MAX).join('')}…` : value);
}

/** 400 for a query parameter whose value cannot be used; the description says why. */
export function invalidParameter(description: string): ApiError {
  return new ApiError('InvalidParameterValue', 400, description);
}

/** 400 for a parameter the endpoint does not know (a typo must not be silently ignored). */
export function unknownParameter(name: string, allowed: readonly string[]): ApiError {
  const list = allowed.length > 0 ? allowed.join(', ') : 'none besides f';
  return new ApiError('UnknownParameter', 400, `Unknown query parameter ${quoted(name)}. Allowed: ${list}.`);
}

/** 404 for an unknown collection, feature or source. */
export function notFound(description: string): ApiError {
  return new ApiError('NotFound', 404, description);
}

/** 406 when none of the media types we serve is acceptable to the client. */
export function notAcceptable(offered: readonly string[]): ApiError {
  return new ApiError('NotAcceptable', 406, `None of the requested media types can be served. Available: ${offered.join(', ')}.`);
}
