/**
 * The basemap's towns (GeoNames, derived by scripts/build-basemap.ts into `basemap/places.geojson`),
 * reshaped for the page: name, other names, country and position. The search finds towns by any
 * of their names and learns contested names (Lachin / Berdzor) from them.
 */
import { BASEMAP_HINT, PLACES_FILE, PlacesFile } from './basemap';
import { DEFAULT_GEODATA_DIR, GeodataReader } from './files';
import { IssueList, type DataIssue } from './issues';
import { describeZodIssues } from './zod-issues';
import type { RegionalName } from './languages';

export interface Place {
  /** The label the map shows, contested names side by side: "Lachin / Berdzor". */
  name: string;
  /** Every other name the basemap knows, e.g. ["Lachin", "Berdzor", "Laçın"]. */
  altNames: string[];
  /** The name in the region's languages (Armenian, Azerbaijani, Georgian, Russian) where known. */
  names: RegionalName[];
  iso3: string;
  /** [lon, lat] */
  coordinates: [number, number];
}


/**
 * Reads the basemap towns under `dir` (default `<cwd>/geodata`); issues instead of a throw, like
 * the atlas loader.
 */
export function loadPlaces(dir: string = DEFAULT_GEODATA_DIR): { places?: Place[]; issues: DataIssue[] } {
  const issues = new IssueList();
  const reader = new GeodataReader(dir, issues);
  const raw = reader.json(PLACES_FILE, BASEMAP_HINT);
  if (raw === undefined) return { issues: issues.items };
  const parsed = PlacesFile.safeParse(raw);
  if (!parsed.success) {
    for (const p of describeZodIssues(parsed.error.issues).slice(0, 5)) issues.add(reader.file(PLACES_FILE), p);
    return { issues: issues.items };
  }
  const places = parsed.data.features.map(({ geometry, properties: p }) => ({
    name: p.name,
    altNames: p.altNames.filter((a) => a !== p.name),
    names: p.names,
    iso3: p.iso3,
    coordinates: geometry.coordinates,
  }));
  return { places, issues: [] };
}
