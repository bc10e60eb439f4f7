import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '@/lib/geo/countries';
import type { PlaceProperties } from '@/scripts/basemap/places';
import { GEODATA_DIR, readPublic, tileAt, VERSION_DIR } from './files';

type Place = PlaceProperties;

const places = readPublic<Place, Point>('places.geojson');
const find = (name: string) => places.features.find((f) => f.properties.name === name || f.properties.altNames.includes(name));

/** Every town the sources name, with where it is (rounded from an atlas, independent of GeoNames). */
const NAMED: [name: string, iso3: string, lon: number, lat: number][] = [
  ['Baku', 'AZE', 49.87, 40.41],
  ['Yerevan', 'ARM', 44.51, 40.18],
  ['Tbilisi', 'GEO', 44.8, 41.72],
  ['Lachin', 'AZE', 46.55, 39.64],
  ['Goris', 'ARM', 46.34, 39.51],
  ['Kapan', 'ARM', 46.41, 39.21],
  ['Shusha', 'AZE', 46.75, 39.76],
  ['Stepanakert', 'AZE', 46.75, 39.82],
  ['Ardabil', 'IRN', 48.29, 38.25],
  ['Konya', 'TUR', 32.49, 37.87],
  ['Ankara', 'TUR', 32.85, 39.93],
  ['Islamabad', 'PAK', 73.05, 33.69],
  ['Tehran', 'IRN', 51.39, 35.69],
  ['Moscow', 'RUS', 37.62, 55.76],
  ['Washington', 'USA', -77.04, 38.9],
  ['Tel Aviv', 'ISR', 34.78, 32.08],
  ['Jerusalem', 'ISR', 35.22, 31.78],
  ['New York', 'USA', -74.0, 40.71],
];

describe('places.geojson', () => {
  it.each(NAMED)('has %s (%s) where it is', (name, iso3, lon, lat) => {
    const f = find(name);
    expect(f, name).toBeDefined();
    const [x = 0, y = 0] = f!.geometry.coordinates;
    expect(f!.properties.iso3).toBe(iso3);
    expect(Math.abs(x - lon)).toBeLessThan(0.2);
    expect(Math.abs(y - lat)).toBeLessThan(0.2);
    expect(f!.properties.rank).toBeLessThanOrEqual(2);
  });

  it('shows contested names side by side and keeps each spelling searchable', () => {
    for (const [label, a, b] of [
      ['Khankandi / Stepanakert', 'Stepanakert', 'Khankendi'],
      ['Shusha / Shushi', 'Shusha', 'Shushi'],
      ['Berdzor / Lachin', 'Lachin', 'Laçın'],
    ]) {
      const f = places.features.find((p) => p.properties.name === label);
      expect(f, label).toBeDefined();
      expect(f!.properties.altNames).toEqual(expect.arrayContaining([a, b]));
      expect(f!.properties.geonamesName).toBeTruthy();
    }
  });

  it('labels every town of the former NKAO and the seven districts with both names, in alphabetical order', () => {
    const contested = places.features.filter((f) => f.properties.name.includes(' / ')).map((f) => f.properties.name);
    expect(contested.sort()).toEqual([
      'Aghdam / Akna',
      'Berdzor / Lachin',
      'Fuzuli / Varanda',
      'Ivanyan / Khojali',
      'Jabrayil / Jrakan',
      'Kalbajar / Karvachar',
      'Kashunik / Qubadli',
      'Khankandi / Stepanakert',
      'Khojavand / Martuni',
      'Kovsakan / Zangilan',
      'Shusha / Shushi',
    ]);
    for (const label of contested) {
      const [a = '', b = ''] = label.split(' / ');
      expect(a.toLowerCase() < b.toLowerCase(), label).toBe(true);
    }
  });

  it('writes every label by one romanisation: plain Latin letters, the official spelling kept for search', () => {
    for (const { properties: p } of places.features) expect(p.name, p.name).toMatch(/^[A-Za-z][A-Za-z .\-/()]*$/);
    // Azerbaijani official spellings are transcribed letter by letter, as the corpus does for names.
    expect(find('Sumqayit')?.properties.altNames).toContain('Sumqayıt');
    expect(find('Aghjabadi')?.properties.altNames).toEqual(expect.arrayContaining(['Ağcabədi', 'Agdzhabedy']));
    expect(find('Sanliurfa')?.properties.altNames).toContain('Şanlıurfa');
    expect(find('Orumiyeh')?.properties.altNames).toContain('Orūmīyeh');
  });

  it('marks national capitals, one per atlas country GeoNames gives a capital for', () => {
    const capitals = places.features.filter((f) => f.properties.capital);
    for (const f of capitals) expect(f.properties.rank).toBe(1);
    const withCapital = new Set(capitals.map((f) => f.properties.iso3));
    // GeoNames gives Israel and Palestine no PPLC (national capital) row; nothing is invented for them.
    const missing = COUNTRIES.map((c) => c.iso3).filter((iso3) => !withCapital.has(iso3));
    expect(missing.sort()).toEqual(['ISR', 'PSE']);
    for (const [name, iso3] of [['Baku', 'AZE'], ['Yerevan', 'ARM'], ['Tbilisi', 'GEO'], ['Washington', 'USA']] as const) {
      expect(capitals.find((f) => f.properties.name === name)?.properties.iso3).toBe(iso3);
    }
  });

  it('gives every place the full set of properties', () => {
    for (const { properties: p } of places.features) {
      expect(typeof p.name).toBe('string');
      expect(Array.isArray(p.altNames)).toBe(true);
      expect(p.iso3).toMatch(/^[A-Z]{3}$/);
      expect([1, 2, 3]).toContain(p.rank);
      expect(p.source === 'hand-placed' ? p.geonameid === null : Number.isInteger(p.geonameid)).toBe(true);
    }
    const ids = places.features.map((f) => f.properties.geonameid).filter((id) => id !== null);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists the South Caucasus towns and the neighbours’ bigger ones in the opening view', () => {
    const byCountry = (iso3: string) => places.features.filter((f) => f.properties.iso3 === iso3).map((f) => f.properties.name);
    expect(byCountry('ARM')).toEqual(expect.arrayContaining(['Gyumri', 'Vanadzor']));
    expect(byCountry('AZE')).toEqual(expect.arrayContaining(['Ganja', 'Nakhchivan']));
    expect(byCountry('GEO')).toEqual(expect.arrayContaining(['Kutaisi', 'Batumi']));
    expect(byCountry('TUR')).toEqual(expect.arrayContaining(['Kars', 'Erzurum']));
    expect(byCountry('IRN')).toEqual(expect.arrayContaining(['Tabriz']));
    expect(byCountry('RUS')).toEqual(expect.arrayContaining(['Vladikavkaz', 'Makhachkala']));
    // Outside the opening view, only capitals and named towns: no Istanbul, no St Petersburg.
    expect(find('Istanbul')).toBeUndefined();
    expect(find('Saint Petersburg')).toBeUndefined();
  });

  it('places the named South Caucasus towns inside their own country, as the close-up tiles draw it', () => {
    for (const name of ['Yerevan', 'Tbilisi', 'Lachin', 'Goris', 'Kapan', 'Shusha', 'Stepanakert', 'Nakhchivan']) {
      const f = find(name)!;
      const [lon = 0, lat = 0] = f.geometry.coordinates;
      const land = tileAt(lon, lat, 9, 'land') as unknown as { geometry: Polygon | MultiPolygon; properties: { iso3?: string } }[];
      const hit = land.filter((l) => booleanPointInPolygon(f.geometry, l.geometry)).map((l) => l.properties.iso3);
      expect(hit, name).toEqual([f.properties.iso3]);
    }
  });

  it('is the same file for the data module and for the browser', () => {
    const a = fs.readFileSync(path.join(GEODATA_DIR, 'places.geojson'));
    const b = fs.readFileSync(path.join(VERSION_DIR, 'places.geojson'));
    expect(a.equals(b)).toBe(true);
  });
});

describe('regression: the Lachin label sat 4 km south of the town (GeoNames point)', () => {
  it('now sits on the town, which the Lachin corridor road runs through', async () => {
    const { pointToLineDistance } = await import('@turf/turf');
    const lachin = find('Berdzor / Lachin')!;
    expect(lachin.properties.source).toBe('position-corrected');
    const corridors = JSON.parse(fs.readFileSync(path.join(GEODATA_DIR, '..', 'layers', 'corridors.json'), 'utf8'));
    const road = corridors.features.find((f: { id: string }) => f.id === 'cor-lachin');
    expect(pointToLineDistance(lachin.geometry.coordinates, road.geometry, { units: 'meters' })).toBeLessThan(1000);
  });
});
