/** Reads the built basemap files the way the browser and the data module see them. */
import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const PUBLIC_DIR = path.join(ROOT, 'public', 'basemap');
export const GEODATA_DIR = path.join(ROOT, 'geodata', 'basemap');

export function readPublic<P = Record<string, unknown>, G extends Geometry = Geometry>(name: string): FeatureCollection<G, P> {
  return JSON.parse(fs.readFileSync(path.join(PUBLIC_DIR, name), 'utf8')) as FeatureCollection<G, P>;
}

export function readTopology(): Topology<{ countries: GeometryCollection<{ iso3: string | null; name: string; kind: string }> }> {
  return JSON.parse(fs.readFileSync(path.join(GEODATA_DIR, 'countries.topo.json'), 'utf8'));
}
