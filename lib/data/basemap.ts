/**
 * Reads the derived basemap files that derived geometries are built from: capitals from
 * `basemap/places.geojson` (GeoNames) and country shapes from `basemap/countries.topo.json`
 * (Natural Earth). They are read only when a feature asks for them, and at most once per load.
 */
import type { Topology, GeometryCollection } from 'topojson-specification';
import { z } from 'zod';
import type { GeodataReader } from './files';
import type { IssueList } from './issues';
import { describeZodIssues } from './zod-issues';
import { NAME_LANGUAGES, NAME_SOURCES, scriptProblem } from './languages';

export interface Capital {
  iso3: string;
  name: string;
  /** [lon, lat] */
  coordinates: [number, number];
}

/** A town's name in one of the region's languages, written in that language's script. */
export const PlaceRegionalName = z
  .object({ name: z.string().min(1), lang: z.enum(NAME_LANGUAGES), source: z.enum(NAME_SOURCES) })
  .strict()
  .superRefine((n, ctx) => {
    const problem = scriptProblem(n.name, n.lang);
    if (problem) ctx.addIssue({ code: 'custom', path: ['name'], message: problem });
  });

/** A town of `basemap/places.geojson` (GeoNames, derived by scripts/build-basemap.ts). */
const PlaceFeature = z.object({
  geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
  properties: z.looseObject({
    /** The label the map shows, contested names side by side: "Lachin / Berdzor". */
    name: z.string().min(1),
    /** Every other name the basemap knows, e.g. ["Lachin", "Berdzor", "Laçın"]. */
    altNames: z.array(z.string()).default([]),
    /** The name in Armenian, Azerbaijani, Georgian and Russian where known, with its source. */
    names: z.array(PlaceRegionalName).default([]),
    /** The name in the country's own language, written under the label from the detail zoom. */
    local: z.string().default(''),
    iso3: z.string(),
    capital: z.boolean(),
    population: z.number().optional(),
  }),
});
/** The one schema of `basemap/places.geojson`: the capitals for derived links and the towns for search. */
export const PlacesFile = z.object({ type: z.literal('FeatureCollection'), features: z.array(PlaceFeature) });
export const PLACES_FILE = 'basemap/places.geojson';
export const BASEMAP_HINT = '; run `npm run build:basemap`';
const Countries = z.looseObject({
  type: z.literal('Topology'),
  objects: z.looseObject({ countries: z.looseObject({ type: z.literal('GeometryCollection'), geometries: z.array(z.unknown()) }) }),
});


export class Basemap {
  private placesCache?: z.infer<typeof PlacesFile> | null;
  private capitalsCache?: Map<string, Capital> | null;
  private topologyCache?: Topology<{ countries: GeometryCollection }> | null;

  constructor(
    private readonly reader: GeodataReader,
    private readonly issues: IssueList,
  ) {}

  /** National capitals by ISO alpha-3; where a country lists several, the most populous. */
  capitals(): Map<string, Capital> | null {
    if (this.capitalsCache !== undefined) return this.capitalsCache;
    const parsed = this.placesFile();
    this.capitalsCache = null;
    if (!parsed) return null;
    const best = new Map<string, { capital: Capital; population: number }>();
    for (const { geometry, properties: p } of parsed.features) {
      if (!p.capital) continue;
      const population = p.population ?? 0;
      if ((best.get(p.iso3)?.population ?? -1) >= population) continue;
      best.set(p.iso3, { capital: { iso3: p.iso3, name: p.name, coordinates: geometry.coordinates }, population });
    }
    this.capitalsCache = new Map([...best].map(([iso3, b]) => [iso3, b.capital]));
    return this.capitalsCache;
  }

  /** Every town's label and other names, for the naming checks. */
  placeNames(): { name: string; altNames: string[] }[] | null {
    return this.placesFile()?.features.map((f) => ({ name: f.properties.name, altNames: f.properties.altNames })) ?? null;
  }

  private placesFile(): z.infer<typeof PlacesFile> | null {
    if (this.placesCache === undefined) this.placesCache = this.parse(PLACES_FILE, PlacesFile) ?? null;
    return this.placesCache;
  }

  /** The countries topology, geometries identified by ISO alpha-3 ids. */
  topology(): Topology<{ countries: GeometryCollection }> | null {
    if (this.topologyCache !== undefined) return this.topologyCache;
    const parsed = this.parse('basemap/countries.topo.json', Countries);
    this.topologyCache = parsed ? (parsed as unknown as Topology<{ countries: GeometryCollection }>) : null;
    return this.topologyCache;
  }

  private parse<T>(rel: string, schema: z.ZodType<T>): T | undefined {
    const raw = this.reader.json(rel, BASEMAP_HINT);
    if (raw === undefined) return undefined;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    for (const p of describeZodIssues(parsed.error.issues).slice(0, 5)) this.issues.add(this.reader.file(rel), p);
    return undefined;
  }
}
