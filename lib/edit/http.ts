/**
 * The editor's routes, safe by default: editing is off (403 `EditingDisabled`) unless the
 * operator sets `ATLAS_EDITOR_SECRET`; a write needs a signed-in editor (401 `SignInRequired`), a
 * same-origin request (403 `CrossSiteRequest`: the `Origin` header must be this site's) and a JSON
 * body (415), which a cross-site form cannot send. A GET never changes data. Answers are
 * `{code, description}` like the rest of the API, never cached and without CORS.
 */
import { ApiError } from '@/lib/http/errors';
import { requestOrigin } from '@/lib/http/origin';
import { errorResponse } from '@/lib/http/respond';
import { cookieValue, editorSecret, SESSION_COOKIE, sessionEditor } from './session';

/** The largest body a write accepts: an article of about a million characters, as JSON. */
export const MAX_BODY_BYTES = 4 * 2 ** 20;
/** The largest body of a route anyone may call before signing in (sign-in, sign-out). */
export const MAX_SIGN_IN_BYTES = 8 * 2 ** 10;

export interface EditRequest {
  /** The signed-in editor's name (null only for routes that do not need one). */
  editor: string | null;
  secret: string;
  /** The parsed JSON body (writes). */
  body: unknown;
}

export const NO_STORE = { 'Cache-Control': 'no-store' } as const;

/** A JSON answer of the editor's routes. */
export function editJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...NO_STORE, ...headers } });
}

/** The editor signed in on this request, or null. */
export function editorOf(request: Request, secret: string): string | null {
  return sessionEditor(secret, cookieValue(request.headers.get('cookie'), SESSION_COOKIE));
}

/** Why a write comes from another site, or null: `Sec-Fetch-Site` when the browser sends it, and the `Origin`. */
export function crossSiteProblem(request: Request): string | null {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return `This request came from another site (Sec-Fetch-Site: ${site}); the editor only takes writes from its own pages.`;
  const origin = request.headers.get('origin');
  if (origin === null) return 'A write needs the Origin header of this site; the editor only takes writes from its own pages.';
  if (origin !== requestOrigin(request)) return `This request came from ${JSON.stringify(origin.slice(0, 80))}, not from this site; the editor only takes writes from its own pages.`;
  return null;
}

/**
 * The body as JSON, read at most `limit` bytes: the stream is counted as it arrives and cancelled
 * past the limit, so a chunked body without a Content-Length cannot fill the server's memory.
 */
async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new ApiError('UnsupportedMediaType', 415, 'Send the body as application/json.');
  const tooLarge = () => new ApiError('PayloadTooLarge', 413, `The body is larger than ${limit >= 2 ** 20 ? `${limit / 2 ** 20} MB` : `${limit / 2 ** 10} kB`}.`);
  if (Number(request.headers.get('content-length') ?? 0) > limit) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let r = await reader?.read(); r && !r.done; r = await reader!.read()) {
    size += r.value.byteLength;
    if (size > limit) {
      await reader!.cancel();
      throw tooLarge();
    }
    chunks.push(r.value);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiError('InvalidBody', 400, 'The body is not valid UTF-8.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError('InvalidBody', 400, 'The body is not valid JSON.');
  }
}

/**
 * Wraps an editor route. `write`: a POST that may change data (same-origin JSON only);
 * `signedIn`: needs an editor (every write but signing in does).
 */
export function editRoute(
  handler: (request: Request, edit: EditRequest) => Response | Promise<Response>,
  { write, signedIn = true }: { write: boolean; signedIn?: boolean },
): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      const secret = editorSecret();
      if (secret === null) {
        throw new ApiError('EditingDisabled', 403, 'Editing is off on this server. The operator turns it on by setting ATLAS_EDITOR_SECRET (at least 16 characters) before starting it.');
      }
      if (write) {
        const problem = crossSiteProblem(request);
        if (problem) throw new ApiError('CrossSiteRequest', 403, problem);
      }
      const editor = editorOf(request, secret);
      if (signedIn && editor === null) throw new ApiError('SignInRequired', 401, 'Sign in as an editor first (/edit).');
      const body = write ? await readJsonBody(request, signedIn ? MAX_BODY_BYTES : MAX_SIGN_IN_BYTES) : undefined;
      return await handler(request, { editor, secret, body });
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error, { cors: false });
      if (error instanceof Error && (error as { code?: unknown }).code === 'DataUnavailable') {
        return errorResponse(new ApiError('DataUnavailable', 503, error.message.split('\n')[0] ?? 'The data is unavailable.'), { cors: false });
      }
      console.error(`[edit] ${request.method} ${request.url} failed:`, error);
      return errorResponse(new ApiError('InternalError', 500, 'The server failed to answer this request.'), { cors: false });
    }
  };
}

/** 405 for the methods an editor route does not take. */
export function editMethodNotAllowed(allow: string) {
  return (request: Request) =>
    new Response(JSON.stringify({ code: 'MethodNotAllowed', description: `${request.method} is not allowed here (${allow}).` }), {
      status: 405,
      headers: { 'Content-Type': 'application/json', Allow: allow, ...NO_STORE },
    });
}
