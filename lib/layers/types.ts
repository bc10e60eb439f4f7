/**
 * What a layer of the atlas is, in one place: its words, its kinds, how its features are stored,
 * drawn and explained. The stored-data schema, the API's collections, the map, the layer toggles and
 * the legend are all built from these entries, so a new layer is one entry plus its data.
 */
import type { MarkerShape, MarkerSpec } from '@/lib/map/markers';
import type { DataLayerStyle } from '@/lib/map/styles/types';

/**
 * How a layer's features are stored: a point layer holds Points/MultiPoints, a line layer lines, an
 * area layer lines or polygons (or a border derived from Natural Earth), a link layer the relations
 * between member states (derived capital links, with `members`).
 */
export type GeometryClass = 'point' | 'line' | 'area' | 'link';

/** A small legend symbol, drawn the way the map draws the thing it stands for. */
export type Swatch =
  | { shape: 'marker'; marker: MarkerSpec }
  | { shape: 'group'; uncertain?: boolean }
  | { shape: 'anchor' }
  | { shape: 'selected' }
  | { shape: 'line'; color: string; width?: number; dash?: readonly [number, number]; opacity?: number }
  | { shape: 'arc'; color: string; dash?: readonly [number, number] };

/**
 * How a layer is drawn. Point layers share the map's one clustered point source and differ by
 * marker shape and kind colours; line and area layers bring their own style layers.
 */
export type LayerMap =
  | {
      kind: 'points';
      /** Draw order among the layers, bottom first (points are always above lines and areas). */
      order: number;
      shape: MarkerShape;
      /** Marker colour by kind; kinds not listed take `color`. */
      kindColors?: Readonly<Record<string, string>>;
      color: string;
    }
  | {
      kind: 'shapes';
      order: number;
      /** Drawn under the basemap's town labels so names stay readable. */
      underLabels: boolean;
      styles: readonly DataLayerStyle[];
      /** Ids of the style layers that answer clicks and hovers. */
      interactive: readonly string[];
    };

export interface LegendEntry {
  label: string;
  swatch: Swatch;
  /** The kinds the entry stands for (an event family); absent: the whole layer. */
  kinds?: readonly string[];
}

export interface LayerDefinition {
  /** The collection id in the API and the URL (`layers=`), and the layer's file `geodata/layers/<id>.json`. */
  id: string;
  title: string;
  /** Neutral words: what the layer contains, not what it means. */
  description: string;
  /** Every feature id of the layer starts with it, e.g. `ex-`. */
  idPrefix: string;
  /** What a feature of the layer can be; the map picks symbols by kind, the API filters by it. */
  kinds: readonly [string, ...string[]];
  geometry: GeometryClass;
  /**
   * Features of this layer have a toggle each (alliances): the reader can hide one of them while
   * the layer stays on. `noun` names one in messages ("this alliance is turned off").
   */
  toggleEach?: { noun: string };
  map: LayerMap;
  /** The layer's symbol beside its toggle. */
  swatch: readonly Swatch[];
  /** What its symbols mean, for the map legend. */
  legend: readonly LegendEntry[];
}
