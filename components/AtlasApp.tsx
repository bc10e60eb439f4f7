'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import MapSidebar from '@/components/find/MapSidebar';
import SearchBox from '@/components/find/SearchBox';
import AtlasMap, { type MapPick } from '@/components/map/AtlasMap';
import ExportButtons from '@/components/panels/ExportButtons';
import FeatureChooser from '@/components/panels/FeatureChooser';
import FeaturePanel from '@/components/panels/FeaturePanel';
import LayersPanel from '@/components/panels/LayersPanel';
import Timeline from '@/components/panels/Timeline';
import type { Catalog } from '@/lib/catalog';
import { idsInRange, shownIds, toggledOn, whyHidden } from '@/lib/catalog/shown';
import { useAtlasLayers } from '@/lib/client/use-atlas-data';
import { useAtlasMap } from '@/lib/client/use-atlas-map';
import { focusOn } from '@/lib/map/focus';
import { useUrlSync } from '@/lib/client/use-url-sync';
import type { LayerId } from '@/lib/data/types';
import { intervalOf, type TimeRange } from '@/lib/time';
import { urlContext, type UrlState } from '@/lib/url';

/**
 * The map page: layers panel, map, time control, and the side panel for the selected feature.
 * `initial` is the state the URL asked for, parsed on the server so the first render matches it.
 */
export default function AtlasApp({ catalog, initial }: { catalog: Catalog; initial: UrlState }) {
  const byId = useMemo(() => new Map(catalog.features.map((f) => [f.id, f])), [catalog]);
  const pickOf = useCallback(
    (id: string | null): MapPick | null => {
      const f = id ? byId.get(id) : undefined;
      return f ? { id: f.id, layer: f.layer, name: f.name } : null;
    },
    [byId],
  );

  const [on, setOn] = useState<Record<LayerId, boolean>>(initial.on);
  const [hiddenAlliances, setHiddenAlliances] = useState<ReadonlySet<string>>(() => new Set(initial.hidden));
  const [range, setRange] = useState<TimeRange>(initial.range);
  const [selected, setSelected] = useState<MapPick | null>(() => pickOf(initial.feature));
  const [choices, setChoices] = useState<MapPick[] | null>(null);
  const layers = useAtlasLayers(on);
  const allianceColors = useMemo(() => Object.fromEntries(catalog.alliances.map((a) => [a.id, a.color])), [catalog]);

  const tint = useMemo(() => {
    const alliance = selected?.layer === 'alliances' ? catalog.alliances.find((a) => a.id === selected.id) : undefined;
    return alliance ? { members: alliance.members, color: alliance.color } : null;
  }, [selected, catalog]);

  // ---- what is shown: one definition for the map's count, the layers panel and the export ----
  const inRange = useMemo(() => idsInRange(catalog.features, range), [catalog, range]);
  const shown = useMemo(() => shownIds(catalog.features, { on, hiddenAlliances, range }), [catalog, on, hiddenAlliances, range]);
  const playable = useMemo(
    () => toggledOn(catalog.features, { on, hiddenAlliances }).map((f) => intervalOf(f.interval)),
    [catalog, on, hiddenAlliances],
  );
  const sourceTitles = useMemo(() => Object.fromEntries(catalog.sources.map((s) => [s.id, s.title])), [catalog]);

  // ---- the URL: selections push history entries, everything else replaces the current one ----
  const ctx = useMemo(() => urlContext(catalog), [catalog]);
  const urlState = useMemo(
    () => ({ feature: selected?.id ?? null, on, hidden: [...hiddenAlliances].sort(), range }),
    [selected, on, hiddenAlliances, range],
  );
  const onViewChange = useUrlSync(urlState, initial.view, ctx);

  const select = useCallback((pick: MapPick | null) => {
    setChoices(null);
    setSelected(pick);
  }, []);

  // Back and forward move through selections; the rest of the view stays as it is.
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

  // A link to a feature (e.g. back from the source reader) that names no view brings it into
  // sight beside the panel, at the opening zoom.
  const map = useAtlasMap();
  const revealedLinked = useRef(false);
  useEffect(() => {
    const bbox = initial.feature && !initial.view ? byId.get(initial.feature)?.bbox : null;
    if (!map || !bbox || revealedLinked.current) return;
    revealedLinked.current = true;
    focusOn(map, bbox, 'pan', true);
  }, [map, initial, byId]);

  const close = useCallback(() => select(null), [select]);
  const closeChooser = useCallback(() => setChoices(null), []);

  const isShown = useCallback((id: string) => shown.has(id), [shown]);

  // ---- find (search and list): a feature found by search is shown even if its layer was off.
  const reveal = (id: string) => {
    const f = byId.get(id);
    if (!f) return;
    setOn((prev) => (prev[f.layer] ? prev : { ...prev, [f.layer]: true }));
    setHiddenAlliances((prev) => (prev.has(id) ? new Set([...prev].filter((a) => a !== id)) : prev));
    // Outside the chosen years it would open but not be drawn: show all years again.
    if (!inRange.has(id)) setRange(catalog.timeExtent);
    select(pickOf(id));
  };
  // ---- end find

  const selectedHiddenBecause = useMemo(() => {
    const f = selected ? byId.get(selected.id) : undefined;
    return f ? whyHidden(f, { on, hiddenAlliances, range }) : null;
  }, [selected, byId, on, hiddenAlliances, range]);

  return (
    <div className="atlas-app" data-side-panel={choices || selected ? 'open' : undefined}>
      <SearchBox catalog={catalog} panelOpen={!!selected} onOpenFeature={reveal} />
      <MapSidebar
        catalog={catalog}
        layers={layers}
        on={on}
        hiddenAlliances={hiddenAlliances}
        selectedId={selected?.id ?? null}
        onSelect={(id) => select(pickOf(id))}
        isShown={isShown}
      >
        <LayersPanel
          catalog={catalog}
          on={on}
          onToggleLayer={(l) => setOn((prev) => ({ ...prev, [l]: !prev[l] }))}
          hiddenAlliances={hiddenAlliances}
          onToggleAlliance={toggleAlliance}
          state={layers}
          inRange={inRange}
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
        range={range}
        initialView={initial.view}
        onViewChange={onViewChange}
      />
      <Timeline
        extent={catalog.timeExtent}
        range={range}
        onChange={setRange}
        shown={shown.size}
        total={catalog.features.length}
        playable={playable}
      >
        <ExportButtons
          layerIds={catalog.layers.map((l) => l.id)}
          on={on}
          layers={layers}
          shown={shown}
          range={range}
          sourceTitles={sourceTitles}
        />
      </Timeline>
      {choices && <FeatureChooser picks={choices} onChoose={select} onClose={closeChooser} />}
      {!choices && selected && (
        <FeaturePanel
          layer={selected.layer}
          id={selected.id}
          catalog={catalog}
          onClose={close}
          onSelect={(id) => select(pickOf(id))}
          hiddenBecause={selectedHiddenBecause}
          onShow={() => reveal(selected.id)}
        />
      )}
    </div>
  );
}
