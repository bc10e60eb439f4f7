import type { ResolvedCitation, SourceMeta } from '@/lib/data/types';

/**
 * Where the reader shows a passage highlighted. The reader page anchors highlights as
 * `id="q-{start}-{end}"`; keep this format in step with it.
 *
 * @example readerHref('http://x', '003_fd8218c4c3c52676', 'baku-meeting', 10, 42)
 * // 'http://x/sources/003_fd8218c4c3c52676?feature=baku-meeting#q-10-42'
 */
export function readerHref(origin: string, sourceId: string, featureId: string | null, start: number, end: number): string {
  const query = featureId === null ? '' : `?feature=${encodeURIComponent(featureId)}`;
  return `${origin}/sources/${encodeURIComponent(sourceId)}${query}#q-${start}-${end}`;
}

/** The publication facts a reader needs to weigh a citation. */
export function sourceSummary(id: string, meta: SourceMeta | undefined) {
  if (!meta) return { id };
  return {
    id,
    title: meta.title,
    titleBasis: meta.titleBasis,
    outlet: meta.outlet,
    author: meta.author,
    published: { date: meta.published.date, basis: meta.published.basis },
  };
}

/** A citation with its quote, offsets, source and a link to the passage in the reader. */
export function citationDocument(
  citation: ResolvedCitation,
  featureId: string,
  meta: SourceMeta | undefined,
  origin: string,
) {
  return {
    quote: citation.exact,
    ...(citation.prefix !== undefined ? { prefix: citation.prefix } : {}),
    ...(citation.suffix !== undefined ? { suffix: citation.suffix } : {}),
    start: citation.start,
    end: citation.end,
    source: sourceSummary(citation.source, meta),
    role: citation.role,
    ...(citation.attribution ? { attribution: citation.attribution } : {}),
    ...(citation.note !== undefined ? { note: citation.note } : {}),
    href: readerHref(origin, citation.source, featureId, citation.start, citation.end),
  };
}
