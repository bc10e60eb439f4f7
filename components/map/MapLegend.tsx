'use client';

import { useId, useMemo, useState, useSyncExternalStore } from 'react';
import { Swatches } from '@/components/sidebar/Swatches';
import { useAtlasMap } from '@/lib/client/use-atlas-map';
import { COVERS_MAP } from '@/lib/client/use-camera';
import { useInView } from '@/lib/client/use-legend';
import { legendInView, legendItems, type LegendItem } from '@/lib/map/legend';

const ITEMS = legendItems();

/**
 * The legend on the map: what every symbol drawn in view means (kind, status, placement, groups,
 * badges, the selection), and nothing else, so it stays short. Open by default on a wide screen;
 * one tap away on a phone.
 */
const PHONE = '(max-width: 640px)';
const subscribePhone = (notify: () => void) => {
  const mq = window.matchMedia(PHONE);
  mq.addEventListener('change', notify);
  return () => mq.removeEventListener('change', notify);
};

export default function MapLegend({ panelOpen }: { panelOpen: boolean }) {
  const id = useId();
  const map = useAtlasMap();
  const inView = useInView(map);
  const phone = useSyncExternalStore(subscribePhone, () => window.matchMedia(PHONE).matches, () => false);
  // The reader's choice, once made; until then open on a wide screen unless the panel is open.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? (!phone && !panelOpen);
  const items = useMemo(() => legendInView(ITEMS, inView), [inView]);
  const sections = useMemo(() => {
    const out = new Map<string, LegendItem[]>();
    for (const item of items) out.set(item.section, [...(out.get(item.section) ?? []), item]);
    return [...out];
  }, [items]);

  return (
    <section className="map-legend" data-open={open} aria-labelledby={`${id}-title`} data-testid="map-legend" {...{ [COVERS_MAP]: '' }}>
      <button
        type="button"
        className="map-legend-toggle"
        aria-expanded={open}
        aria-controls={`${id}-body`}
        onClick={() => setChosen(!open)}
      >
        <span id={`${id}-title`}>Legend</span>
      </button>
      <div id={`${id}-body`} className="map-legend-body" hidden={!open}>
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
