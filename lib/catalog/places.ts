import type { Place } from '@/lib/data';

/** A basemap town as the page carries it: names, country, position; nothing else. */
export interface CatalogPlace {
  name: string;
  altNames: string[];
  iso3: string;
  lon: number;
  lat: number;
}

/** ~11 m: plenty to fly to a town, and it keeps the page's payload small. */
const DECIMALS = 4;
const round = (v: number) => Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;

/**
 * The compact place index sent with the page, for the search box. A couple of hundred towns at a
 * few dozen bytes each: cheaper than a separate request and ready before the map.
 */
export function catalogPlaces(places: readonly Place[]): CatalogPlace[] {
  return places.map((p) => ({ name: p.name, altNames: p.altNames, iso3: p.iso3, lon: round(p.coordinates[0]), lat: round(p.coordinates[1]) }));
}
