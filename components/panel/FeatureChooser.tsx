'use client';

import { useEffect, useRef } from 'react';
import type { MapPick } from '@/lib/map/data-layers';
import { COVERS_MAP } from '@/lib/client/use-camera';
import { kindLabel } from '@/lib/format/labels';

/** When one click hits several features, the reader chooses which to open. */
export default function FeatureChooser({
  picks,
  onChoose,
  onClose,
}: {
  picks: MapPick[];
  onChoose: (pick: MapPick) => void;
  onClose: () => void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [picks]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <aside className="feature-panel chooser-panel" aria-label="Choose a feature" data-testid="feature-chooser" {...{ [COVERS_MAP]: '' }}>
      <button type="button" className="panel-close" onClick={onClose} aria-label="Close">
        ×
      </button>
      <h2>{picks.length} features here</h2>
      <ul className="chooser">
        {picks.map((p, i) => (
          <li key={p.id}>
            <button type="button" ref={i === 0 ? first : undefined} onClick={() => onChoose(p)}>
              <span className="chooser-name">{p.name}</span>
              <span className="muted">{kindLabel(p.layer)}</span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
