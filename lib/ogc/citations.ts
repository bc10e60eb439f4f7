import type { ResolvedCitation, SourceMeta } from '@/lib/data/types';
import { readerPath } from '@/lib/url/links';

/**
 * Where the reader shows a passage highlighted, as an absolute link.
 * @example readerHref('http://x', '003_fd8218c4c3c52676', 'baku-meeting', 10, 42)
 * // 'http://x/sources/003_fd8218c4c3c52676?feature=baku-meeting#q-10-42'
 */
export function readerHref(origin: string, sourceId: string, featureId: string | null, start: number, end: number): string {
  return `${origin}${readerPath(sourceId, { feature: featureId, passage: { start, end } })}`;
}

/** The publication facts a reader needs to weigh a citation. */
export function sourceSummary(meta: SourceMeta) {
  return {
    id: meta.id,
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
  meta: SourceMeta,
  origin: string,
) {
  return {
    quote: citation.exact,
    ...(citation.prefix !== undefined ? { prefix: citation.prefix } : {}),
    ...(citation.suffix !== undefined ? { suffix: citation.suffix } : {}),
    start: citation.start,
    end: citation.end,
    source: sourceSummary(meta),
    role: citation.role,
    ...(citation.attribution ? { attribution: citation.attribution } : {}),
    ...(citation.note !== undefined ? { note: citation.note } : {}),
    href: readerHref(origin, citation.source, featureId, citation.start, citation.end),
  };
}

/** A citation as the item endpoint serves it: quote, offsets, source facts and the reader link. */
export type ItemCitation = ReturnType<typeof citationDocument>;
