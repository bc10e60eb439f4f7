/**
 * What the search box searches, as the server sends it: every feature's names, kind, actors and
 * extent, and the basemap's towns with all their names. Fetched when the reader first searches,
 * so the page itself stays small whatever the size of the data.
 */
import type { Atlas, Place } from '@/lib/data';
import { bboxOf, type Bbox } from '@/lib/geo/bbox';
import { DECIMALS, roundTo } from '@/lib/geo/round';
import type { SearchableFeature, SearchablePlace } from './documents';

export interface SearchCorpus {
  version: string;
  features: SearchableFeature[];
  places: SearchablePlace[];
}

const round = (v: number) => roundTo(v, DECIMALS.target);

/** The search corpus of an atlas and the basemap's places. */
export function searchCorpus(atlas: Atlas, places: readonly Place[]): SearchCorpus {
  return {
    version: atlas.version,
    features: [...atlas.features.values()].map((f) => ({
      id: f.id,
      layer: f.properties.layer,
      kind: f.properties.kind,
      name: f.properties.name,
      altNames: f.properties.altNames.map((a) => a.name),
      actors: f.properties.actors,
      bbox: f.geometry ? (bboxOf(f.geometry).map(round) as Bbox) : null,
      ...(f.properties.review?.status === 'draft' ? { draft: true as const } : {}),
    })),
    places: places.map((p) => ({
      name: p.name,
      altNames: p.altNames,
      names: p.names.map(({ name, lang }) => ({ name, lang })),
      iso3: p.iso3,
      lon: round(p.coordinates[0]),
      lat: round(p.coordinates[1]),
    })),
  };
}
