'use client';
import { useEffect, useRef, useState } from 'react';
import type { Geometry } from 'geojson';
import type { Map as MapLibreMap, GeoJSONSource } from 'maplibre-gl';
import type { TerraDraw } from 'terra-draw';
import { basemapStyle } from '@/lib/map/basemap-style';
import { loadMapLibre } from '@/lib/map/maplibre';
import { roundGeometry } from '@/lib/edit/geometry';

declare global {
  interface Window {
    /** The editor's map, for tests. */
    __editorMap?: MapLibreMap;
  }
}

type Mode = 'point' | 'linestring' | 'polygon';

const MODES: Record<'point' | 'line' | 'area', { mode: Mode; label: string }[]> = {
  point: [{ mode: 'point', label: 'Click a point' }],
  line: [{ mode: 'linestring', label: 'Draw a line' }],
  area: [
    { mode: 'linestring', label: 'Draw a line' },
    { mode: 'polygon', label: 'Draw an area' },
  ],
};

const DRAFT_SOURCE = 'draft-geometry';

/**
 * The feature's place on a map: click a point, or draw a line or an area with Terra Draw. The
 * finished shape becomes the draft's geometry
 * and is shown in green; drawing again replaces it. Coordinates are rounded to 6 decimals.
 */
export default function PlacePicker({
  geometryClass,
  geometry,
  onChange,
}: {
  geometryClass: 'point' | 'line' | 'area';
  geometry: Geometry | null;
  onChange: (g: Geometry) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const drawRef = useRef<TerraDraw | null>(null);
  const onChangeRef = useRef(onChange);
  const [ready, setReady] = useState(false);
  const [active, setActive] = useState<Mode | null>(null);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    let cancelled = false;
    let map: MapLibreMap | null = null;
    void (async () => {
      const maplibre = await loadMapLibre();
      if (cancelled || !container.current) return;
      map = new maplibre.Map({ container: container.current, style: basemapStyle, center: [45.8, 40.6], zoom: 5.6, attributionControl: { compact: true } });
      mapRef.current = map;
      window.__editorMap = map;
      map.addControl(new maplibre.NavigationControl({ showCompass: false }));
      await new Promise<void>((resolve) => map!.once('load', () => resolve()));
      if (cancelled) return;
      // The credits fold into their button: on a map this small they would cover a third of it.
      container.current?.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
      map.addSource(DRAFT_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      map.addLayer({ id: 'draft-fill', type: 'fill', source: DRAFT_SOURCE, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': '#1a7f37', 'fill-opacity': 0.2 } });
      map.addLayer({ id: 'draft-line', type: 'line', source: DRAFT_SOURCE, filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': '#1a7f37', 'line-width': 3 } });
      map.addLayer({ id: 'draft-point', type: 'circle', source: DRAFT_SOURCE, filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-color': '#1a7f37', 'circle-radius': 7, 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 } });
      const [{ TerraDraw, TerraDrawPointMode, TerraDrawLineStringMode, TerraDrawPolygonMode }, { TerraDrawMapLibreGLAdapter }] = await Promise.all([
        import('terra-draw'),
        import('terra-draw-maplibre-gl-adapter'),
      ]);
      if (cancelled) return;
      const draw = new TerraDraw({
        adapter: new TerraDrawMapLibreGLAdapter({ map }),
        modes: [new TerraDrawPointMode(), new TerraDrawLineStringMode(), new TerraDrawPolygonMode()],
      });
      draw.start();
      draw.on('finish', (id) => {
        const f = draw.getSnapshotFeature(id);
        if (!f) return;
        onChangeRef.current(roundGeometry(f.geometry as Geometry));
        draw.clear();
        draw.setMode('static');
        setActive(null);
      });
      drawRef.current = draw;
      setReady(true);
    })();
    return () => {
      cancelled = true;
      drawRef.current?.stop();
      drawRef.current = null;
      map?.remove();
      mapRef.current = null;
    };
  }, []);

  // The draft's geometry, however it was set (a suggestion, the map, the GeoJSON field).
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    const source = map.getSource(DRAFT_SOURCE) as GeoJSONSource | undefined;
    try {
      source?.setData({ type: 'FeatureCollection', features: geometry && isDrawable(geometry) ? [{ type: 'Feature', properties: {}, geometry }] : [] });
    } catch {
      // A geometry typed by hand may be unusable; the data check names the problem at its field.
    }
    if (geometry?.type === 'Point') map.easeTo({ center: geometry.coordinates as [number, number], zoom: Math.max(map.getZoom(), 7) });
  }, [geometry, ready]);

  const start = (mode: Mode) => {
    const draw = drawRef.current;
    if (!draw) return;
    draw.clear();
    draw.setMode(mode);
    setActive(mode);
  };

  return (
    <div className="editor-map-block">
      <div className="editor-row" role="toolbar" aria-label="Place the feature on the map">
        {MODES[geometryClass].map((m) => (
          <button key={m.mode} type="button" disabled={!ready} aria-pressed={active === m.mode} onClick={() => start(m.mode)} data-testid={`draw-${m.mode}`}>
            {m.label}
          </button>
        ))}
        {active && (
          <span className="tag" role="status">
            {active === 'point' ? 'Click the map.' : 'Click each point; click the last point again (or press Enter) to finish.'}
          </span>
        )}
      </div>
      <div ref={container} className="editor-map" data-testid="editor-map" data-ready={ready ? 'true' : 'false'} />
    </div>
  );
}

function isDrawable(g: Geometry): boolean {
  return ['Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon'].includes(g.type);
}
