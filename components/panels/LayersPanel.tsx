'use client';

import type { Catalog } from '@/lib/catalog';
import type { AtlasLayerState } from '@/lib/client/use-atlas-data';
import type { LayerId } from '@/lib/data/types';
import { formatPartialDate } from '@/lib/format/date';
import { AllianceSwatch, LayerSwatch } from './LayerSwatch';

interface Props {
  catalog: Catalog;
  on: Record<LayerId, boolean>;
  onToggleLayer: (layer: LayerId) => void;
  hiddenAlliances: ReadonlySet<string>;
  onToggleAlliance: (id: string) => void;
  state: AtlasLayerState;
}

function LayerStatus({ layer, state, on }: { layer: LayerId; state: AtlasLayerState; on: boolean }) {
  const s = state[layer];
  if (!on) return null;
  if (s.error)
    return (
      <span className="layer-status layer-status-error" role="alert">
        Could not load: {s.error.description}{' '}
        <button type="button" className="link-button" onClick={() => s.mutate()}>
          Retry
        </button>
      </span>
    );
  if (s.isLoading) return <span className="layer-status">Loading…</span>;
  return null;
}

/** Layer toggles with counts, one toggle per alliance, and a legend matching the map's symbols. */
export default function LayersPanel({ catalog, on, onToggleLayer, hiddenAlliances, onToggleAlliance, state }: Props) {
  return (
    <nav className="layers-panel" aria-label="Map layers" data-testid="layers-panel">
      <h2>Layers</h2>
      <ul className="layer-list">
        {catalog.layers.map((layer) => (
          <li key={layer.id} data-testid={`layer-${layer.id}`}>
            <label className="layer-toggle" title={layer.description}>
              <input type="checkbox" checked={on[layer.id]} onChange={() => onToggleLayer(layer.id)} />
              <LayerSwatch layer={layer.id} />
              <span className="layer-title">{layer.title}</span>
              <span className="layer-count" aria-label={`${layer.count} features`}>
                {layer.count}
              </span>
            </label>
            <LayerStatus layer={layer.id} state={state} on={on[layer.id]} />
            {layer.id === 'alliances' && (
              <fieldset className="alliance-list" disabled={!on.alliances}>
                <legend className="visually-hidden">Alliances and partnerships</legend>
                {catalog.alliances.map((a) => (
                  <label key={a.id} className="alliance-toggle" data-testid={`alliance-${a.id}`}>
                    <input type="checkbox" checked={!hiddenAlliances.has(a.id)} onChange={() => onToggleAlliance(a.id)} />
                    <AllianceSwatch color={a.color} proposed={a.kind === 'proposed-partnership'} />
                    <span>
                      {a.name}
                      <span className="alliance-meta">
                        {a.members.join(' · ')} — {formatPartialDate(a.from)}
                        {a.to === null ? ' onward' : a.to !== a.from ? `–${formatPartialDate(a.to)}` : ''}
                      </span>
                    </span>
                  </label>
                ))}
              </fieldset>
            )}
          </li>
        ))}
      </ul>
      <details className="legend">
        <summary>Legend</summary>
        <ul>
          <li>
            <svg width="18" height="14" aria-hidden="true"><circle cx="9" cy="7" r="5" fill="#555" /></svg> Exact site
          </li>
          <li>
            <svg width="18" height="14" aria-hidden="true"><circle cx="9" cy="7" r="5" fill="#fff" stroke="#555" strokeWidth="2" /></svg>{' '}
            Approximate place or region (open symbol, halo)
          </li>
          <li>
            <svg width="22" height="10" aria-hidden="true"><line x1="0" y1="5" x2="22" y2="5" stroke="#34495e" strokeWidth="2" /></svg>{' '}
            International border
          </li>
          <li>
            <svg width="22" height="10" aria-hidden="true"><line x1="0" y1="5" x2="22" y2="5" stroke="#9b2c2c" strokeWidth="2" strokeDasharray="5 3" /></svg>{' '}
            Line of contact
          </li>
          <li>
            <svg width="22" height="10" aria-hidden="true"><line x1="0" y1="5" x2="22" y2="5" stroke="#b7791f" strokeWidth="2" strokeDasharray="3 2" /></svg>{' '}
            Peacekeeping area
          </li>
          <li>
            <svg width="22" height="10" aria-hidden="true"><line x1="0" y1="5" x2="22" y2="5" stroke="#718096" strokeWidth="2" strokeDasharray="1 3" /></svg>{' '}
            Former autonomous oblast
          </li>
          <li>
            <svg width="22" height="10" aria-hidden="true"><line x1="0" y1="5" x2="22" y2="5" stroke="#666" strokeWidth="2.5" strokeDasharray="4 3" /></svg>{' '}
            Proposed partnership
          </li>
          <li>
            <span className="inferred-mark" aria-hidden="true">≈</span> Date inferred, not stated
          </li>
        </ul>
      </details>
    </nav>
  );
}
