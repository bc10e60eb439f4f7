'use client';

import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Map, { AttributionControl, NavigationControl, ScaleControl, type MapLayerMouseEvent, type MapRef } from 'react-map-gl/maplibre';
import { ATLAS_MAP_ID } from '@/lib/client/use-atlas-map';
import { basemapStyle, BASEMAP_SOURCE_IDS, LOCAL_NAME_MINZOOM } from '@/lib/map/basemap-style';
import { interactiveLayerIds, picksOf, POINTS_SOURCE, type MapPick } from '@/lib/map/data-layers';
import { imageFor } from '@/lib/map/marker-canvas';
import { setFeatureFlag, type MapTarget } from '@/lib/map/focus';
import { loadMapLibre } from '@/lib/map/maplibre';
import { adoptingMapLib, openingView, startEarlyMap } from '@/lib/client/early-map';
import { loadRegionalFonts } from '@/lib/client/fonts';
import { paddingWithin } from '@/lib/client/use-camera';
import { MAP_SETTINGS } from '@/lib/map/view';
import type { MapView } from '@/lib/url';
import type { MapFormFeature } from '@/lib/view/map-form';
import DataLayers from './DataLayers';
import MapLegend from './MapLegend';

declare global {
  interface Window {
    /** The live MapLibre map, for debugging in the console and for end-to-end tests. */
    __atlasMap?: import('maplibre-gl').Map;
  }
}

const INTERACTIVE_LAYER_IDS = interactiveLayerIds();

// Start MapLibre, its worker and the map itself now, while the page hydrates (lib/client/early-map.ts).
startEarlyMap();

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
  /** A feature from the URL will be framed once its data arrives: the opening frame must not undo that. */
  framesSelection?: boolean;
  /** Called when the map comes to rest after a pan or zoom. */
  onViewChange?: (view: MapView) => void;
  /** The feature panel (or chooser) is open: the legend folds beside it. */
  panelOpen: boolean;
}

/** Marker and badge images are drawn when the map first asks for them (markers.ts spells them out). */
function imageResolver(map: MapLibreMap) {
  return (id: string) => {
    if (map.hasImage(id)) return;
    const ratio = window.devicePixelRatio || 1;
    const image = imageFor(id, ratio);
    if (!image) return;
    const { stretchX, content, ...data } = image;
    map.addImage(id, data, { pixelRatio: ratio, ...(stretchX ? { stretchX } : {}), ...(content ? { content } : {}) });
  };
}

/** What the tooltip says of a pick. */
function describePick(pick: MapPick): string {
  switch (pick.type) {
    case 'feature':
      return pick.name;
    case 'group':
      return `${pick.count} features close together: click to list them`;
    case 'anchor':
      return `${pick.ids.length} placed at ${pick.name || 'this capital'} for want of a venue: click to list them`;
  }
}

const BASEMAP_SOURCES: ReadonlySet<string> = new Set(Object.values(BASEMAP_SOURCE_IDS));


export default function AtlasMap({ shown, allianceColors, selected, tint, onPick, initialView, framesSelection, onViewChange, panelOpen }: Props) {
  // Adopts the map started before hydration, when there is one (lib/client/early-map.ts).
  const mapLib = useMemo(() => loadMapLibre().then(adoptingMapLib), []);
  const mapRef = useRef<MapRef | null>(null);
  const containerRef = useRef<HTMLDivElement | null>(null);
  // The opening camera (lib/client/early-map.ts, where the map started before hydration gets it
  // too): the first tiles fetched are the ones shown, and the opening frame is not a move, so it
  // stays out of the URL. A link to a feature frames the feature instead.
  const [openingCamera] = useState(() =>
    openingView(initialView, {
      get padding() {
        return framesSelection || !containerRef.current ? 0 : paddingWithin(containerRef.current);
      },
    }),
  );
  const hovered = useRef<MapTarget | null>(null);
  const [tooltip, setTooltip] = useState<{ x: number; y: number; names: string[] } | null>(null);
  // The basemap ships with the atlas, so a tile or file it cannot load means a broken install or
  // server: say so over the map rather than leave a blank sea under the data.
  const [basemapFailed, setBasemapFailed] = useState(false);

  const onRef = useCallback((ref: MapRef | null) => {
    mapRef.current = ref;
    if (!ref) return;
    const map = ref.getMap();
    window.__atlasMap = map;
    map.setMissingStyleImageResolver(imageResolver(map));
  }, []);

  const flag = (target: MapTarget | null, name: 'hover' | 'selected', on: boolean) => {
    const map = mapRef.current?.getMap();
    if (map) setFeatureFlag(map, target, name, on);
  };

  const onMouseMove = (e: MapLayerMouseEvent) => {
    const picks = picksOf(e.features ?? []);
    const top = picks[0] ?? null;
    const target = top?.type === 'feature' ? { id: top.id, layer: top.layer } : null;
    if (hovered.current?.id !== target?.id) {
      flag(hovered.current, 'hover', false);
      flag(target, 'hover', true);
      hovered.current = target;
    }
    setTooltip(top ? { x: e.point.x, y: e.point.y, names: picks.map(describePick) } : null);
  };

  const onClick = async (e: MapLayerMouseEvent) => {
    const picks = picksOf(e.features ?? []);
    const ids: string[] = [];
    for (const pick of picks) {
      if (pick.type === 'feature') ids.push(pick.id);
      else if (pick.type === 'anchor') ids.push(...pick.ids);
      else {
        const source = e.target.getSource<GeoJSONSource>(POINTS_SOURCE);
        const leaves = source ? await source.getClusterLeaves(pick.clusterId, Infinity, 0) : [];
        ids.push(...leaves.map((l) => String(l.properties?.id)));
      }
    }
    onPick([...new Set(ids)]);
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
    <div className="atlas-map" data-testid="atlas-map" ref={containerRef}>
      <Map
        ref={onRef}
        id={ATLAS_MAP_ID}
        {...MAP_SETTINGS}
        mapLib={mapLib}
        mapStyle={basemapStyle}
        initialViewState={openingCamera}
        interactiveLayerIds={INTERACTIVE_LAYER_IDS}
        cursor={tooltip ? 'pointer' : 'grab'}
        onMouseMove={onMouseMove}
        onMouseLeave={onMouseLeave}
        onClick={onClick}
        onLoad={(e) => {
          // Towns' names in their own scripts join the labels from the detail zoom, once their fonts
          // are there; the fonts are fetched only when the reader comes near that zoom.
          const map = e.target;
          const fontsWhenNear = () => {
            if (map.getZoom() < LOCAL_NAME_MINZOOM - 1) return;
            map.off('zoomend', fontsWhenNear);
            void loadRegionalFonts().then((ok) => ok && map.setGlobalStateProperty('regionalFonts', true));
          };
          map.on('zoomend', fontsWhenNear);
          fontsWhenNear();
        }}
        onError={(e) => {
          const source = (e as { sourceId?: string }).sourceId;
          if (source && BASEMAP_SOURCES.has(source)) setBasemapFailed(true);
          console.error(e.error);
        }}
        onMoveEnd={(e) => {
          const c = e.target.getCenter().wrap();
          onViewChange?.({ lng: c.lng, lat: c.lat, zoom: e.target.getZoom() });
        }}
        style={{ position: 'absolute', inset: 0 }}
      >
        <DataLayers shown={shown} selected={selected?.id ?? null} allianceColors={allianceColors} tint={tint} />
        <NavigationControl position="top-right" showCompass={false} />
        <ScaleControl position="bottom-left" unit="metric" />
        <AttributionControl position="bottom-right" compact={false} />
      </Map>
      <MapLegend panelOpen={panelOpen} />
      {basemapFailed && (
        <div className="map-notice" role="alert" data-testid="basemap-failed">
          <strong>The base map could not load.</strong> Land, borders, water and place names may be missing; the atlas&apos;s
          own features are still drawn where they are. The server may have been updated since this page opened.{' '}
          <button type="button" className="link-button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </div>
      )}
      {tooltip && (
        <div className="map-tooltip" role="tooltip" style={{ left: tooltip.x + 14, top: tooltip.y + 14 }}>
          {tooltip.names[0]}
          {tooltip.names.length > 1 && <span className="map-tooltip-more"> +{tooltip.names.length - 1} more here</span>}
        </div>
      )}
    </div>
  );
}
