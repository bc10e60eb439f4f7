/**
 * Resolved domain types: what `lib/data` hands to routes, pages and components after the stored
 * files are validated and reshaped. Nothing outside `lib/data` sees the file format.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { z } from 'zod';
import type { AltName, Attribution, CITATION_ROLES, Review, DateBasis, EXTENTS, LayerId, LocationSpec, SourceMeta, KINDS, Status } from './schema';

export type { DateBasis, LayerId, SourceMeta, Status };
export type { Precision } from '@/lib/time/partial';
import type { Precision } from '@/lib/time/partial';

/** How one date is known: its basis and the words that back it (see `DateSpec` in the schema). */
export interface DateKnowledge {
  basis: DateBasis;
  /** The words of a cited passage, verbatim. */
  phrase?: string;
  /** Resolved dates: how the phrase was resolved against the article date. */
  resolution?: string;
  /** Outside-knowledge dates: which reporting, which fact. */
  outside?: string;
}

export interface ResolvedDate extends DateKnowledge {
  start: string;
  /** Omitted for an instant; `null` when no end is reported. */
  end?: string | null;
  /** Precision of `start` (and of `end` where it differs, see `endPrecision`). */
  precision: Precision;
  endPrecision?: Precision;
  /**
   * `dated`: began at `start`, lasted to `end`. `first-attested`: the sources do not date the
   * start; `start` is the earliest date they attest. `within`: happened at some time between
   * `start` and `end`, which only bound it.
   */
  extent: (typeof EXTENTS)[number];
  /** How the end is known, when it is known differently from the start; omitted: like the start. */
  endKnowledge?: DateKnowledge;
  /**
   * Open ends only: publication date of the latest article citing the feature as evidence, i.e. the
   * last time the sources report it as still valid; `estimated` when that date is itself inferred.
   */
  lastReported?: { date: string; estimated: boolean };
  /**
   * The whole span the feature covers as ISO instants, for filtering: a month-precision start
   * covers the whole month; an open end is `null`.
   */
  interval: { from: string; to: string | null };
}

/** A citation with its selectors resolved against the source text. */
export interface ResolvedCitation {
  source: string;
  /** W3C TextQuoteSelector. */
  exact: string;
  prefix?: string;
  suffix?: string;
  /** W3C TextPositionSelector, in Unicode code points from the start of the file. */
  start: number;
  end: number;
  /** evidence: supports the feature, its place or dates. context: only mentions it or gives background. */
  role: (typeof CITATION_ROLES)[number];
  attribution?: z.infer<typeof Attribution>;
  note?: string;
}

export interface SpatialFact {
  type: 'distance';
  to: string;
  /** What the distance is measured to: the target as drawn, or the edge of its stated width. */
  measure: 'geometry' | 'strip-edge';
  /** The source's words, e.g. "a mere 300 meters". */
  stated: string;
  statedMeters: number;
  /** Computed with turf from the stored geometries. */
  computedMeters: number;
  toleranceMeters: number;
  /**
   * `check`: the geometry was drawn independently and the statement verifies it. `placement`: the
   * geometry was placed to match the statement, which therefore verifies nothing.
   */
  use: 'check' | 'placement';
  /** The computed distance is within the tolerance of the stated one. */
  holds: boolean;
}

/** As of when a fact (a members list) holds, and how that date is known. */
export interface ResolvedAsOf extends DateKnowledge {
  date: string;
  precision: Precision;
}

export interface AtlasProperties {
  layer: LayerId;
  kind: (typeof KINDS)[LayerId][number];
  name: string;
  altNames: z.infer<typeof AltName>[];
  actors: string[];
  description: string;
  /** occurred, in-force, planned, proposed or claimed; see the schema. */
  status: Status;
  date: ResolvedDate;
  location: z.infer<typeof LocationSpec>;
  citations: ResolvedCitation[];
  related: string[];
  spatialFacts: SpatialFact[];
  /** Alliances only: member states. */
  members?: string[];
  /** Alliances of three or more: as of when `members` holds. */
  membersAsOf?: ResolvedAsOf;
  /** Corridors only: the width of the strip around the drawn line, where a source or outside knowledge gives one. */
  width?: { meters: number; note: string };
  /** How the geometry was made, when it was not digitised by hand. */
  derivedGeometry?: string;
  /** Made in the editor: a draft until a second editor reviews it. Absent for hand-made features. */
  review?: z.infer<typeof Review>;
}

export type AtlasFeature = Feature<Geometry, AtlasProperties> & { id: string };
/**
 * A layer's features. `features` is replaced rather than intersected: an intersection of array
 * types makes iteration yield the looser `Feature` (id `string | number | undefined`).
 */
export interface AtlasCollection extends Omit<FeatureCollection<Geometry, AtlasProperties>, 'features'> {
  features: AtlasFeature[];
}

export interface Source extends SourceMeta {
  /** Full text, exactly as in the corpus file. */
  text: string;
}

export interface Layer {
  id: LayerId;
  title: string;
  description: string;
  /** The kinds its features can be (from the layer registry). */
  kinds: readonly string[];
  collection: AtlasCollection;
  /** [minLon, minLat, maxLon, maxLat] of all features. */
  bbox: [number, number, number, number];
  /** [earliest start, latest end or null if open] over all features. */
  temporal: [string, string | null];
}

export interface Atlas {
  sources: Source[];
  /** The same sources by id: the one lookup every page and route uses. */
  sourceIndex: ReadonlyMap<string, Source>;
  layers: Record<LayerId, Layer>;
  /** The layers' ids in registry order: the order of `/collections`, the URL and the toggles. */
  layerIds: readonly LayerId[];
  /** Every feature by id, across layers. */
  features: Map<string, AtlasFeature>;
  /** Content hash of all data: changes whenever any geodata file changes (for ETags). */
  version: string;
  /** The naming and wording rules (layers/conventions.json): contested name pairs, loaded words. */
  conventions: import('./conventions').Conventions;
}
