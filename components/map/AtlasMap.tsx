'use client';

import type { GeoJSONSource, MapGeoJSONFeature, MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { useContext, useEffect, useRef, useState } from 'react';
import { AtlasMapContext } from '@/lib/client/use-atlas-map';
import { basemapStyle, BASEMAP_SOURCE_IDS, LOCAL_NAME_MINZOOM } from '@/lib/map/basemap-style';
import { interactiveLayerIds, picksOf, POINTS_SOURCE, type MapPick } from '@/lib/map/data-layers';
import { imageResolver } from '@/lib/map/marker-canvas';
import { setFeatureFlag, type MapTarget } from '@/lib/map/focus';
import { loadMapLibre } from '@/lib/map/maplibre';
import { adoptEarlyMap, openingOptions, startEarlyMap } from '@/lib/client/early-map';
import { loadRegionalFonts } from '@/lib/client/fonts';
import { MAP_CREATED_MARK } from '@/lib/client/marks';
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


/** The data-layer features under a point, topmost first (none before the style has the layers). */
function featuresAt(map: MapLibreMap, e: MapLayerMouseEvent): MapGeoJSONFeature[] {
  const layers = INTERACTIVE_LAYER_IDS.filter((id) => map.getLayer(id));
  return layers.length ? map.queryRenderedFeatures(e.point, { layers }) : [];
}

export default function AtlasMap({ shown, allianceColors, selected, tint, onPick, initialView, framesSelection, onViewChange, panelOpen }: Props) {
  const { map, setMap } = useContext(AtlasMapContext);
  const containerRef = useRef<HTMLDivElement | null>(null);
  const mapRef = useRef<HTMLDivElement | null>(null);
  const hovered = useRef<MapTarget | null>(null);
  const [tooltip, setTooltip] = useState<{ x: number; y: number; names: string[] } | null>(null);
  // The basemap ships with the atlas, so a tile or file it cannot load means a broken install or
  // server: say so over the map rather than leave a blank sea under the data.
  const [basemapFailed, setBasemapFailed] = useState(false);

  // The map's handlers call the latest props without making the map again.
  const latest = useRef({ onPick, onViewChange });
  useEffect(() => {
    latest.current = { onPick, onViewChange };
  });
  // The opening camera is read once, when the map is made.
  const opening = useRef({ initialView, framesSelection });

  useEffect(() => {
    const container = containerRef.current;
    const slot = mapRef.current;
    if (!container || !slot) return;
    let made: MapLibreMap | null = null;
    let gone = false;
    void loadMapLibre().then((maplibre) => {
      if (gone) return;
      // Adopts the map started before hydration, when there is one (lib/client/early-map.ts).
      // Otherwise the same settings and opening camera: the URL's view, else the region framed
      // inside the covers; the first tiles fetched are the ones shown, and the opening frame is not
      // a move, so it stays out of the URL.
      const { initialView: view, framesSelection: frames } = opening.current;
      let m = adoptEarlyMap(slot);
      if (!m) {
        m = new maplibre.Map({ container: slot, style: basemapStyle, ...MAP_SETTINGS, ...openingOptions(container, view, !frames) });
        performance.mark(MAP_CREATED_MARK);
      }
      const map = (made = m);
      map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
      map.addControl(new maplibre.ScaleControl({ unit: 'metric' }), 'bottom-left');
      map.addControl(new maplibre.AttributionControl({ compact: false }), 'bottom-right');
      map.setMissingStyleImageResolver(imageResolver(map));
      window.__atlasMap = map;

      const flagHover = (target: MapTarget | null) => {
        if (hovered.current?.id === target?.id) return;
        setFeatureFlag(map, hovered.current, 'hover', false);
        setFeatureFlag(map, target, 'hover', true);
        hovered.current = target;
      };
      map.on('mousemove', (e) => {
        const picks = picksOf(featuresAt(map, e));
        const top = picks[0] ?? null;
        flagHover(top?.type === 'feature' ? { id: top.id, layer: top.layer } : null);
        setTooltip(top ? { x: e.point.x, y: e.point.y, names: picks.map(describePick) } : null);
      });
      map.on('mouseout', () => {
        flagHover(null);
        setTooltip(null);
      });
      map.on('click', async (e) => {
        const ids: string[] = [];
        for (const pick of picksOf(featuresAt(map, e))) {
          if (pick.type === 'feature') ids.push(pick.id);
          else if (pick.type === 'anchor') ids.push(...pick.ids);
          else {
            const source = map.getSource<GeoJSONSource>(POINTS_SOURCE);
            const leaves = source ? await source.getClusterLeaves(pick.clusterId, Infinity, 0) : [];
            ids.push(...leaves.map((l) => String(l.properties?.id)));
          }
        }
        latest.current.onPick([...new Set(ids)]);
      });
      map.once('load', () => {
        // Towns' names in their own scripts join the labels from the detail zoom, once their fonts
        // are there; the fonts are fetched only when the reader comes near that zoom.
        const fontsWhenNear = () => {
          if (map.getZoom() < LOCAL_NAME_MINZOOM - 1) return;
          map.off('zoomend', fontsWhenNear);
          void loadRegionalFonts().then((ok) => ok && map.setGlobalStateProperty('regionalFonts', true));
        };
        map.on('zoomend', fontsWhenNear);
        fontsWhenNear();
      });
      map.on('error', (e) => {
        const source = (e as { sourceId?: string }).sourceId;
        if (source && BASEMAP_SOURCES.has(source)) setBasemapFailed(true);
        console.error(e.error);
      });
      map.on('moveend', () => {
        const c = map.getCenter().wrap();
        latest.current.onViewChange?.({ lng: c.lng, lat: c.lat, zoom: map.getZoom() });
      });
      setMap(map);
    });
    return () => {
      gone = true;
      setMap(undefined);
      if (window.__atlasMap === made) delete window.__atlasMap;
      made?.remove();
    };
  }, [setMap]);

  // A pointer over a feature or a group: it can be clicked.
  useEffect(() => {
    if (map) map.getCanvas().style.cursor = tooltip ? 'pointer' : '';
  }, [map, tooltip]);

  return (
    <div className="atlas-map" data-testid="atlas-map" ref={containerRef}>
      <div ref={mapRef} className="atlas-map-canvas" style={{ position: 'absolute', inset: 0 }} />
      {map && <DataLayers map={map} shown={shown} selected={selected} allianceColors={allianceColors} tint={tint} />}
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
