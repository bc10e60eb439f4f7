/**
 * The offline basemap as a MapLibre style: calm, neutral cartography that the data layers (red and
 * blue symbols, coloured alliance links) sit on. Everything it loads is a static file under
 * /basemap/<version>/ built by scripts/build-basemap.ts: vector tiles (land, relief, borders,
 * lakes, rivers) and two small GeoJSON files (label points, towns). There is no tile server and no
 * glyph server.
 *
 * No `glyphs` URL on purpose: MapLibre then draws every label locally with TinySDF, using each
 * `text-font` stack as a CSS font-family list (sans-serif is appended as a last resort), and reads
 * the weight and style from the first family's name ("… Bold", "… Italic"). So each stack starts
 * with a name carrying the wanted weight/style, then families common on Linux, macOS and Windows.
 */
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
  VectorSourceSpecification,
} from 'maplibre-gl';
import { basemapTileZooms, basemapVersion } from './basemap-version';
import { REGIONAL_FONT_FAMILIES } from './fonts';

/** Font stacks for local text rendering; data layers can reuse them to match the basemap. */
export const BASEMAP_FONTS = {
  regular: ['Noto Sans Regular', 'Noto Sans', 'Helvetica Neue', 'Arial', ...REGIONAL_FONT_FAMILIES, 'sans-serif'],
  bold: ['Noto Sans Bold', 'Noto Sans', 'Helvetica Neue', 'Arial', ...REGIONAL_FONT_FAMILIES, 'sans-serif'],
  italic: ['Noto Sans Italic', 'Noto Sans', 'Helvetica Neue', 'Arial', 'sans-serif'],
};

/**
 * From this zoom a town in Armenia, Azerbaijan or Georgia is labelled in its own language too, on
 * a second line ("Goris" over "Գորիս"; a contested town both names, "Xankəndi / Ստեփանակերտ").
 */
export const LOCAL_NAME_MINZOOM = 8;

/**
 * The style's global state: `regionalFonts` turns true once the self-hosted Armenian and Georgian
 * fonts have loaded (lib/client/fonts.ts). MapLibre draws glyphs once and keeps them, so a local
 * name drawn before its font arrived would stay in a fallback face (or as boxes) for the session.
 */
export const BASEMAP_STATE = { regionalFonts: { default: false } };

/** The town's label, and from LOCAL_NAME_MINZOOM its name in its own language under it. */
const placeText: ExpressionSpecification = [
  'step',
  ['zoom'],
  ['get', 'name'],
  LOCAL_NAME_MINZOOM,
  [
    'case',
    ['all', ['global-state', 'regionalFonts'], ['!=', ['get', 'local'], '']],
    ['format', ['get', 'name'], {}, '\n', {}, ['get', 'local'], { 'font-scale': 0.86 }],
    ['get', 'name'],
  ],
];

/** The basemap palette. Muted so that saturated data colours stand out on it. */
export const BASEMAP_COLORS = {
  water: '#d5e0e7', // calm pale blue-grey; land reads against it without a coastline stroke
  relief: '#8a7658', // laid thinly over the land, once per band: higher ground is a little darker
  lakeShore: '#bccdd9', // a hairline round lakes so small ones hold their shape on light land
  river: '#8fb1c9', // a shade deeper than water: a thin line must still read as water
  land: '#f2efe9', // warm light neutral
  landRegion: '#fbfaf6', // Armenia, Azerbaijan, Georgia: a touch lighter, to lift them
  border: '#a9a7a2',
  borderRegion: '#7f7c76',
  countryLabel: '#8b8881',
  countryLabelRegion: '#5f5c56',
  seaLabel: '#6d8ca3', // seas, lakes and rivers
  place: '#4a4844',
  placeLabel: '#3f3d39',
  halo: '#ffffff',
};

/**
 * Land, borders, lakes and rivers share one vector-tile source (`land`, `borders` and `water` name
 * it, so a layer says which it draws); label points and towns are small GeoJSON sources.
 */
export const BASEMAP_SOURCE_IDS = {
  land: 'basemap-tiles',
  borders: 'basemap-tiles',
  water: 'basemap-tiles',
  labels: 'basemap-labels',
  places: 'basemap-places',
} as const;

/** The layers inside the vector tiles; a style layer on the tile source names one as `source-layer`. */
export const BASEMAP_SOURCE_LAYERS = {
  land: 'land',
  relief: 'relief',
  borders: 'borders',
  lakes: 'water',
  rivers: 'rivers',
} as const;

export const BASEMAP_LAYER_IDS = {
  /** Water: the background shows wherever there is no land (seas are not polygons). */
  background: 'background',
  land: 'basemap-land',
  landRegion: 'basemap-land-region',
  relief: 'basemap-relief',
  lakes: 'basemap-lakes',
  rivers: 'basemap-rivers',
  borders: 'basemap-borders',
  bordersDashed: 'basemap-borders-dashed',
  bordersRegion: 'basemap-borders-region',
  riverLabels: 'basemap-river-labels',
  lakeLabels: 'basemap-lake-labels',
  minorLakeLabels: 'basemap-minor-lake-labels',
  seaLabels: 'basemap-sea-labels',
  countryLabels: 'basemap-country-labels',
  exclaveLabels: 'basemap-exclave-labels',
  placeDots: 'basemap-place-dots',
  smallPlaceDots: 'basemap-small-place-dots',
  capitalDots: 'basemap-capital-dots',
  capitalLabels: 'basemap-capital-labels',
  townLabels: 'basemap-town-labels',
  smallTownLabels: 'basemap-small-town-labels',
} as const;

/**
 * Insert data layers before this id (`addLayer(layer, beforeId)`) to keep them above land
 * and borders but below the basemap's towns and labels. Without it they go on top of everything.
 */
export const BASEMAP_FIRST_LABEL_LAYER_ID = BASEMAP_LAYER_IDS.placeDots;

export const BASEMAP_ATTRIBUTION = {
  naturalEarth: 'Natural Earth',
  gshhg: 'GSHHG/WDBII lakes and rivers',
  srtm: 'SRTM30 relief (NASA JPL)',
  geonames: 'GeoNames (CC BY 4.0)',
} as const;

/**
 * Same-origin URL of a basemap file. Every file sits in the folder of its build's version, so a
 * rebuilt file gets a new URL and an old URL never changes meaning.
 */
export function basemapUrl(file: 'labels.geojson' | 'places.geojson' | '{z}/{x}/{y}.pbf'): string {
  return `/basemap/${basemapVersion}/${file}`;
}

const geojson = (file: 'labels.geojson' | 'places.geojson', attribution: string): GeoJSONSourceSpecification => ({
  type: 'geojson',
  data: basemapUrl(file),
  attribution,
  // Points only: nothing to simplify.
  tolerance: 0,
});

/**
 * The tiles: zoom 0–3 for the world, 4–7 for the region, 8–9 close to the South Caucasus. Missing
 * tiles (the far world past zoom 3, the wider region past 7) are drawn from their deepest ancestor
 * (`sparse`), and past maxzoom every tile reuses the zoom-9 tile (overzoom).
 */
const tiles: VectorSourceSpecification & { sparse: boolean } = {
  type: 'vector',
  tiles: [basemapUrl('{z}/{x}/{y}.pbf')],
  minzoom: basemapTileZooms.minzoom,
  maxzoom: basemapTileZooms.maxzoom,
  sparse: true,
  attribution: `${BASEMAP_ATTRIBUTION.naturalEarth}, ${BASEMAP_ATTRIBUTION.gshhg}, ${BASEMAP_ATTRIBUTION.srtm}`,
};

const S = BASEMAP_SOURCE_IDS;
const SL = BASEMAP_SOURCE_LAYERS;
const L = BASEMAP_LAYER_IDS;
const C = BASEMAP_COLORS;

const zoomed = (...stops: number[]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;

const isStatus = (s: string): ExpressionSpecification => ['==', ['get', 'status'], s];

/** Town dots appear with their labels: rank 2 from the opening zoom, rank 3 once zoomed in. */
const placeDot = (id: string, rank: number, minzoom: number, radius: number): LayerSpecification => ({
  id,
  type: 'circle',
  source: S.places,
  minzoom,
  filter: ['==', ['get', 'rank'], rank],
  paint: { 'circle-radius': radius, 'circle-color': C.place, 'circle-stroke-color': C.halo, 'circle-stroke-width': 0.8 },
});

const placeLabel = (id: string, rank: number, minzoom: number, size: ExpressionSpecification): LayerSpecification => ({
  id,
  type: 'symbol',
  source: S.places,
  minzoom,
  filter: ['==', ['get', 'rank'], rank],
  layout: {
    'text-field': placeText,
    'text-font': rank === 1 ? BASEMAP_FONTS.bold : BASEMAP_FONTS.regular,
    'text-size': size,
    // Beside the dot if there is room; else further out, clear of an atlas marker, group or badge
    // on the place (those are placed first and take their room).
    'text-variable-anchor-offset': [
      'left', [0.55, 0], 'right', [-0.55, 0], 'top', [0, 0.45], 'bottom', [0, -0.45],
      'left', [1.7, 0], 'right', [-1.7, 0], 'top', [0, 1.5], 'bottom', [0, -1.5],
      'top-left', [1.2, 1.1], 'bottom-left', [1.2, -1.1], 'top-right', [-1.2, 1.1], 'bottom-right', [-1.2, -1.1],
    ],
    'text-justify': 'auto',
    'text-max-width': 12,
    // Bigger places first when labels compete for room.
    'symbol-sort-key': ['-', 0, ['get', 'population']],
  },
  paint: { 'text-color': C.placeLabel, 'text-halo-color': C.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.3 },
});

/** Lake names, from the label points the build checked to lie in each lake. */
const lakeLabel = (id: string, major: boolean, minzoom: number): LayerSpecification => ({
  id,
  type: 'symbol',
  source: S.labels,
  minzoom,
  filter: ['all', ['==', ['get', 'kind'], 'lake'], ['==', ['get', 'major'], major]],
  layout: {
    'text-field': ['get', 'name'],
    'text-font': BASEMAP_FONTS.italic,
    'text-size': zoomed(5, 10.5, 9, 13),
    'text-letter-spacing': 0.06,
    'text-max-width': 7,
    // On the lake if there is room, else just beside it (a small lake under a country name).
    'text-variable-anchor': ['center', 'left', 'right', 'top', 'bottom'],
    'text-radial-offset': 0.4,
  },
  paint: { 'text-color': C.seaLabel, 'text-halo-color': C.water, 'text-halo-width': 1.2 },
});

/**
 * A value read per feature though it is the same for every one: MapLibre then binds it as the
 * data layers bind theirs, and the two share a shader program.
 */
function samePerFeature(value: number | string | ['literal', number[]]): ExpressionSpecification {
  return ['case', ['has', 'name'], value, value] as unknown as ExpressionSpecification;
}

export const BASEMAP_LAYERS: LayerSpecification[] = [
  { id: L.background, type: 'background', paint: { 'background-color': C.water } },
  { id: L.land, type: 'fill', source: S.land, 'source-layer': SL.land, paint: { 'fill-color': C.land } },
  {
    id: L.landRegion,
    type: 'fill',
    source: S.land,
    'source-layer': SL.land,
    filter: ['==', ['get', 'region'], true],
    paint: { 'fill-color': C.landRegion },
  },
  {
    // Bands from about 500, 1,000, 2,000 and 3,000 m, nested: each adds a thin veil, so the
    // Caucasus ranges and the Armenian highland stand out from the Kura–Aras lowland while the
    // region's lighter land still shows through.
    id: L.relief,
    type: 'fill',
    source: S.land,
    'source-layer': SL.relief,
    paint: { 'fill-color': C.relief, 'fill-opacity': 0.075, 'fill-antialias': false },
  },
  {
    // Lakes and reservoirs over the land they lie in, in the sea's colour (seas are the background).
    id: L.lakes,
    type: 'fill',
    source: S.water,
    'source-layer': SL.lakes,
    paint: { 'fill-color': C.water, 'fill-outline-color': C.lakeShore },
  },
  {
    // WDBII class 1 (major) to 4 (minor); named rivers a little stronger so they can be followed.
    id: L.rivers,
    type: 'line',
    source: S.water,
    'source-layer': SL.rivers,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: {
      'line-color': C.river,
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        4,
        ['+', ['match', ['get', 'class'], 1, 0.9, 2, 0.8, 3, 0.7, 0.45], ['case', ['has', 'name'], 0.3, 0]],
        9,
        ['+', ['match', ['get', 'class'], 1, 2.4, 2, 2.2, 3, 1.9, 1.2], ['case', ['has', 'name'], 0.5, 0]],
      ],
    },
  },
  {
    id: L.borders,
    type: 'line',
    source: S.borders,
    'source-layer': SL.borders,
    filter: ['all', isStatus('international'), ['!', ['get', 'touchesRegion']]],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': C.border, 'line-width': zoomed(2, 0.4, 6, 0.8, 10, 1.4) },
  },
  {
    id: L.bordersDashed,
    type: 'line',
    source: S.borders,
    'source-layer': SL.borders,
    // Disputed lines and lines to areas without an ISO code are not international borders.
    filter: ['!', isStatus('international')],
    layout: { 'line-join': 'round' },
    // Bound per feature though the same for all, like the data layers' dashed lines, so both
    // draw with one shader program (lib/map/styles/expressions.ts) instead of one each.
    paint: {
      'line-color': samePerFeature(C.border),
      'line-width': ['interpolate', ['linear'], ['zoom'], 2, samePerFeature(0.4), 6, samePerFeature(0.8), 10, samePerFeature(1.4)],
      'line-opacity': samePerFeature(1),
      'line-dasharray': samePerFeature(['literal', [3, 2]]),
    },
  },
  {
    id: L.bordersRegion,
    type: 'line',
    source: S.borders,
    'source-layer': SL.borders,
    filter: ['all', isStatus('international'), ['get', 'touchesRegion']],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': C.borderRegion, 'line-width': zoomed(2, 0.6, 6, 1.3, 10, 2.2) },
  },
  placeDot(L.placeDots, 2, 5, 2.6),
  placeDot(L.smallPlaceDots, 3, 7, 1.8),
  {
    // Capitals: a ring with a dot, the usual cartographic sign, larger than any town.
    id: L.capitalDots,
    type: 'circle',
    source: S.places,
    filter: ['==', ['get', 'rank'], 1],
    paint: {
      'circle-radius': zoomed(2, 2.5, 6, 4),
      'circle-color': C.halo,
      'circle-stroke-color': C.place,
      'circle-stroke-width': zoomed(2, 1.5, 6, 2.2),
    },
  },
  // MapLibre places symbols from the top layer down, so the order below is label priority in
  // reverse: country names first, then seas, capitals, big lakes, towns, small towns and lakes, rivers.
  {
    // Along the line, spaced so a long river is named now and then without crowding the towns.
    id: L.riverLabels,
    type: 'symbol',
    source: S.water,
    'source-layer': SL.rivers,
    minzoom: 6,
    filter: ['has', 'name'],
    layout: {
      'symbol-placement': 'line',
      'symbol-spacing': 420,
      'text-field': ['get', 'name'],
      'text-font': BASEMAP_FONTS.italic,
      'text-size': zoomed(6, 10.5, 10, 13),
      'text-letter-spacing': 0.08,
      'text-max-angle': 30,
      'text-offset': [0, -0.6],
    },
    paint: { 'text-color': C.seaLabel, 'text-halo-color': C.halo, 'text-halo-width': 1.2 },
  },
  lakeLabel(L.minorLakeLabels, false, 7),
  placeLabel(L.smallTownLabels, 3, 7, zoomed(7, 10.5, 12, 13)),
  placeLabel(L.townLabels, 2, 5, zoomed(5, 11, 10, 14)),
  // The big lakes are landmarks in their own right: named before the towns on their shores.
  lakeLabel(L.lakeLabels, true, 5),
  placeLabel(L.capitalLabels, 1, 0, zoomed(2, 10, 6, 13, 10, 16)),
  {
    id: L.seaLabels,
    type: 'symbol',
    source: S.labels,
    minzoom: 3,
    filter: ['==', ['get', 'kind'], 'sea'],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': BASEMAP_FONTS.italic,
      'text-size': zoomed(3, 11, 7, 15),
      'text-letter-spacing': 0.12,
      'text-max-width': 6,
      'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.9,
    },
    paint: { 'text-color': C.seaLabel, 'text-halo-color': C.water, 'text-halo-width': 1 },
  },
  {
    id: L.exclaveLabels,
    type: 'symbol',
    source: S.labels,
    minzoom: 6,
    filter: ['==', ['get', 'kind'], 'exclave'],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': BASEMAP_FONTS.italic,
      'text-size': zoomed(6, 11, 9, 14),
      'text-letter-spacing': 0.08,
    },
    paint: { 'text-color': C.countryLabelRegion, 'text-halo-color': C.halo, 'text-halo-width': 1.2 },
  },
  {
    id: L.countryLabels,
    type: 'symbol',
    source: S.labels,
    // Zoomed in past this, the towns say where one is and the country name only hides them.
    maxzoom: 9,
    filter: ['==', ['get', 'kind'], 'country'],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': ['case', ['==', ['get', 'labelrank'], 1], ['literal', BASEMAP_FONTS.bold], ['literal', BASEMAP_FONTS.regular]],
      'text-size': ['interpolate', ['linear'], ['zoom'], 2, ['match', ['get', 'labelrank'], 1, 11, 10], 7, ['match', ['get', 'labelrank'], 1, 17, 14]],
      'text-transform': 'uppercase',
      'text-letter-spacing': 0.18,
      'text-max-width': 8,
      // The atlas's markers are placed first (they lie above): a country name moves aside from them.
      'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.9,
      'symbol-sort-key': ['get', 'labelrank'],
    },
    paint: {
      'text-color': ['match', ['get', 'labelrank'], 1, C.countryLabelRegion, C.countryLabel],
      'text-halo-color': C.halo,
      'text-halo-width': 1.2,
    },
  },
];

/**
 * The whole basemap style. Spread `BASEMAP_LAYERS` into a custom style, or pass this as
 * `mapStyle`. Sources attribute Natural Earth, GSHHG/WDBII and GeoNames for the attribution control.
 */
export const basemapStyle: StyleSpecification = {
  version: 8,
  name: 'Caucasus Security Atlas basemap',
  state: BASEMAP_STATE,
  sources: {
    [S.land]: tiles,
    [S.labels]: geojson('labels.geojson', BASEMAP_ATTRIBUTION.naturalEarth),
    [S.places]: geojson('places.geojson', BASEMAP_ATTRIBUTION.geonames),
  },
  layers: BASEMAP_LAYERS,
};
