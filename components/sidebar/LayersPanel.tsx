'use client';

import type { Catalog } from '@/lib/catalog';
import type { LayerLoad, LayerLoads } from '@/lib/client/use-atlas-data';
import type { LayerId } from '@/lib/data/types';
import { formatDateRange } from '@/lib/format/date';
import { layerById } from '@/lib/layers';
import type { LayerCount, ViewFilters } from '@/lib/view';
import { AllianceSwatch, Swatches } from './Swatches';

interface Props {
  catalog: Catalog;
  filters: ViewFilters;
  counts: Readonly<Record<LayerId, LayerCount>>;
  loads: LayerLoads;
  onRetry: (layer: LayerId) => void;
  onToggleLayer: (layer: LayerId) => void;
  /** Hides or shows one alliance. */
  onToggleOne: (id: string) => void;
  /** Whether a feature's dates overlap the time range (false while it is not loaded). */
  inTime: (id: string) => boolean;
}

function LayerStatus({ load, on, onRetry }: { load: LayerLoad; on: boolean; onRetry: () => void }) {
  if (!on) return null;
  if (load.error)
    return (
      <span className="layer-status layer-status-error" role="alert">
        Could not load: {load.error.description}{' '}
        <button type="button" className="link-button" onClick={onRetry}>
          Retry
        </button>
      </span>
    );
  if (load.loading) return <span className="layer-status">Loading…</span>;
  return null;
}

/** "12/15" while the time range leaves out some of a layer's features, else the total. */
function LayerCountBadge({ total, count }: { total: number; count: LayerCount | undefined }) {
  const inTime = count && count.total === total ? count.inTime : null;
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

/** Layer toggles with counts and one toggle per alliance; hovering an alliance singles it out on the map. */
export default function LayersPanel({ catalog, filters, counts, loads, onRetry, onToggleLayer, onToggleOne, inTime }: Props) {
  const { on, hidden } = filters;
  return (
    <nav className="layers-panel" aria-label="Map layers" data-testid="layers-panel">
      <h2>Layers</h2>
      <ul className="layer-list">
        {catalog.layers.map((layer) => (
          <li key={layer.id} data-testid={`layer-${layer.id}`}>
            <label className="layer-toggle" title={layer.description}>
              <input type="checkbox" checked={on[layer.id]} onChange={() => onToggleLayer(layer.id)} />
              <Swatches swatches={layerById(layer.id)?.swatch ?? []} />
              <span className="layer-title">{layer.title}</span>
              <LayerCountBadge total={layer.count} count={counts[layer.id]} />
            </label>
            <LayerStatus load={loads[layer.id]} on={on[layer.id]} onRetry={() => onRetry(layer.id)} />
            {layer.id === 'alliances' && (
              <fieldset className="alliance-list" disabled={!on.alliances}>
                <legend className="visually-hidden">Alliances and partnerships</legend>
                {catalog.alliances.map((a) => {
                  const outOfTime = !inTime(a.id);
                  return (
                    <label
                      key={a.id}
                      className={`alliance-toggle${outOfTime ? ' out-of-time' : ''}`}
                      data-testid={`alliance-${a.id}`}
                      title={outOfTime ? 'Outside the selected time range' : undefined}
                    >
                      <input type="checkbox" checked={!hidden.has(a.id)} onChange={() => onToggleOne(a.id)} />
                      <AllianceSwatch color={a.color} uncertain={a.status !== undefined && a.status !== 'in-force' && a.status !== 'occurred'} />
                      <span>
                        {a.name}
                        <span className="alliance-meta">
                          {a.members.join(' · ')} — {formatDateRange(a)}
                        </span>
                      </span>
                    </label>
                  );
                })}
              </fieldset>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
