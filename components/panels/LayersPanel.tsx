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
  /** Ids of the features inside the time range: counts read "shown of total" while time narrows them. */
  inRange?: ReadonlySet<string>;
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

/** "12/15" while the time range leaves out some of a layer's features, else the total. */
function LayerCount({ total, inTime }: { total: number; inTime: number | null }) {
  if (inTime === null || inTime === total)
    return (
      <span className="layer-count" aria-label={`${total} features`}>
        {total}
      </span>
    );
  return (
    <span className="layer-count layer-count-filtered" aria-label={`${inTime} of ${total} features in the time range`}>
      {inTime}/{total}
    </span>
  );
}

/** Layer toggles with counts, one toggle per alliance, and a legend matching the map's symbols. */
export default function LayersPanel({ catalog, on, onToggleLayer, hiddenAlliances, onToggleAlliance, state, inRange }: Props) {
  const inTime = (layer: LayerId) => (inRange ? catalog.features.filter((f) => f.layer === layer && inRange.has(f.id)).length : null);
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
              <LayerCount total={layer.count} inTime={inTime(layer.id)} />
            </label>
            <LayerStatus layer={layer.id} state={state} on={on[layer.id]} />
            {layer.id === 'alliances' && (
              <fieldset className="alliance-list" disabled={!on.alliances}>
                <legend className="visually-hidden">Alliances and partnerships</legend>
                {catalog.alliances.map((a) => (
                  <label
                    key={a.id}
                    className={`alliance-toggle${inRange && !inRange.has(a.id) ? ' out-of-time' : ''}`}
                    data-testid={`alliance-${a.id}`}
                    title={inRange && !inRange.has(a.id) ? 'Outside the selected time range' : undefined}
                  >
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
            <span className="inferred-mark" aria-hidden="true">≈</span> Date not stated by the text (resolved from it, or outside knowledge)
          </li>
        </ul>
      </details>
    </nav>
  );
}
