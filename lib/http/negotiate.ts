/**
 * Server-driven content negotiation (RFC 9110 §12.5.1), just enough for a JSON API: media ranges
 * with q-values, most specific range wins, ties go to the server's preference order.
 */

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

/** The `type/subtype` part of a media type, lower-cased, without parameters. */
export function essence(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
}

function parseRange(part: string): MediaRange | null {
  const [head, ...params] = part.split(';');
  const [type, subtype] = essence(head ?? '').split('/');
  if (!type || !subtype) return null;
  let q = 1;
  for (const param of params) {
    const [key, value] = param.split('=').map((s) => s.trim());
    if (key?.toLowerCase() === 'q' && value !== undefined) {
      const n = Number(value);
      // A malformed q is treated as 1 rather than rejecting the whole request.
      q = Number.isFinite(n) ? Math.min(Math.max(n, 0), 1) : 1;
    }
  }
  return { type, subtype, q };
}

/** How specifically `range` matches `offered` (2 exact, 1 `type/*`, 0 `*\/*`), or -1. */
function specificity(range: MediaRange, offered: string): number {
  const [type, subtype] = essence(offered).split('/');
  if (range.type === '*' && range.subtype === '*') return 0;
  if (range.type !== type) return -1;
  if (range.subtype === '*') return 1;
  return range.subtype === subtype ? 2 : -1;
}

/**
 * Picks the media type to respond with, or `null` when nothing offered is acceptable.
 * A missing or empty Accept header accepts anything (the first offered type is used).
 *
 * @example negotiate('text/html,*\/*;q=0.8', ['application/json']) // 'application/json'
 * @example negotiate('image/png', ['application/json']) // null
 */
export function negotiate(accept: string | null, offered: readonly string[]): string | null {
  const ranges = (accept ?? '')
    .split(',')
    .map(parseRange)
    .filter((r): r is MediaRange => r !== null);
  if (ranges.length === 0) return offered[0] ?? null;

  let best: { type: string; q: number } | null = null;
  for (const type of offered) {
    let match: { s: number; q: number } | null = null;
    for (const range of ranges) {
      const s = specificity(range, type);
      if (s >= 0 && (match === null || s > match.s)) match = { s, q: range.q };
    }
    if (match && match.q > 0 && (best === null || match.q > best.q)) best = { type, q: match.q };
  }
  return best?.type ?? null;
}
