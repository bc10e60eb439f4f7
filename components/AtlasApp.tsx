'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import SearchBox from '@/components/header/SearchBox';
import AtlasMap from '@/components/map/AtlasMap';
import FeatureChooser from '@/components/panel/FeatureChooser';
import PanelLoading from '@/components/panel/PanelLoading';
import LayersPanel from '@/components/sidebar/LayersPanel';
import MapSidebar from '@/components/sidebar/MapSidebar';
import ExportButtons from '@/components/timeline/ExportButtons';
import Timeline from '@/components/timeline/Timeline';
import type { Catalog } from '@/lib/catalog';
import { APP_HYDRATED_MARK } from '@/lib/client/marks';
import { useAtlasMap } from '@/lib/client/use-atlas-map';
import { useMapLayers } from '@/lib/client/use-atlas-data';
import { useAtlasState } from '@/lib/client/use-atlas-state';
import { useAtlasView } from '@/lib/client/use-atlas-view';
import { useFocus } from '@/lib/client/use-camera';
import type { LayerId } from '@/lib/data/types';
import { bboxOf } from '@/lib/geo/bbox';
import type { FocusMode } from '@/lib/map/focus';
import { urlContext, type UrlState } from '@/lib/url';
import { featureIndex, whyHidden } from '@/lib/view';

// The panel's code loads with the first feature opened (or with the page, when its link opens one).
const FeaturePanel = dynamic(() => import('@/components/panel/FeaturePanel'), { loading: PanelLoading });

interface Props {
  catalog: Catalog;
  /** The state the URL asked for, parsed on the server so the first render matches it. */
  initial: UrlState;
  /** The layer of the feature the URL selects, so its panel can load before the layers do. */
  initialLayer: LayerId | null;
}

/**
 * The map page, wired together: the page state (lib/view/state.ts) and the features in map form go
 * in; the view model decides what every part shows; camera moves wait until the panel that will
 * cover the map has rendered, so the target lands in the free part of the map.
 */
export default function AtlasApp({ catalog, initial, initialLayer }: Props) {
  // The moment the page is hydrated, for the benchmark and the tests (lib/client/marks.ts).
  useEffect(() => {
    performance.mark(APP_HYDRATED_MARK);
  }, []);
  const layerIds = useMemo(() => catalog.layers.map((l) => l.id), [catalog]);
  const { loads, retry } = useMapLayers(layerIds, catalog.version);
  const index = useMemo(() => featureIndex(layerIds.map((l) => loads[l].data)), [layerIds, loads]);
  const allLoaded = layerIds.every((l) => loads[l].data);
  // Back/Forward may name a feature before its layer has arrived: accept it until all have.
  const ctx = useMemo(() => urlContext(catalog, { has: (id) => !allLoaded || index.byId.has(id) }), [catalog, index, allLoaded]);
  const { state, dispatch, onViewChange } = useAtlasState(initial, ctx);
  const { filters, selected, choices } = state;
  const { shown, counts, playable, summary, inTime, nameOf } = useAtlasView(catalog, index, loads, filters);

  const selectedFeature = selected ? index.byId.get(selected) : undefined;
  const selectedLayer = selectedFeature?.properties.layer ?? (selected !== null && selected === initial.feature ? initialLayer : null);
  const hiddenBecause = selectedFeature ? whyHidden(selectedFeature, filters) : null;
  const tint = useMemo(() => {
    const alliance = catalog.alliances.find((a) => a.id === selected);
    return alliance ? { members: alliance.members, color: alliance.color } : null;
  }, [catalog, selected]);
  const allianceColors = useMemo(() => Object.fromEntries(catalog.alliances.map((a) => [a.id, a.color])), [catalog]);

  // ---- camera: a move asked for with a selection runs once the panel has rendered and the feature is loaded
  const map = useAtlasMap();
  const focus = useFocus(map);
  const pendingFocus = useRef<{ id: string; mode: FocusMode } | null>(
    initial.feature && !initial.view ? { id: initial.feature, mode: 'pan' } : null,
  );
  useEffect(() => {
    const want = pendingFocus.current;
    const geometry = want ? index.byId.get(want.id)?.geometry : undefined;
    if (!want || !map || !geometry) return;
    pendingFocus.current = null;
    focus(bboxOf(geometry), want.mode);
  }, [map, index, state, focus]);

  const open = useCallback((id: string, mode: FocusMode) => {
    pendingFocus.current = { id, mode };
    dispatch({ type: 'select', id });
  }, [dispatch]);
  const reveal = useCallback(
    (id: string, mode: FocusMode) => {
      const f = index.byId.get(id);
      if (!f) return;
      pendingFocus.current = { id, mode };
      dispatch({ type: 'reveal', feature: f, extent: catalog.timeExtent });
    },
    [index, dispatch, catalog.timeExtent],
  );
  const onPick = useCallback(
    (ids: string[]) => {
      if (ids.length === 1) pendingFocus.current = { id: ids[0]!, mode: 'ensure' };
      dispatch({ type: 'pick', ids });
    },
    [dispatch],
  );
  const close = useCallback(() => dispatch({ type: 'select', id: null }), [dispatch]);
  const closeChooser = useCallback(() => dispatch({ type: 'close-chooser' }), [dispatch]);

  const choosing = useMemo(() => (choices ?? []).flatMap((id) => index.byId.get(id) ?? []), [choices, index]);

  return (
    <div className="atlas-app" data-side-panel={choices || selected ? 'open' : undefined}>
      <SearchBox version={catalog.version} onOpenFeature={(id) => reveal(id, 'reveal')} focus={focus} />
      <MapSidebar layers={catalog.layers} shown={shown} selectedId={selected} onSelect={(id) => open(id, 'pan')}>
        <LayersPanel
          catalog={catalog}
          filters={filters}
          counts={counts}
          loads={loads}
          onRetry={retry}
          onToggleLayer={(layer) => dispatch({ type: 'toggle-layer', layer })}
          onToggleOne={(id) => dispatch({ type: 'toggle-one', id })}
          inTime={inTime}
        />
      </MapSidebar>
      <AtlasMap
        shown={shown}
        allianceColors={allianceColors}
        selected={selectedFeature && !hiddenBecause ? { id: selectedFeature.id, layer: selectedFeature.properties.layer } : null}
        tint={tint}
        onPick={onPick}
        initialView={initial.view}
        framesSelection={!initial.view && !!initial.feature}
        onViewChange={onViewChange}
        panelOpen={!!(choices || selected)}
      />
      <Timeline
        extent={catalog.timeExtent}
        axis={catalog.timeAxis}
        range={filters.range}
        onChange={(range) => dispatch({ type: 'set-range', range })}
        summary={summary}
        onRetry={retry}
        playable={playable}
      >
        <ExportButtons layers={catalog.layers} shown={shown} range={filters.range} sourceTitles={catalog.sources} ready={allLoaded} />
      </Timeline>
      {choices && <FeatureChooser features={choosing} onChoose={(id) => open(id, 'ensure')} onClose={closeChooser} />}
      {!choices && selected && (
        <FeaturePanel
          layer={selectedLayer ?? undefined}
          id={selected}
          nameOf={nameOf}
          onClose={close}
          onSelect={(id) => open(id, 'pan')}
          hiddenBecause={hiddenBecause}
          onShow={() => reveal(selected, 'pan')}
        />
      )}
    </div>
  );
}
