'use client';

import { useState } from 'react';
import type { AtlasLayerState } from '@/lib/client/use-atlas-data';
import { downloadText } from '@/lib/client/download';
import type { AtlasFeature, LayerId } from '@/lib/data/types';
import { buildExportCsv, buildExportGeoJSON, EXPORT_MEDIA, exportFilename, type ExportContext } from '@/lib/export';
import type { TimeRange } from '@/lib/time';

interface Props {
  /** Layers in the order their features go into the file. */
  layerIds: readonly LayerId[];
  on: Record<LayerId, boolean>;
  layers: AtlasLayerState;
  /** Ids of the features the map shows (layers, alliance toggles and time range applied). */
  shown: ReadonlySet<string>;
  range: TimeRange;
  sourceTitles: Record<string, string>;
}

/**
 * Downloads exactly the features the map shows: layers on, alliances not hidden, dates inside the
 * time range. The whole map, not only the part in view: a reader who zoomed in to read labels
 * still gets everything the filters let through, which is what the label says.
 */
export default function ExportButtons({ layerIds, on, layers, shown, range, sourceTitles }: Props) {
  const [error, setError] = useState<string | null>(null);
  const waiting = layerIds.filter((l) => on[l] && !layers[l].data);

  const features = (): AtlasFeature[] =>
    layerIds.flatMap((l) => (on[l] ? (layers[l].data?.features ?? []) : [])).filter((f) => shown.has(f.id));

  const save = (format: 'geojson' | 'csv') => {
    try {
      const ctx: ExportContext = { sourceTitles, origin: window.location.origin };
      const text =
        format === 'geojson'
          ? JSON.stringify(buildExportGeoJSON(features(), range, ctx), null, 2)
          : buildExportCsv(features(), ctx);
      downloadText(text, EXPORT_MEDIA[format], exportFilename(range, format));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div
      className="export-buttons"
      role="group"
      aria-labelledby="export-label"
      title="Every feature drawn with the current layers, alliances and time range, including those outside the current view"
    >
      <span id="export-label">Download shown features</span>
      <button type="button" onClick={() => save('geojson')} disabled={waiting.length > 0 || shown.size === 0} data-testid="export-geojson">
        GeoJSON
      </button>
      <button type="button" onClick={() => save('csv')} disabled={waiting.length > 0 || shown.size === 0} data-testid="export-csv">
        CSV
      </button>
      {waiting.length > 0 && <span className="muted">waiting for {waiting.join(', ')}…</span>}
      {error && (
        <span className="layer-status-error" role="alert">
          Could not build the file: {error}
        </span>
      )}
    </div>
  );
}
