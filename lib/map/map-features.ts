/**
 * What the map draws of the features the view model shows, source by source: point features as
 * markers in the one clustered point source, symbolic placements as capital badges, lines and areas
 * in their layer's source, and the selected feature on top of all of them. Flat properties only
 * (MapLibre turns nested values into strings), and just what the styles read. Pure.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { LAYERS, layerById, type LayerDefinition } from '@/lib/layers';
import { anchorsOf, isAnchored } from '@/lib/view/anchors';
import type { MapFormFeature } from '@/lib/view/map-form';
import { markerId, markerPlacement, markerStatus, type MarkerSpec } from './markers';

export interface MapFeatureProperties {
  id: string;
  layer: string;
  kind: string;
  name: string;
  /** How real, as drawn: `fact`, `planned`, `proposed`, `claimed`. */
  status: string;
  /** Point features: the marker image (markers.ts). */
  icon?: string;
  /** The colour of the feature's alliance (alliances layer). */
  color?: string;
}

export type MapCollection = FeatureCollection<Geometry, Record<string, unknown>>;

const collection = (features: Feature<Geometry, Record<string, unknown>>[]): MapCollection => ({ type: 'FeatureCollection', features });

/** The marker of a point feature of a point layer (null for symbolic placements and other layers). */
export function markerOf(f: MapFormFeature, registry: readonly LayerDefinition[] = LAYERS): MarkerSpec | null {
  const def = layerById(f.properties.layer, registry);
  const placement = markerPlacement(f.properties.precision);
  if (def?.map.kind !== 'points' || !placement) return null;
  const color = def.map.kindColors?.[f.properties.kind] ?? def.map.color;
  return { shape: def.map.shape, color, status: markerStatus(f.properties.status), placement };
}

/** A feature's flat drawing properties. */
export function drawnProperties(f: MapFormFeature, colors: Readonly<Record<string, string>>, registry?: readonly LayerDefinition[]): MapFeatureProperties {
  const p = f.properties;
  const marker = markerOf(f, registry);
  return {
    id: f.id,
    layer: p.layer,
    kind: p.kind,
    // A draft says so wherever the map names it (hover, labels).
    name: p.draft ? `${p.name} (draft, not yet reviewed)` : p.name,
    status: markerStatus(p.status),
    ...(marker ? { icon: markerId(marker) } : {}),
    ...(colors[f.id] ? { color: colors[f.id] } : {}),
  };
}

/** Whether a feature is drawn in the shared point source (a point layer's feature placed at a site or region). */
export function isPointFeature(f: MapFormFeature, registry: readonly LayerDefinition[] = LAYERS): boolean {
  return layerById(f.properties.layer, registry)?.map.kind === 'points' && !isAnchored(f) && !!f.geometry;
}

/** The markers of the shown point features, except the selected one (drawn apart, never inside a group). */
export function pointFeatures(shown: readonly MapFormFeature[], selected: string | null, registry?: readonly LayerDefinition[]): MapCollection {
  return collection(
    shown
      .filter((f) => f.id !== selected && isPointFeature(f, registry))
      .map((f) => ({ type: 'Feature', id: f.id, geometry: f.geometry!, properties: { ...drawnProperties(f, {}, registry) } })),
  );
}

/** One badge per capital for the shown symbolic placements, with their count and ids. */
export function anchorFeatures(shown: readonly MapFormFeature[], registry: readonly LayerDefinition[] = LAYERS): MapCollection {
  const onPointLayers = shown.filter((f) => layerById(f.properties.layer, registry)?.map.kind === 'points');
  return collection(
    anchorsOf(onPointLayers).map((a) => ({
      type: 'Feature',
      id: `anchor:${a.key}`,
      geometry: { type: 'Point', coordinates: a.coordinates },
      properties: { id: `anchor:${a.key}`, name: a.name ?? '', count: a.ids.length, ids: a.ids.join(' ') },
    })),
  );
}

/** The shown features of one line or area layer. */
export function shapeFeatures(shown: readonly MapFormFeature[], layer: string, colors: Readonly<Record<string, string>>): MapCollection {
  return collection(
    shown
      .filter((f) => f.properties.layer === layer && f.geometry)
      .map((f) => ({ type: 'Feature', id: f.id, geometry: f.geometry!, properties: { ...drawnProperties(f, colors) } })),
  );
}

/** A point to hang a line's or an area's label on: the vertex halfway along its first part. */
export function labelPoint(g: Geometry): Position | null {
  switch (g.type) {
    case 'Point':
      return g.coordinates;
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates[Math.floor((g.coordinates.length - 1) / 2)] ?? null;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates[0] ? labelPoint({ type: 'LineString', coordinates: g.coordinates[0] }) : null;
    case 'MultiPolygon':
      return g.coordinates[0] ? labelPoint({ type: 'Polygon', coordinates: g.coordinates[0] }) : null;
    case 'GeometryCollection':
      return g.geometries[0] ? labelPoint(g.geometries[0]) : null;
  }
}

/**
 * The selected feature as drawn on top: its geometry (with its marker, if it has one) and a label
 * point with its name. Empty when nothing is selected or the selection is not shown.
 */
export function selectionFeatures(shown: readonly MapFormFeature[], selected: string | null, registry?: readonly LayerDefinition[]): MapCollection {
  const f = selected ? shown.find((s) => s.id === selected) : undefined;
  if (!f?.geometry) return collection([]);
  const props = drawnProperties(f, {}, registry);
  const at = labelPoint(f.geometry);
  return collection([
    { type: 'Feature', id: f.id, geometry: f.geometry, properties: { ...props } },
    ...(at ? [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: at }, properties: { role: 'label', name: f.properties.name } }] : []),
  ]);
}
