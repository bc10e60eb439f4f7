/**
 * Resolved domain types: what `lib/data` hands to routes, pages and components after the stored
 * files are validated and reshaped. Nothing outside `lib/data` sees the file format.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { z } from 'zod';
import type { AltName, Attribution, LayerId, LocationSpec, SourceMeta, KINDS } from './schema';

export type { LayerId, SourceMeta };
export type { Precision } from '@/lib/time/partial';
import type { Precision } from '@/lib/time/partial';

export interface ResolvedDate {
  start: string;
  /** Omitted for an instant; `null` when open-ended. */
  end?: string | null;
  /** Precision of `start` (and of `end` where it differs, see `endPrecision`). */
  precision: Precision;
  endPrecision?: Precision;
  basis: 'explicit' | 'inferred';
  phrase?: string;
  resolution?: string;
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
  attribution?: z.infer<typeof Attribution>;
  note?: string;
}

export interface SpatialFact {
  type: 'distance';
  to: string;
  /** The source's words, e.g. "a mere 300 meters". */
  stated: string;
  statedMeters: number;
  /** Computed with turf from the stored geometries. */
  computedMeters: number;
  toleranceMeters: number;
  consistent: boolean;
}

export interface AtlasProperties {
  layer: LayerId;
  kind: (typeof KINDS)[LayerId][number];
  name: string;
  altNames: z.infer<typeof AltName>[];
  actors: string[];
  description: string;
  /** Omitted when the sources report the feature as fact; see the schema. */
  status?: 'planned' | 'proposed' | 'claimed';
  date: ResolvedDate;
  location: z.infer<typeof LocationSpec>;
  citations: ResolvedCitation[];
  related: string[];
  spatialFacts: SpatialFact[];
  /** Alliances only: member states. */
  members?: string[];
  /** How the geometry was made, when it was not digitised by hand. */
  derivedGeometry?: string;
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
}
