import type { ResolvedCitation } from '@/lib/data/types';
import { readerHref } from '@/lib/ogc/citations';

/** A citation as exports carry it: the verbatim quote, where it sits, and which article it is from. */
export interface ExportCitation {
  quote: string;
  prefix?: string;
  suffix?: string;
  /** Offsets in Unicode code points from the start of the source text. */
  start: number;
  end: number;
  source: { id: string; title: string | null };
  /** evidence: supports the feature, its place or dates; context: only mentions it. */
  role: ResolvedCitation['role'];
  attribution?: ResolvedCitation['attribution'];
  note?: string;
  /** The passage in the atlas's source reader, when the export knows the atlas's address. */
  href?: string;
}

export interface ExportContext {
  /** Source titles by id (the catalog's `sources`). */
  sourceTitles: Readonly<Record<string, string>>;
  /** The atlas's origin, for links to each passage in the reader; omitted, exports carry none. */
  origin?: string;
}

/** One citation for export: the quote under its W3C name `exact` becomes `quote`, the source gets its title. */
export function exportCitation(c: ResolvedCitation, featureId: string, ctx: ExportContext): ExportCitation {
  return {
    quote: c.exact,
    ...(c.prefix !== undefined ? { prefix: c.prefix } : {}),
    ...(c.suffix !== undefined ? { suffix: c.suffix } : {}),
    start: c.start,
    end: c.end,
    source: { id: c.source, title: ctx.sourceTitles[c.source] ?? null },
    role: c.role,
    ...(c.attribution ? { attribution: c.attribution } : {}),
    ...(c.note !== undefined ? { note: c.note } : {}),
    ...(ctx.origin ? { href: readerHref(ctx.origin, c.source, featureId, c.start, c.end) } : {}),
  };
}

/**
 * A citation in one line of text, for a spreadsheet cell.
 * @example citationText(c) // '[evidence] “drills were held” — New Defense Triangle … (002_2aadb1dbeed98bb9, characters 120–137)'
 */
export function citationText(c: ExportCitation): string {
  const by = c.attribution ? ` [${c.attribution.type.replace('-', ' ')}: ${c.attribution.by}]` : '';
  const title = c.source.title ? `${c.source.title} ` : '';
  return `[${c.role}] “${c.quote}”${by} — ${title}(${c.source.id}, characters ${c.start}–${c.end})`;
}
