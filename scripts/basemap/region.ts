/**
 * Which Natural Earth countries make up the region, and the regional topology the data module
 * derives borders from (geodata/basemap/countries.topo.json).
 */
import fs from 'node:fs';
import path from 'node:path';
import { booleanIntersects, bboxPolygon } from '@turf/turf';
import type { Topology } from 'topojson-specification';
import { byIso3, COUNTRIES, type Area } from '../../lib/geo/countries';
import { EXTRA_TOPOLOGY_ISO3, REGION_FRAME, WORLD_ATLAS_DIR } from './config';
import { areaOf, codeOf, countryFeature, subsetTopology, type CountryGeometry, type WorldTopology } from './topology';

export function loadWorld(scale: '10m' | '50m' | '110m'): WorldTopology {
  return JSON.parse(fs.readFileSync(path.join(WORLD_ATLAS_DIR, `countries-${scale}.json`), 'utf8')) as WorldTopology;
}

export interface RegionArea {
  area: Area;
  code: string;
  geometry: CountryGeometry;
}

/**
 * Areas whose 1:10m polygon meets REGION_FRAME. Throws if one is not in lib/geo/countries.ts, or a
 * table country is missing from Natural Earth, so the table and the data cannot drift apart.
 */
export function regionAreas(world10: WorldTopology): RegionArea[] {
  const frame = bboxPolygon(REGION_FRAME);
  const out: RegionArea[] = [];
  const unknown: string[] = [];
  for (const g of world10.objects.countries.geometries) {
    const f = countryFeature(world10, g);
    if (!booleanIntersects(f, frame)) continue;
    const area = areaOf(g);
    if (!area) unknown.push(`${g.properties?.name ?? '?'} (id ${g.id ?? 'none'})`);
    else out.push({ area, code: codeOf(area), geometry: g });
  }
  if (unknown.length) throw new Error(`add to lib/geo/countries.ts: ${unknown.join(', ')}`);

  const present = new Set(world10.objects.countries.geometries.map((g) => areaOf(g)).filter(Boolean).map((a) => codeOf(a!)));
  const missing = COUNTRIES.filter((c) => !present.has(c.iso3)).map((c) => `${c.iso3} (${c.numeric})`);
  if (missing.length) throw new Error(`not in Natural Earth 1:10m (wrong numeric code?): ${missing.join(', ')}`);

  return out.sort((a, b) => (a.code < b.code ? -1 : 1));
}

/**
 * The regional topology: region areas plus the distant partners (PAK, ISR, USA), geometry id =
 * atlas code (ISO alpha-3, or Natural Earth's code for the few territories without one),
 * properties {iso3 (null for territories), name, kind}.
 */
export function regionTopology(world10: WorldTopology, region: RegionArea[]) {
  const codes = new Set(region.map((r) => r.code));
  const all = [...region];
  for (const iso3 of EXTRA_TOPOLOGY_ISO3) {
    if (codes.has(iso3)) continue;
    const country = byIso3(iso3);
    const g = world10.objects.countries.geometries.find((x) => country && areaOf(x) === country);
    if (!country || !g) throw new Error(`${iso3} not found in Natural Earth 1:10m`);
    all.push({ area: country, code: iso3, geometry: g });
  }
  all.sort((a, b) => (a.code < b.code ? -1 : 1));
  const geometries = all.map(({ area, code, geometry }) => ({
    type: geometry.type,
    arcs: geometry.arcs,
    id: code,
    properties: { iso3: area.kind === 'country' ? area.iso3 : null, name: area.name, kind: area.kind },
  }));
  return subsetTopology(world10 as Topology, 'countries', geometries as CountryGeometry[]);
}
