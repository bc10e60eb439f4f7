import type { LayerId } from '@/lib/data/types';
import { actorName } from '@/lib/geo/actors';
import { kindLabel } from '@/lib/format/labels';
import { indexText, type IndexedText } from './match';
import type { Bbox } from '@/lib/geo/bbox';
import { buildSynonyms, type Synonyms } from './synonyms';
import type { NameLanguage } from '@/lib/data/languages';


/** What the search needs to know about a feature (a subset of the page catalog's entry). */
export interface SearchableFeature {
  id: string;
  layer: LayerId;
  kind: string;
  name: string;
  altNames: string[];
  actors: string[];
  bbox: Bbox | null;
  /** Made in the editor and not yet reviewed. */
  draft?: true;
}

/** A basemap town, as the page catalog carries it. */
export interface SearchablePlace {
  name: string;
  altNames: string[];
  /** Its names in the region's languages (Ստեփանակերտ, Xankəndi, Степанакерт): searched, and shown with the result. */
  names?: { name: string; lang: NameLanguage }[];
  iso3: string;
  lon: number;
  lat: number;
}

/** One thing the search can find: a feature of a layer, or a town of the basemap. */
export type SearchDoc = {
  /** Unique across features and places, e.g. "feature:cor-lachin", "place:Berdzor / Lachin". */
  key: string;
  name: string;
  /** What it is, in words: "Corridor · Corridors", "Place, Azerbaijan". */
  what: string;
  names: IndexedText;
  alts: IndexedText[];
  actors: { code: string; folded: string; name: IndexedText }[];
} & (
  | { type: 'feature'; id: string; layer: LayerId; bbox: Bbox | null }
  | { type: 'place'; lon: number; lat: number; iso3: string; regional: { name: string; lang: NameLanguage }[] }
);

export interface SearchIndex {
  docs: SearchDoc[];
  synonyms: Synonyms;
}

/**
 * Prepares features and places for searching, once per page: names folded and split, contested
 * names gathered from the places.
 */
export function buildSearchIndex(features: readonly SearchableFeature[], places: readonly SearchablePlace[]): SearchIndex {
  const featureDocs: SearchDoc[] = features.map((f) => ({
    type: 'feature',
    key: `feature:${f.id}`,
    id: f.id,
    layer: f.layer,
    bbox: f.bbox,
    name: f.name,
    what: `${kindLabel(f.kind)} · ${kindLabel(f.layer)}${f.draft ? ' · draft, not yet reviewed' : ''}`,
    names: indexText(f.name),
    alts: f.altNames.map(indexText),
    actors: f.actors.map((code) => ({ code, folded: code.toLowerCase(), name: indexText(actorName(code)) })),
  }));
  const placeDocs: SearchDoc[] = places.map((p) => ({
    type: 'place',
    key: `place:${p.name}:${p.iso3}`,
    lon: p.lon,
    lat: p.lat,
    iso3: p.iso3,
    name: p.name,
    what: `Place, ${actorName(p.iso3)}`,
    names: indexText(p.name),
    alts: [...p.altNames, ...(p.names ?? []).map((n) => n.name)].map(indexText),
    actors: [],
    regional: p.names ?? [],
  }));
  return {
    docs: [...featureDocs, ...placeDocs],
    synonyms: buildSynonyms(places.map((p) => [p.name, ...p.altNames])),
  };
}

/** Where a search result is on the map: a feature's extent, or a town's point as a bbox of no size. */
export function docBbox(doc: SearchDoc): Bbox | null {
  return doc.type === 'feature' ? doc.bbox : [doc.lon, doc.lat, doc.lon, doc.lat];
}
