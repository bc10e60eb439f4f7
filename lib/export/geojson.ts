import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { AtlasFeature, AtlasProperties } from '@/lib/data/types';
import type { TimeRange } from '@/lib/time';
import { exportCitation, type ExportCitation, type ExportContext } from './citations';

export type ExportProperties = Omit<AtlasProperties, 'citations'> & { id: string; citations: ExportCitation[] };

export type ExportCollection = FeatureCollection<Geometry, ExportProperties> & {
  /** Foreign members (RFC 7946 §6.1): what the file is and which time range it was cut to. */
  title: string;
  timeRange: TimeRange;
};

/**
 * The features as a GeoJSON FeatureCollection for download: every property the atlas holds, the id
 * repeated in the properties (many GIS tools drop the top-level id), and each citation with its
 * quote, offsets and source title. Pure; the input features are not changed.
 */
export function buildExportGeoJSON(features: readonly AtlasFeature[], range: TimeRange, ctx: ExportContext): ExportCollection {
  return {
    type: 'FeatureCollection',
    title: 'Caucasus Security Atlas: features shown',
    timeRange: { from: range.from, to: range.to },
    features: features.map(
      (f): Feature<Geometry, ExportProperties> => ({
        type: 'Feature',
        id: f.id,
        geometry: f.geometry,
        properties: {
          id: f.id,
          ...f.properties,
          citations: f.properties.citations.map((c) => exportCitation(c, f.id, ctx)),
        },
      }),
    ),
  };
}
