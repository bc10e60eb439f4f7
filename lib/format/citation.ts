/**
 * A passage of a source as a reference a reader can paste: who, what, where, when (and how the
 * date is known), the words, and the stable link to them in the reader.
 */
import { formatPartialDate } from './date';

export interface CitedSource {
  title: string;
  titleBasis: 'printed' | 'editorial' | string;
  outlet: string | null;
  author: string | null;
  published: { date: string; basis: 'explicit' | 'inferred' | string };
}

/**
 * @example formatCitation({ title: 'T', titleBasis: 'printed', outlet: 'Caspian News', author: null,
 *   published: { date: '2021-10', basis: 'inferred' } }, 'a quote', 'http://x/sources/s#q-1-2')
 * // 'Caspian News (author not named), “T”, about Oct 2021 (date inferred from the text). Passage: “a quote”. http://x/sources/s#q-1-2'
 */
export function formatCitation(source: CitedSource, quote: string, url: string): string {
  const who = source.author ? `${source.author}${source.outlet ? `, ${source.outlet}` : ''}` : `${source.outlet ?? 'Outlet not named'} (author not named)`;
  const title = source.titleBasis === 'editorial' ? `[${source.title}] (no printed title)` : `“${source.title}”`;
  const inferred = source.published.basis === 'inferred';
  const date = `${inferred ? 'about ' : ''}${formatPartialDate(source.published.date)}${inferred ? ' (date inferred from the text)' : ''}`;
  return `${who}, ${title}, ${date}. Passage: “${quote}”. ${url}`;
}
