import type { AtlasFeature, LayerId, ResolvedCitation, Source } from '@/lib/data/types';
import { readerHref } from './citations';
import { MEDIA } from './constants';
import { apiUrl, jsonLink } from './links';

/**
 * Source metadata without the text (the text is for the single-source document). Fields are
 * picked one by one so a storage detail such as the file name never leaks into the API.
 */
function metadata(s: Source, origin: string) {
  return {
    id: s.id,
    title: s.title,
    titleBasis: s.titleBasis,
    outlet: s.outlet,
    outletBasis: s.outletBasis,
    author: s.author,
    ...(s.authorNote !== undefined ? { authorNote: s.authorNote } : {}),
    published: s.published,
    vantage: s.vantage,
    links: [
      jsonLink(apiUrl(origin, `/sources/${s.id}`), 'self', s.title),
      { href: `${origin}/sources/${s.id}`, rel: 'alternate', type: MEDIA.html, title: 'Read the article' },
    ],
  };
}

/** The `/sources` listing: one entry per corpus article. */
export function sourcesDocument(sources: readonly Source[], origin: string) {
  return {
    sources: sources.map((s) => metadata(s, origin)),
    links: [jsonLink(apiUrl(origin, '/sources'), 'self', 'Source articles')],
  };
}

/** A feature citing a passage, with the attribution and note of its own citation. */
export interface CitingFeature {
  id: string;
  name: string;
  layer: LayerId;
  /** What the passage does for this feature: evidence, or context only. */
  role: ResolvedCitation['role'];
  attribution?: ResolvedCitation['attribution'];
  note?: string;
  /** The feature in the API. */
  href: string;
}

/** One cited passage of a source (W3C TextQuote + TextPosition selectors) and who cites it. */
export interface CitedPassage {
  start: number;
  end: number;
  quote: string;
  prefix?: string;
  suffix?: string;
  /** The passage in the reader (relative when `origin` is ''). */
  href: string;
  features: CitingFeature[];
}

/**
 * Every passage of a source cited by some feature, in text order, with the features citing it
 * (several features can cite one passage, each with its own attribution). Pass `origin: ''` for
 * same-site relative links.
 */
export function citedPassages(source: Source, features: Iterable<AtlasFeature>, origin: string): CitedPassage[] {
  const passages = new Map<string, CitedPassage>();
  for (const f of features) {
    for (const c of f.properties.citations) {
      if (c.source !== source.id) continue;
      const key = `${c.start}-${c.end}`;
      let passage = passages.get(key);
      if (!passage) {
        passage = {
          start: c.start,
          end: c.end,
          quote: c.exact,
          ...(c.prefix !== undefined ? { prefix: c.prefix } : {}),
          ...(c.suffix !== undefined ? { suffix: c.suffix } : {}),
          href: readerHref(origin, source.id, null, c.start, c.end),
          features: [],
        };
        passages.set(key, passage);
      }
      if (passage.features.some((x) => x.id === f.id)) continue;
      passage.features.push({
        id: f.id,
        name: f.properties.name,
        layer: f.properties.layer,
        ...(f.properties.review?.status === 'draft' ? { draft: true } : {}),
        role: c.role,
        ...(c.attribution ? { attribution: c.attribution } : {}),
        ...(c.note !== undefined ? { note: c.note } : {}),
        href: apiUrl(origin, `/collections/${f.properties.layer}/items/${encodeURIComponent(f.id)}`),
      });
    }
  }
  return [...passages.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** One source: metadata, full text exactly as in the corpus, and its cited passages. */
export function sourceDocument(source: Source, features: Iterable<AtlasFeature>, origin: string) {
  const { links, ...meta } = metadata(source, origin);
  return {
    ...meta,
    // Lets a client check it holds the exact bytes the offsets count in.
    sha256: source.sha256,
    text: source.text,
    passages: citedPassages(source, features, origin),
    links: [...links, jsonLink(apiUrl(origin, '/sources'), 'collection', 'All source articles')],
  };
}
