'use client';

import { useId, useMemo, useState } from 'react';
import { Swatches } from '@/components/sidebar/Swatches';
import { useAtlasMap } from '@/lib/client/use-atlas-map';
import { useInView } from '@/lib/client/use-legend';
import { legendInView, legendItems, type LegendItem } from '@/lib/map/legend';

const ITEMS = legendItems();

/**
 * The legend on the map: what every symbol drawn in view means (kind, status, placement, groups,
 * badges, the selection), and nothing else, so it stays short. Open by default on a wide screen;
 * one tap away on a phone.
 */
export default function MapLegend() {
  const id = useId();
  const map = useAtlasMap();
  const inView = useInView(map);
  const [open, setOpen] = useState<boolean | null>(null);
  const items = useMemo(() => legendInView(ITEMS, inView), [inView]);
  const sections = useMemo(() => {
    const out = new Map<string, LegendItem[]>();
    for (const item of items) out.set(item.section, [...(out.get(item.section) ?? []), item]);
    return [...out];
  }, [items]);

  return (
    <section className="map-legend" data-open={open ?? undefined} aria-labelledby={`${id}-title`} data-testid="map-legend">
      <button
        type="button"
        className="map-legend-toggle"
        aria-expanded={open ?? undefined}
        aria-controls={`${id}-body`}
        onClick={() => setOpen((o) => !(o ?? !window.matchMedia('(max-width: 640px)').matches))}
      >
        <span id={`${id}-title`}>Legend</span>
      </button>
      <div id={`${id}-body`} className="map-legend-body">
        {items.length === 0 && <p className="muted">Nothing of the atlas is drawn in this part of the map.</p>}
        {sections.map(([section, entries]) => (
          <div key={section} className="map-legend-section">
            <h3>{section}</h3>
            <ul>
              {entries.map((e) => (
                <li key={e.key} data-legend-key={e.key}>
                  <Swatches swatches={[e.swatch]} />
                  <span>{e.label}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
        <p className="map-legend-note">
          <span className="inferred-mark" aria-hidden="true">≈</span> in the list and the panel: date not stated by the text (resolved from it, or outside knowledge)
        </p>
      </div>
    </section>
  );
}
