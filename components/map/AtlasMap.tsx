'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Map, {
  AttributionControl,
  NavigationControl,
  ScaleControl,
  type MapLayerMouseEvent,
  type MapRef,
} from 'react-map-gl/maplibre';
import type { LayerId } from '@/lib/data/types';
import type { AtlasLayerState } from '@/lib/client/use-atlas-data';
import { basemapStyle } from '@/lib/map/basemap-style';
import { loadMapLibre } from '@/lib/map/maplibre';
import { ATLAS_MAP_ID } from '@/lib/client/use-atlas-map';
import { MAP_LABEL, MAX_ZOOM, MIN_ZOOM, openingPadding, REGION_BOUNDS } from '@/lib/map/view';
import type { TimeRange } from '@/lib/time';
import type { MapView } from '@/lib/url';
import { interactiveLayerIds, picksOf, sourceOf, type MapPick } from '@/lib/map/data-layers';
import DataLayers from './DataLayers';

const INTERACTIVE_LAYER_IDS = interactiveLayerIds();

declare global {
  interface Window {
    /** The live MapLibre map, for debugging in the console and for end-to-end tests. */
    __atlasMap?: import('maplibre-gl').Map;
  }
}

export type { MapPick };

interface Props {
  layers: AtlasLayerState;
  on: Record<LayerId, boolean>;
  hiddenAlliances: ReadonlySet<string>;
  allianceColors: Record<string, string>;
  selected: MapPick | null;
  /** Member states of the selected alliance, tinted on the basemap. */
  tint: { members: string[]; color: string } | null;
  /** Called with every distinct feature under a click (empty when the click hit nothing). */
  onPick: (picks: MapPick[]) => void;
  /** Time range whose features are drawn. */
  range: TimeRange;
  /** Where to open (from the URL); the region frame when absent. */
  initialView?: MapView | null;
  /** Called when the map comes to rest after a pan or zoom. */
  onViewChange?: (view: MapView) => void;
}


export default function AtlasMap({
  layers,
  on,
  hiddenAlliances,
  allianceColors,
  selected,
  tint,
  onPick,
  range,
  initialView,
  onViewChange,
}: Props) {
  const mapLib = useMemo(() => loadMapLibre(), []);
  const mapRef = useRef<MapRef | null>(null);
  const hovered = useRef<MapPick | null>(null);
  const [tooltip, setTooltip] = useState<{ x: number; y: number; names: string[] } | null>(null);

  const onRef = useCallback((ref: MapRef | null) => {
    mapRef.current = ref;
    if (ref) window.__atlasMap = ref.getMap();
  }, []);

  const setState = (pick: MapPick | null, state: Record<string, boolean>) => {
    const map = mapRef.current?.getMap();
    if (!pick || !map?.getSource(sourceOf(pick.layer))) return;
    map.setFeatureState({ source: sourceOf(pick.layer), id: pick.id }, state);
  };

  const onMouseMove = (e: MapLayerMouseEvent) => {
    const picks = picksOf(e.features ?? []);
    const top = picks[0] ?? null;
    if (hovered.current?.id !== top?.id) {
      setState(hovered.current, { hover: false });
      setState(top, { hover: true });
      hovered.current = top;
    }
    setTooltip(top ? { x: e.point.x, y: e.point.y, names: picks.map((p) => p.name) } : null);
  };

  const onMouseLeave = () => {
    setState(hovered.current, { hover: false });
    hovered.current = null;
    setTooltip(null);
  };

  // Keep the selected feature highlighted, also after its layer's data reloads.
  useEffect(() => {
    setState(selected, { selected: true });
    return () => setState(selected, { selected: false });
  }, [selected, layers]);

  return (
    <div className="atlas-map" data-testid="atlas-map">
      <Map
        ref={onRef}
        id={ATLAS_MAP_ID}
        locale={MAP_LABEL}
        mapLib={mapLib}
        mapStyle={basemapStyle}
        initialViewState={
          initialView
            ? { longitude: initialView.lng, latitude: initialView.lat, zoom: initialView.zoom }
            : { bounds: REGION_BOUNDS, fitBoundsOptions: { padding: openingPadding(globalThis.innerWidth) } }
        }
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        dragRotate={false}
        touchPitch={false}
        attributionControl={false}
        keyboard
        interactiveLayerIds={INTERACTIVE_LAYER_IDS}
        cursor={tooltip ? 'pointer' : 'grab'}
        onMouseMove={onMouseMove}
        onMouseLeave={onMouseLeave}
        onClick={(e) => onPick(picksOf(e.features ?? []))}
        onMoveEnd={(e) => {
          const c = e.target.getCenter().wrap();
          onViewChange?.({ lng: c.lng, lat: c.lat, zoom: e.target.getZoom() });
        }}
        style={{ position: 'absolute', inset: 0 }}
      >
        <DataLayers layers={layers} on={on} hiddenAlliances={hiddenAlliances} allianceColors={allianceColors} tint={tint} range={range} />
        <NavigationControl position="top-right" showCompass={false} />
        <ScaleControl position="bottom-left" unit="metric" />
        <AttributionControl position="bottom-right" compact={false} />
      </Map>
      {tooltip && (
        <div className="map-tooltip" role="tooltip" style={{ left: tooltip.x + 14, top: tooltip.y + 14 }}>
          {tooltip.names[0]}
          {tooltip.names.length > 1 && <span className="map-tooltip-more"> +{tooltip.names.length - 1} more here</span>}
        </div>
      )}
    </div>
  );
}
