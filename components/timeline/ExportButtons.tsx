'use client';

import { useState } from 'react';
import type { LayerId } from '@/lib/data/types';
import type { ExportContext } from '@/lib/export';
import type { TimeRange } from '@/lib/time';
import type { MapFormFeature } from '@/lib/view/map-form';

interface Props {
  /** Layers in the order their features go into the file. */
  layers: readonly { id: LayerId }[];
  /** The features the view model shows (layers, alliance toggles and time range applied). */
  shown: readonly MapFormFeature[];
  range: TimeRange;
  sourceTitles: readonly { id: string; title: string }[];
  /** Every layer has loaded, so `shown` is complete. */
  ready: boolean;
}

/**
 * Downloads exactly the features the map shows: layers on, alliances not hidden, dates inside the
 * time range. The whole map, not only the part in view: a reader who zoomed in to read labels
 * still gets everything the filters let through, which is what the label says. The full features,
 * citations included, are fetched when the button is pressed, and the code that writes the file
 * loads then too: a page that never exports never downloads it.
 */
export default function ExportButtons({ layers, shown, range, sourceTitles, ready }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (format: 'geojson' | 'csv') => {
    setBusy(true);
    try {
      const [{ downloadText }, { fetchAllItems }, { buildExportCsv, buildExportGeoJSON, EXPORT_MEDIA, exportFilename }] = await Promise.all([
        import('@/lib/client/download'),
        import('@/lib/client/fetch-items'),
        import('@/lib/export'),
      ]);
      const ids = new Set(shown.map((f) => f.id));
      const wanted = layers.filter((l) => shown.some((f) => f.properties.layer === l.id));
      const full = (await Promise.all(wanted.map((l) => fetchAllItems(l.id)))).flat().filter((f) => ids.has(f.id));
      const ctx: ExportContext = { sourceTitles: Object.fromEntries(sourceTitles.map((s) => [s.id, s.title])), origin: window.location.origin };
      const text = format === 'geojson' ? JSON.stringify(buildExportGeoJSON(full, range, ctx), null, 2) : buildExportCsv(full, ctx);
      downloadText(text, EXPORT_MEDIA[format], exportFilename(range, format));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const disabled = !ready || busy || shown.length === 0;
  return (
    <div
      className="export-buttons"
      role="group"
      aria-labelledby="export-label"
      title="Every feature drawn with the current layers, alliances and time range, including those outside the current view"
    >
      <span id="export-label">Download shown features</span>
      <button type="button" onClick={() => save('geojson')} disabled={disabled} data-testid="export-geojson">
        GeoJSON
      </button>
      <button type="button" onClick={() => save('csv')} disabled={disabled} data-testid="export-csv">
        CSV
      </button>
      {!ready && <span className="muted">waiting for the layers…</span>}
      {busy && <span className="muted">preparing the file…</span>}
      {error && (
        <span className="layer-status-error" role="alert">
          Could not build the file: {error}
        </span>
      )}
    </div>
  );
}
