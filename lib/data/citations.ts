/**
 * Anchors authored citations (W3C TextQuoteSelectors) in the source texts and computes their
 * TextPositionSelectors. A quote must match exactly once: an ambiguous quote would let the
 * product highlight the wrong passage, which is worse than failing `check:data`.
 */
import type { z } from 'zod';
import type { Citation } from './schema';
import type { ResolvedCitation } from './types';
import { advanceCodePoints, codePointLength, codePointOffset, codePointsBefore, codePointSlice } from './codepoints';

/** Context kept on each side of a quote when the author gave none, in code points. */
export const CONTEXT_LENGTH = 32;

export type CitationResult = { citation: ResolvedCitation } | { problem: string };

/**
 * Code-unit indexes of every occurrence of `exact` (overlapping ones too) whose preceding text
 * ends with `prefix` and following text starts with `suffix`.
 */
export function findQuote(text: string, exact: string, prefix = '', suffix = ''): number[] {
  const hits: number[] = [];
  if (exact === '') return hits;
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    // A prefix longer than the text before the quote cannot precede it (startsWith would clamp a negative position to 0).
    if (i >= prefix.length && text.startsWith(prefix, i - prefix.length) && text.startsWith(suffix, i + exact.length)) hits.push(i);
  }
  return hits;
}

/**
 * Resolves one citation against its source text, or says why it cannot be anchored.
 * Authored prefix/suffix are kept; missing ones are filled with up to 32 code points of context
 * so the API can show the quote in its sentence.
 */
export function resolveCitation(text: string, sourceId: string, c: z.infer<typeof Citation>): CitationResult {
  const hits = findQuote(text, c.exact, c.prefix, c.suffix);
  // Only a problem needs the quote shortened for its message.
  const quoted = () => `"${shorten(c.exact)}"`;
  const disambiguated = c.prefix !== undefined || c.suffix !== undefined;
  if (hits.length === 0) {
    if (disambiguated && findQuote(text, c.exact).length > 0) {
      return { problem: `quote found in ${sourceId} but not with the given prefix/suffix: ${quoted()}` };
    }
    return { problem: `quote not found in ${sourceId}${nearMissHint(text, c.exact)}: ${quoted()}` };
  }
  if (hits.length > 1) {
    const fix = disambiguated ? 'lengthen prefix/suffix' : 'add prefix/suffix';
    return { problem: `quote occurs ${hits.length} times in ${sourceId}; ${fix}: ${quoted()}` };
  }
  const at = hits[0] as number;
  // Offsets in code points, from one pass over the text per source (see codePointOffset).
  const start = codePointOffset(text, at);
  const end = start + codePointLength(c.exact);
  const prefix = c.prefix ?? codePointsBefore(text, at, CONTEXT_LENGTH);
  const suffixFrom = at + c.exact.length;
  const suffix = c.suffix ?? text.slice(suffixFrom, advanceCodePoints(text, suffixFrom, CONTEXT_LENGTH));
  return {
    citation: {
      source: sourceId,
      exact: c.exact,
      ...(prefix === '' ? {} : { prefix }),
      ...(suffix === '' ? {} : { suffix }),
      start,
      end,
      role: c.role,
      ...(c.attribution === undefined ? {} : { attribution: { ...c.attribution } }),
      ...(c.note === undefined ? {} : { note: c.note }),
    },
  };
}

/** Typographic quotes, dashes and runs of spaces are the usual reasons a pasted quote misses. */
function nearMissHint(text: string, exact: string): string {
  const loose = (s: string) =>
    s
      .replace(/[‘’′`]/g, "'")
      .replace(/[“”″]/g, '"')
      .replace(/[–—−]/g, '-')
      .replace(/\s+/g, ' ');
  return loose(text).includes(loose(exact)) ? ' (the text has it with different quote marks, dashes or spacing)' : '';
}

function shorten(s: string, max = 80): string {
  return codePointLength(s) <= max ? s : `${codePointSlice(s, 0, max - 1)}…`;
}
