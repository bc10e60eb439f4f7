/**
 * The map form of a layer: every feature with only what the page needs to draw, count, filter and
 * list it (no citations, descriptions or notes, which the side panel fetches per feature). The one
 * representation of the features the browser holds.
 */
import type { Geometry } from 'geojson';
import type { AtlasFeature, Layer, LayerId, Precision } from '@/lib/data/types';
import { DECIMALS, roundGeometry } from '@/lib/geo/round';
import { intervalOf } from '@/lib/time';

export interface MapFormProperties {
  id: string;
  layer: LayerId;
  kind: string;
  name: string;
  /** What the sources say of the feature's reality: occurred, in force, planned, proposed, claimed. */
  status: AtlasFeature['properties']['status'];
  /** How precisely it is placed (exact, approximate, region, symbolic). */
  precision: AtlasFeature['properties']['location']['precision'];
  /** The stored dates, at their precision (`2021-09`), for labels; `end` as stored. */
  start: string;
  end?: string | null;
  datePrecision: Precision;
  /** What the span means, when not simply dated: first attested, or only bounded (`within`). */
  extent?: 'first-attested' | 'within';
  /** How the date is known. */
  basis: AtlasFeature['properties']['date']['basis'];
  /**
   * The span the dates cover, in epoch ms, both ends included (lib/time `intervalOf`); `to: null` is
   * open-ended (JSON has no infinity).
   */
  from: number;
  to: number | null;
  /** Relations: the member states. */
  members?: string[];
  /** Made in the editor and not yet reviewed by a second editor. */
  draft?: true;
  /**
   * Symbolic placements only: the name of the place each point stands at (the capital), in the
   * order of the geometry's points, or null where no town of the basemap is there.
   */
  anchors?: (string | null)[];
}

export interface MapFormFeature {
  type: 'Feature';
  id: string;
  geometry: Geometry | null;
  properties: MapFormProperties;
}

export interface MapFormCollection {
  type: 'FeatureCollection';
  layer: LayerId;
  /** The data version these features belong to. */
  version: string;
  features: MapFormFeature[];
}

/** The name of the basemap town at a position, if one is there. */
export type PlaceNameAt = (position: readonly number[]) => string | null;

const pointsOf = (g: Geometry | null): number[][] =>
  g?.type === 'Point' ? [g.coordinates] : g?.type === 'MultiPoint' ? g.coordinates : [];

/** One feature in map form. */
export function mapFormFeature(f: AtlasFeature, placeAt?: PlaceNameAt): MapFormFeature {
  const p = f.properties;
  const span = intervalOf(p.date.interval);
  return {
    type: 'Feature',
    id: f.id,
    // Derived lines are drawn, not measured: four decimals are finer than a pixel (lib/geo/round.ts).
    geometry: f.geometry && p.derivedGeometry !== undefined ? roundGeometry(f.geometry, DECIMALS.derivedLine) : f.geometry,
    properties: {
      id: f.id,
      layer: p.layer,
      kind: p.kind,
      name: p.name,
      status: p.status,
      precision: p.location.precision,
      start: p.date.start,
      ...(p.date.end === undefined ? {} : { end: p.date.end }),
      datePrecision: p.date.precision,
      ...(p.date.extent === 'dated' ? {} : { extent: p.date.extent }),
      basis: p.date.basis,
      from: span.from,
      to: Number.isFinite(span.to) ? span.to : null,
      ...(p.members === undefined ? {} : { members: [...p.members] }),
      ...(p.review?.status === 'draft' ? { draft: true as const } : {}),
      ...(p.location.precision === 'symbolic' && placeAt && pointsOf(f.geometry).length > 0
        ? { anchors: pointsOf(f.geometry).map((pt) => placeAt(pt)) }
        : {}),
    },
  };
}

/** A whole layer in map form. */
export function mapFormOf(layer: Layer, version: string, placeAt?: PlaceNameAt): MapFormCollection {
  return { type: 'FeatureCollection', layer: layer.id, version, features: layer.collection.features.map((f) => mapFormFeature(f, placeAt)) };
}
