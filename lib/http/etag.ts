import { createHash } from 'node:crypto';

/**
 * A strong entity tag derived from the exact bytes sent (and their media type), so equal tags
 * always mean byte-identical representations.
 */
export function strongEtag(contentType: string, body: string): string {
  const hash = createHash('sha256').update(contentType).update('\n').update(body).digest('base64url');
  return `"${hash.slice(0, 32)}"`;
}

/**
 * Whether an `If-None-Match` header matches `etag`. RFC 9110 §13.1.2 asks for the weak comparison
 * here, so a `W/` prefix (added by some proxies when they compress) still matches.
 */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (header === null) return false;
  const wanted = header.trim();
  if (wanted === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return wanted.split(',').some((tag) => opaque(tag) === opaque(etag));
}
