'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Map, { AttributionControl, NavigationControl, ScaleControl, type MapLayerMouseEvent, type MapRef } from 'react-map-gl/maplibre';
import { ATLAS_MAP_ID } from '@/lib/client/use-atlas-map';
import { basemapStyle } from '@/lib/map/basemap-style';
import { interactiveLayerIds, picksOf, type MapPick } from '@/lib/map/data-layers';
import { setFeatureFlag, type MapTarget } from '@/lib/map/focus';
import { loadMapLibre } from '@/lib/map/maplibre';
import { measuredPadding } from '@/lib/client/use-camera';
import { MAP_LABEL, MAX_ZOOM, MIN_ZOOM, REGION_BOUNDS } from '@/lib/map/view';
import type { MapView } from '@/lib/url';
import type { MapFormFeature } from '@/lib/view/map-form';
import DataLayers from './DataLayers';

declare global {
  interface Window {
    /** The live MapLibre map, for debugging in the console and for end-to-end tests. */
    __atlasMap?: import('maplibre-gl').Map;
  }
}

const INTERACTIVE_LAYER_IDS = interactiveLayerIds();

interface Props {
  /** The features the view model shows. */
  shown: readonly MapFormFeature[];
  allianceColors: Readonly<Record<string, string>>;
  selected: MapTarget | null;
  /** Member states of the selected alliance, tinted on the basemap. */
  tint: { members: string[]; color: string } | null;
  /** Called with the ids of every distinct feature under a click (empty when the click hit nothing). */
  onPick: (ids: string[]) => void;
  /** Where to open (from the URL); the region frame when absent. */
  initialView?: MapView | null;
  /** Called when the map comes to rest after a pan or zoom. */
  onViewChange?: (view: MapView) => void;
}

export default function AtlasMap({ shown, allianceColors, selected, tint, onPick, initialView, onViewChange }: Props) {
  const mapLib = useMemo(() => loadMapLibre(), []);
  const mapRef = useRef<MapRef | null>(null);
  const hovered = useRef<MapPick | null>(null);
  const [tooltip, setTooltip] = useState<{ x: number; y: number; names: string[] } | null>(null);

  const onRef = useCallback((ref: MapRef | null) => {
    mapRef.current = ref;
    if (ref) window.__atlasMap = ref.getMap();
  }, []);

  const flag = (target: MapTarget | null, name: 'hover' | 'selected', on: boolean) => {
    const map = mapRef.current?.getMap();
    if (map) setFeatureFlag(map, target, name, on);
  };

  const onMouseMove = (e: MapLayerMouseEvent) => {
    const picks = picksOf(e.features ?? []);
    const top = picks[0] ?? null;
    if (hovered.current?.id !== top?.id) {
      flag(hovered.current, 'hover', false);
      flag(top, 'hover', true);
      hovered.current = top;
    }
    setTooltip(top ? { x: e.point.x, y: e.point.y, names: picks.map((p) => p.name) } : null);
  };

  const onMouseLeave = () => {
    flag(hovered.current, 'hover', false);
    hovered.current = null;
    setTooltip(null);
  };

  // Keep the selected feature highlighted, also after the shown features change.
  useEffect(() => {
    flag(selected, 'selected', true);
    return () => flag(selected, 'selected', false);
  }, [selected, shown]);

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
            : { bounds: REGION_BOUNDS }
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
        onClick={(e) => onPick(picksOf(e.features ?? []).map((p) => p.id))}
        onLoad={(e) => {
          // Without a view in the URL, frame the region in the part of the map the sidebar, the
          // time control and the header's buttons leave free, measured now that they are drawn.
          if (!initialView) e.target.fitBounds(REGION_BOUNDS, { padding: measuredPadding(e.target), duration: 0 });
        }}
        onMoveEnd={(e) => {
          const c = e.target.getCenter().wrap();
          onViewChange?.({ lng: c.lng, lat: c.lat, zoom: e.target.getZoom() });
        }}
        style={{ position: 'absolute', inset: 0 }}
      >
        <DataLayers shown={shown} allianceColors={allianceColors} tint={tint} />
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
