import { COVERS_MAP } from '@/lib/client/use-camera';

/** The feature panel while its code loads: the same place on the page, and the same words as while its data loads. */
export default function PanelLoading() {
  return (
    <aside className="feature-panel" aria-label="Feature details" data-testid="feature-panel" {...{ [COVERS_MAP]: '' }}>
      <p className="panel-status">Loading…</p>
    </aside>
  );
}
