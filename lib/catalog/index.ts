import { bbox as turfBbox } from '@turf/turf';
import type { Place } from '@/lib/data';
import type { Atlas, AtlasFeature, LayerId } from '@/lib/data/types';
import { allianceColors } from '@/lib/map/palette';
import { timeExtent, type TimeRange } from '@/lib/time';
import { catalogPlaces, type CatalogPlace } from './places';

export type { CatalogPlace } from './places';

/** What the page needs to know before any layer is fetched: layers, alliances, a feature index. */
export interface Catalog {
  layers: { id: LayerId; title: string; description: string; count: number }[];
  alliances: { id: string; name: string; kind: string; members: string[]; color: string; from: string; to: string | null }[];
  /**
   * Every feature's id, layer and names, for selection from the URL and for search; its kind and
   * extent so a search result can say what it is and the map can fly to it with its layer off; and
   * the span its date covers (`date.interval`, ISO, `to: null` when open), for the time filter.
   */
  features: {
    id: string;
    layer: LayerId;
    name: string;
    altNames: string[];
    actors: string[];
    interval: { from: string; to: string | null };
    kind: string;
    bbox: [number, number, number, number] | null;
  }[];
  /** The months the data spans: the bounds of the time control. */
  timeExtent: TimeRange;
  /** Source titles by id, so exports can name what each citation quotes without another request. */
  sources: { id: string; title: string }[];
  /** The basemap's towns, for search. */
  places: CatalogPlace[];
  version: string;
}

/**
 * Builds the page's catalog from the atlas. Small by design: geometry and citations are fetched
 * from the API only when a layer is on or a feature is opened.
 */
export function buildCatalog(atlas: Atlas, places: readonly Place[] = []): Catalog {
  const alliances = atlas.layers.alliances.collection.features;
  const colors = allianceColors(alliances.map((f) => f.id));
  return {
    layers: atlas.layerIds.map((id) => ({
      id,
      title: atlas.layers[id].title,
      description: atlas.layers[id].description,
      count: atlas.layers[id].collection.features.length,
    })),
    alliances: alliances
      .map((f) => ({
        id: f.id,
        name: f.properties.name,
        kind: f.properties.kind,
        members: f.properties.members ?? [],
        color: colors[f.id]!,
        from: f.properties.date.start,
        to: f.properties.date.end === undefined ? f.properties.date.start : f.properties.date.end,
      }))
      .sort((a, b) => a.from.localeCompare(b.from) || a.name.localeCompare(b.name)),
    features: [...atlas.features.values()].map((f) => ({
      id: f.id,
      layer: f.properties.layer,
      name: f.properties.name,
      altNames: f.properties.altNames.map((a) => a.name),
      actors: f.properties.actors,
      interval: f.properties.date.interval,
      kind: f.properties.kind,
      bbox: extentOf(f),
    })),
    timeExtent: timeExtent([...atlas.features.values()].map((f) => f.properties.date.interval)),
    sources: atlas.sources.map((s) => ({ id: s.id, title: s.title })),
    places: catalogPlaces(places),
    version: atlas.version,
  };
}

/** [west, south, east, north], rounded to ~11 m; null for a feature without geometry. */
function extentOf(f: AtlasFeature): [number, number, number, number] | null {
  if (!f.geometry) return null;
  const [w, s, e, n] = turfBbox(f.geometry);
  return [w, s, e, n].map((v) => Math.round(v * 1e4) / 1e4) as [number, number, number, number];
}

const built = new WeakMap<Atlas, { places: readonly Place[]; catalog: Catalog }>();

/**
 * The catalog for this atlas and these places, built once: the atlas and places are loaded once per
 * process, so rebuilding the catalog (bboxes, colours, the place index) on every page request
 * would repeat the same work.
 */
export function catalogOf(atlas: Atlas, places: readonly Place[]): Catalog {
  const hit = built.get(atlas);
  if (hit && hit.places === places) return hit.catalog;
  const catalog = buildCatalog(atlas, places);
  built.set(atlas, { places, catalog });
  return catalog;
}
