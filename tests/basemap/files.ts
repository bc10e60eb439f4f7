/** Reads the built basemap files the way the browser and the data module see them. */
import fs from 'node:fs';
import path from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { basemapVersion } from '@/lib/map/basemap-version';
import { tileOf } from '@/scripts/basemap/tiles';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const PUBLIC_DIR = path.join(ROOT, 'public', 'basemap');
/** The folder of the current build, as the style's URLs name it. */
export const VERSION_DIR = path.join(PUBLIC_DIR, basemapVersion);
export const GEODATA_DIR = path.join(ROOT, 'geodata', 'basemap');

export function readPublic<P = Record<string, unknown>, G extends Geometry = Geometry>(name: string): FeatureCollection<G, P> {
  return JSON.parse(fs.readFileSync(path.join(VERSION_DIR, name), 'utf8')) as FeatureCollection<G, P>;
}

export function readTopology(): Topology<{ countries: GeometryCollection<{ iso3: string | null; name: string; kind: string }> }> {
  return JSON.parse(fs.readFileSync(path.join(GEODATA_DIR, 'countries.topo.json'), 'utf8'));
}

export type TileFeature = Feature<Geometry, Record<string, string | number | boolean>>;

/** The features of one source layer of tile z/x/y as GeoJSON (lon/lat); [] when the tile or layer is absent. */
export function readTile(z: number, x: number, y: number, layer: string, dir = VERSION_DIR): TileFeature[] {
  const file = path.join(dir, String(z), String(x), `${y}.pbf`);
  if (!fs.existsSync(file)) return [];
  const tile = new VectorTile(new PbfReader(fs.readFileSync(file)));
  const l = tile.layers[layer];
  if (!l) return [];
  const out: TileFeature[] = [];
  for (let i = 0; i < l.length; i++) out.push(l.feature(i).toGeoJSON(x, y, z) as TileFeature);
  return out;
}

/** The features of a source layer in the tile of zoom z that holds a position. */
export function tileAt(lon: number, lat: number, z: number, layer: string): TileFeature[] {
  const { x, y } = tileOf(lon, lat, z);
  return readTile(z, x, y, layer);
}
