/**
 * The page's catalog: what the map page needs before any feature is fetched, small and of the same
 * size whatever the size of the data. Layers and their counts, the alliances and their colours (for
 * the per-alliance toggles), the time extent, the source titles and the data version. The features
 * themselves come from the map-form endpoint; the search corpus when the reader first searches.
 */
import type { Atlas, LayerId } from '@/lib/data/types';
import { allianceColors } from '@/lib/map/palette';
import { changeMonths, timeAxisSpec, timeExtent, type TimeAxisSpec, type TimeRange } from '@/lib/time';

export interface Catalog {
  layers: { id: LayerId; title: string; description: string; count: number }[];
  alliances: {
    id: string;
    name: string;
    kind: string;
    /** What the sources say of it, when not simply in force. */
    status?: string;
    members: string[];
    color: string;
    /** The stored dates (`to` as stored: omitted for an instant, null when no end is reported). */
    start: string;
    end?: string | null;
    extent: 'dated' | 'first-attested' | 'within';
  }[];
  /** The months the data spans: the bounds of the time control. */
  timeExtent: TimeRange;
  /** The slider's axis: month steps through the dense years, year steps and breaks before (lib/time/axis.ts). */
  timeAxis: TimeAxisSpec;
  /** Source titles by id, so exports can name what each citation quotes without another request. */
  sources: { id: string; title: string }[];
  /** Content hash of the data: versions the map-form and search URLs, so caches follow the data. */
  version: string;
}

/** Builds the page's catalog from the atlas. */
export function buildCatalog(atlas: Atlas): Catalog {
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
        ...(f.properties.status === undefined ? {} : { status: f.properties.status }),
        members: f.properties.members ?? [],
        color: colors[f.id]!,
        start: f.properties.date.start,
        ...(f.properties.date.end === undefined ? {} : { end: f.properties.date.end }),
        extent: f.properties.date.extent,
      }))
      .sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name)),
    ...timeOf([...atlas.features.values()].map((f) => f.properties.date.interval)),
    sources: atlas.sources.map((s) => ({ id: s.id, title: s.title })),
    version: atlas.version,
  };
}

/** The time control's bounds and axis, from every feature's interval. */
function timeOf(intervals: { from: string; to: string | null }[]): { timeExtent: TimeRange; timeAxis: TimeAxisSpec } {
  const extent = timeExtent(intervals);
  return { timeExtent: extent, timeAxis: timeAxisSpec(extent, changeMonths(intervals)) };
}

const built = new WeakMap<Atlas, Catalog>();

/** The catalog for this atlas, built once: the atlas is loaded once per process. */
export function catalogOf(atlas: Atlas): Catalog {
  let catalog = built.get(atlas);
  if (!catalog) {
    catalog = buildCatalog(atlas);
    built.set(atlas, catalog);
  }
  return catalog;
}
