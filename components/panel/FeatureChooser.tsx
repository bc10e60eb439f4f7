'use client';

import { useEffect, useMemo, useRef } from 'react';
import { COVERS_MAP } from '@/lib/client/use-camera';
import { kindLabel, PLACE_WORDS } from '@/lib/format/labels';
import { layerById } from '@/lib/layers';
import { markerStatus, STATUS_WORDS } from '@/lib/map/markers';
import type { MapFormFeature } from '@/lib/view/map-form';

/** Features of one chooser group: same layer and kind, same status. */
interface ChooserGroup {
  key: string;
  title: string;
  features: MapFormFeature[];
}

/** Groups the features by layer, kind and status, in the order a reader scans them: facts first. */
function groupsOf(features: readonly MapFormFeature[]): ChooserGroup[] {
  const groups = new Map<string, ChooserGroup>();
  const rank = (f: MapFormFeature) => ['fact', 'planned', 'proposed', 'claimed'].indexOf(markerStatus(f.properties.status));
  for (const f of [...features].sort((a, b) => rank(a) - rank(b) || a.properties.start.localeCompare(b.properties.start))) {
    const status = markerStatus(f.properties.status);
    const key = `${f.properties.layer}|${f.properties.kind}|${status}`;
    const title = `${kindLabel(f.properties.kind)}${status === 'fact' ? '' : ` — ${STATUS_WORDS[status].split(' (')[0]!.toLowerCase()}`}`;
    const group = groups.get(key) ?? { key, title, features: [] };
    group.features.push(f);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * When one click hits several features (a group of nearby points, a capital's badge, crossing
 * lines), the reader chooses which to open. The list is grouped by kind and status, and says where
 * a feature is only placed at a capital.
 */
export default function FeatureChooser({
  features,
  onChoose,
  onClose,
}: {
  features: readonly MapFormFeature[];
  onChoose: (id: string) => void;
  onClose: () => void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  const groups = useMemo(() => groupsOf(features), [features]);
  useEffect(() => first.current?.focus(), [features]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  let index = 0;
  return (
    <aside className="feature-panel chooser-panel" aria-label="Choose a feature" data-testid="feature-chooser" {...{ [COVERS_MAP]: '' }}>
      <button type="button" className="panel-close" onClick={onClose} aria-label="Close">
        ×
      </button>
      <h2>{features.length} features here</h2>
      {groups.map((g) => (
        <section key={g.key} className="chooser-group">
          <h3>
            {g.title} <span className="muted">({g.features.length})</span>
          </h3>
          <ul className="chooser">
            {g.features.map((f) => {
              const isFirst = index++ === 0;
              const place = PLACE_WORDS[f.properties.precision];
              return (
                <li key={f.id}>
                  <button type="button" ref={isFirst ? first : undefined} onClick={() => onChoose(f.id)}>
                    <span className="chooser-name">{f.properties.name}</span>
                    <span className="muted">
                      {layerById(f.properties.layer)?.title}
                      {place ? ` · ${place}` : ''}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </aside>
  );
}
