/**
 * Server-driven content negotiation (RFC 9110 §12.5.1) with the `negotiator` package: media ranges
 * with q-values, the most specific range wins, ties go to the server's preference order.
 */
import Negotiator from 'negotiator';

/**
 * Picks the media type to respond with, or `null` when nothing offered is acceptable.
 * A missing or empty Accept header accepts anything (the first offered type is used).
 *
 * @example negotiate('text/html,*\/*;q=0.8', ['application/json']) // 'application/json'
 * @example negotiate('image/png', ['application/json']) // null
 */
export function negotiate(accept: string | null, offered: readonly string[]): string | null {
  const header = accept?.trim() ? accept : undefined;
  return new Negotiator({ headers: { accept: header } }).mediaType([...offered]) ?? null;
}
