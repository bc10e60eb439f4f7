'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import MapSidebar from '@/components/find/MapSidebar';
import SearchBox from '@/components/find/SearchBox';
import AtlasMap, { type MapPick } from '@/components/map/AtlasMap';
import FeatureChooser from '@/components/panels/FeatureChooser';
import FeaturePanel from '@/components/panels/FeaturePanel';
import LayersPanel from '@/components/panels/LayersPanel';
import type { Catalog } from '@/lib/catalog';
import { useAtlasLayers } from '@/lib/client/use-atlas-data';
import type { LayerId } from '@/lib/data/types';

const ALL_ON: Record<LayerId, boolean> = { exercises: true, corridors: true, borders: true, alliances: true, events: true };

/** The map page: layers panel, map, and the side panel for the selected feature. */
export default function AtlasApp({ catalog, initialFeature }: { catalog: Catalog; initialFeature: string | null }) {
  const byId = useMemo(() => new Map(catalog.features.map((f) => [f.id, f])), [catalog]);
  const pickOf = useCallback(
    (id: string | null): MapPick | null => {
      const f = id ? byId.get(id) : undefined;
      return f ? { id: f.id, layer: f.layer, name: f.name } : null;
    },
    [byId],
  );

  const [on, setOn] = useState(ALL_ON);
  const [hiddenAlliances, setHiddenAlliances] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<MapPick | null>(() => pickOf(initialFeature));
  const [choices, setChoices] = useState<MapPick[] | null>(null);
  const layers = useAtlasLayers(on);
  const allianceColors = useMemo(() => Object.fromEntries(catalog.alliances.map((a) => [a.id, a.color])), [catalog]);

  const tint = useMemo(() => {
    const alliance = selected?.layer === 'alliances' ? catalog.alliances.find((a) => a.id === selected.id) : undefined;
    return alliance ? { members: alliance.members, color: alliance.color } : null;
  }, [selected, catalog]);

  const select = useCallback((pick: MapPick | null) => {
    setChoices(null);
    setSelected(pick);
    const url = new URL(window.location.href);
    if (pick) url.searchParams.set('feature', pick.id);
    else url.searchParams.delete('feature');
    if (url.href !== window.location.href) window.history.pushState(null, '', url);
  }, []);

  // Back and forward move through selections.
  useEffect(() => {
    const onPop = () => {
      setChoices(null);
      setSelected(pickOf(new URL(window.location.href).searchParams.get('feature')));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [pickOf]);

  const onPick = (picks: MapPick[]) => {
    if (picks.length === 0) return;
    if (picks.length === 1) select(picks[0]!);
    else setChoices(picks);
  };

  const toggleAlliance = (id: string) =>
    setHiddenAlliances((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const close = useCallback(() => select(null), [select]);
  const closeChooser = useCallback(() => setChoices(null), []);

  // ---- find (search and list): a feature found by search is shown even if its layer was off.
  const reveal = (id: string) => {
    const f = byId.get(id);
    if (!f) return;
    setOn((prev) => (prev[f.layer] ? prev : { ...prev, [f.layer]: true }));
    setHiddenAlliances((prev) => (prev.has(id) ? new Set([...prev].filter((a) => a !== id)) : prev));
    select(pickOf(id));
  };
  // ---- end find

  return (
    <div className="atlas-app">
      <SearchBox catalog={catalog} panelOpen={!!selected} onOpenFeature={reveal} />
      <MapSidebar
        catalog={catalog}
        layers={layers}
        on={on}
        hiddenAlliances={hiddenAlliances}
        selectedId={selected?.id ?? null}
        onSelect={(id) => select(pickOf(id))}
      >
        <LayersPanel
          catalog={catalog}
          on={on}
          onToggleLayer={(l) => setOn((prev) => ({ ...prev, [l]: !prev[l] }))}
          hiddenAlliances={hiddenAlliances}
          onToggleAlliance={toggleAlliance}
          state={layers}
        />
      </MapSidebar>
      <AtlasMap
        layers={layers}
        on={on}
        hiddenAlliances={hiddenAlliances}
        allianceColors={allianceColors}
        selected={selected}
        tint={tint}
        onPick={onPick}
      />
      {choices && <FeatureChooser picks={choices} onChoose={select} onClose={closeChooser} />}
      {!choices && selected && (
        <FeaturePanel
          layer={selected.layer}
          id={selected.id}
          catalog={catalog}
          onClose={close}
          onSelect={(id) => select(pickOf(id))}
        />
      )}
    </div>
  );
}
