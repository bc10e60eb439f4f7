/**
 * Revalidations answered before Next.js. Each memoised API response (`representation` with a
 * `memo` key) leaves its validators here, under what an HTTP cache would key it by: the host, the
 * path and query, and the request headers its `Vary` names. A later `If-None-Match` for the same
 * request is then answered 304 by the server's revalidation stage (`server/revalidate.mjs`)
 * without entering Next.js, parsing the request or building anything.
 *
 * The index is only as valid as the memo keys it follows (they name everything a body depends
 * on), so it is emptied whenever the data is loaded again (`reloadAtlas`). It lives on
 * `globalThis`, shared by every route bundle and the plain server that calls `answerRevalidation`.
 */
import { ifNoneMatchHits } from './etag';
import { varyOf } from './origin';

/** The 200's ETag and the headers a 304 repeats of it (RFC 9110 §15.4.5): ETag, Cache-Control, Vary, CORS. */
export type Validators = { etag: string; headers: Readonly<Record<string, string>> };

/**
 * The request headers a key is made of: `Host` and what the API's `Vary` names (`varyOf`), except
 * `Accept-Encoding`, which changes the bytes on the wire but not the entity its ETag names.
 * Forwarded headers count only when trusted: otherwise the server removes them and Next.js puts
 * in its own defaults, which the route then sees and the stage does not.
 */
function keyed(): string[] {
  const vary = varyOf()
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t && t !== 'accept-encoding');
  return ['host', ...vary];
}

/** At most this many requests are remembered; the oldest go first. */
export const MAX_REVALIDATIONS = 20_000;

type Header = (name: string) => string | null | undefined;

const INDEX = Symbol.for('caucasus-atlas.revalidations');
const ANSWER = Symbol.for('caucasus-atlas.answer-revalidation');
const shared = globalThis as typeof globalThis & { [INDEX]?: Map<string, Validators>; [ANSWER]?: typeof answerRevalidation };

function index(): Map<string, Validators> {
  shared[ANSWER] ??= answerRevalidation;
  return (shared[INDEX] ??= new Map());
}

/** The key of a request: its target (`/api/…?…`) and the keyed headers, exactly as sent. */
export function revalidationKey(target: string, header: Header): string {
  return [target, ...keyed().map((name) => header(name) ?? '')].join('\n');
}

/** Remembers the validators of the 200 just built for `request`. */
export function rememberValidators(request: Request, validators: Validators): void {
  const url = new URL(request.url);
  const key = revalidationKey(url.pathname + url.search, (name) => request.headers.get(name));
  const entries = index();
  entries.delete(key);
  entries.set(key, validators);
  if (entries.size > MAX_REVALIDATIONS) entries.delete(entries.keys().next().value!);
}

/**
 * The 304 for a conditional GET or HEAD whose `If-None-Match` holds the remembered ETag of the same
 * request, or null (the request goes on to Next.js, which answers it in full).
 */
export function answerRevalidation(method: string, target: string, header: Header): { status: 304; headers: Readonly<Record<string, string>> } | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  const ifNoneMatch = header('if-none-match');
  if (!ifNoneMatch) return null;
  const hit = shared[INDEX]?.get(revalidationKey(target, header));
  if (!hit || !ifNoneMatchHits(ifNoneMatch, hit.etag)) return null;
  return { status: 304, headers: hit.headers };
}

/** Forgets every remembered validator: the data they were built from is gone. */
export function forgetValidators(): void {
  shared[INDEX]?.clear();
}

/** How many requests are remembered (for tests and the benchmark). */
export function rememberedValidators(): number {
  return shared[INDEX]?.size ?? 0;
}
