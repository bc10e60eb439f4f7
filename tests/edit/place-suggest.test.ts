import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { featureEntries, placeMatcher, suggestPlaces, townEntries, type GazetteerEntry } from '@/lib/edit/place-suggest';
import { loadPlaces, type Place } from '@/lib/data/places';
import { loadAtlas } from '@/lib/data';
import { foldWord } from '@/lib/search/normalise';

const places = loadPlaces().places;
const atlas = loadAtlas().atlas;
if (!places || !atlas) throw new Error('the real geodata did not load');
const towns = townEntries(places);
const gazetteer = [...towns, ...featureEntries(atlas.features.values())];

const labels = (passage: string, entries: readonly GazetteerEntry[] = gazetteer, limit?: number) =>
  suggestPlaces(passage, entries, limit).map((s) => s.entry.label);

describe('suggestPlaces over the real basemap towns and features', () => {
  it('suggests Baku and Ganja, in the order the passage names them', () => {
    const found = suggestPlaces('Ministers from Ganja and Baku met in Ganja again.', gazetteer);
    expect(found.map((s) => s.entry.label)).toEqual(['Ganja', 'Baku']);
    expect(found.map((s) => [s.matched, s.index])).toEqual([
      ['Ganja', 15],
      ['Baku', 25],
    ]);
    expect(found[0]!.entry).toMatchObject({ kind: 'town', detail: 'AZE' });
  });

  it.each(['Stepanakert', 'Khankendi', 'Xankəndi', 'XANKƏNDİ', 'Xankendi', 'Ստեփանակերտ', 'Степанакерт', 'Ханкенди'])(
    '"%s" suggests the same town, quoting the passage',
    (name) => {
      const [hit, ...rest] = suggestPlaces(`Shelling was reported in ${name} overnight.`, gazetteer);
      expect(rest).toEqual([]);
      expect(hit?.entry.label).toBe('Khankandi / Stepanakert');
      expect(hit?.matched).toBe(name);
      expect(hit?.index).toBe(25);
    },
  );

  it('does not suggest Baku for Bakuriani, which is not a basemap town', () => {
    expect(gazetteer.some((e) => e.names.some((n) => foldWord(n).startsWith('bakur')))).toBe(false);
    expect(labels('The resort of Bakuriani hosted the talks.')).toEqual([]);
  });

  it("matches a name before an apostrophe, typographic or ASCII: Baku’s, Yerevan's", () => {
    const found = suggestPlaces("Baku’s port and Yerevan's airport", gazetteer);
    expect(found.map((s) => [s.entry.label, s.matched])).toEqual([
      ['Baku', 'Baku'],
      ['Yerevan', 'Yerevan'],
    ]);
  });

  it('suggests point features by name and alternate name', () => {
    const found = suggestPlaces('Üç Qardaş-2021 was held near Baku.', gazetteer);
    expect(found.map((s) => [s.entry.id, s.matched])).toEqual([
      ['ex-three-brothers-2021', 'Üç Qardaş-2021'],
      ['place:Baku:AZE', 'Baku'],
    ]);
    expect(found[0]!.entry).toMatchObject({ kind: 'feature', detail: 'exercises' });
  });

  it('returns at most `limit` suggestions, 8 by default', () => {
    const passage = 'Baku, Ganja, Yerevan, Tbilisi, Moscow, Ankara, Tehran, Islamabad, Gyumri, Batumi, Kutaisi.';
    const all = labels(passage, towns, 100);
    expect(all.length).toBeGreaterThan(8);
    expect(labels(passage, towns)).toEqual(all.slice(0, 8));
    expect(labels(passage, towns, 2)).toEqual(['Baku', 'Ganja']);
    expect(labels(passage, towns, 0)).toEqual([]);
  });

  it('suggests nothing for a passage that names no place', () => {
    expect(suggestPlaces('The ministry said the talks would continue next week.', gazetteer)).toEqual([]);
    expect(suggestPlaces('', gazetteer)).toEqual([]);
  });
});

const entry = (id: string, names: string[], kind: GazetteerEntry['kind'] = 'town'): GazetteerEntry => ({
  id,
  kind,
  label: names[0]!,
  names,
  coordinates: [0, 0],
});

describe('suggestPlaces matching rules', () => {
  const nk = entry('nk', ['Nagorno-Karabakh']);
  const karabakh = entry('karabakh', ['Karabakh', 'Qarabağ']);
  const lachin = entry('lachin', ['Lachin', 'Berdzor']);
  const corridor = entry('cor-lachin', ['Lachin corridor'], 'feature');
  const armenia = entry('arm', ['Armenia', 'Հայաստան']);
  const tbilisi = entry('tbs', ["T'bilisi", 'Tbilisi', 'თბილისი']);
  const baku = entry('baku', ['Baku', 'Bakı', 'ბაქო']);
  const entries = [nk, karabakh, lachin, corridor, armenia, tbilisi, baku];
  const ids = (passage: string) => suggestPlaces(passage, entries).map((s) => s.entry.id);
  const matched = (passage: string) => suggestPlaces(passage, entries).map((s) => s.matched);

  it('lets the longer name win where names overlap', () => {
    expect(ids('Fighting in Nagorno-Karabakh resumed.')).toEqual(['nk']);
    expect(matched('Fighting in Nagorno–Karabakh resumed.')).toEqual(['Nagorno–Karabakh']);
    expect(ids('The Lachin corridor was closed.')).toEqual(['cor-lachin']);
    expect(matched('The Lachin corridor was closed.')).toEqual(['Lachin corridor']);
  });

  it('still suggests the shorter name where the passage names it on its own, at that later place', () => {
    const found = suggestPlaces('The Lachin corridor runs from Lachin; Nagorno Karabakh, or Qarabağ.', entries);
    expect(found.map((s) => [s.entry.id, s.matched, s.index])).toEqual([
      ['cor-lachin', 'Lachin corridor', 4],
      ['lachin', 'Lachin', 30],
      ['nk', 'Nagorno Karabakh', 38],
      ['karabakh', 'Qarabağ', 59],
    ]);
  });

  it('matches whole words only', () => {
    expect(ids('Bakuriani and Bakunin, Armenians and Karabakhi')).toEqual([]);
    expect(ids('Tbilisi-based, pro-Baku, (Armenia)')).toEqual(['tbs', 'baku', 'arm']);
    // The last word of a name must end where the passage's word ends too.
    expect(ids('Two Lachin corridors')).toEqual(['lachin']);
  });

  it("treats typographic apostrophes as ASCII ones, and matches before a possessive 's", () => {
    expect(matched("Armenia's and Armenia’s")).toEqual(["Armenia"]);
    expect(matched('T’bilisi')).toEqual(['T’bilisi']);
    expect(matched('Baku‘s ally')).toEqual(['Baku']);
  });

  it('is case- and accent-insensitive and quotes the passage verbatim, whatever its script or form', () => {
    expect(matched('BAKI')).toEqual(['BAKI']);
    expect(matched('qarabag')).toEqual(['qarabag']);
    expect(matched('Հայաստանի and ՀԱՅԱՍՏԱՆ')).toEqual(['ՀԱՅԱՍՏԱՆ']); // an inflected form is another word
    expect(matched('ბაქოში, ბაქო')).toEqual(['ბაქო']);
    // Decomposed accents (a base letter and a combining mark) stay with their letter.
    expect(matched('Qarabag\u0306 war')).toEqual(['Qarabag\u0306']);
  });

  it('gives code-unit indexes, counting an emoji before the name as two', () => {
    expect(suggestPlaces('😀 Baku', entries)).toMatchObject([{ index: 3, matched: 'Baku' }]);
  });

  it('never matches names shorter than 3 characters', () => {
    const short = [entry('az', ['Az', 'AZ']), entry('van', ['Van'])];
    expect(suggestPlaces('Az, AZ and Van', short).map((s) => s.entry.id)).toEqual(['van']);
  });

  it('suggests each entry once, and every entry that has the name matched', () => {
    const twins = [entry('a', ['Kapan']), entry('b', ['Ghapan', 'Kapan'])];
    const found = suggestPlaces('Kapan, then Ghapan, then Kapan', twins);
    expect(found.map((s) => [s.entry.id, s.index])).toEqual([
      ['a', 0],
      ['b', 0],
    ]);
  });

  it('keeps the leftmost of two names of the same length that overlap', () => {
    const pair = [entry('xy', ['Goris Kapan']), entry('yz', ['Kapan Tatev'])];
    expect(suggestPlaces('the Goris Kapan Tatev road', pair).map((s) => s.entry.id)).toEqual(['xy']);
  });

  it('prepares the names once per entries array', () => {
    expect(placeMatcher(entries)).toBe(placeMatcher(entries));
    expect(placeMatcher(entries)('in Lachin')).toEqual(suggestPlaces('in Lachin', entries));
  });
});

describe('gazetteer entries', () => {
  it('match a town by its label, the label’s halves, its other names and its regional names', () => {
    const place: Place = {
      name: 'Berdzor / Lachin',
      altNames: ['Lachin', 'Laçın'],
      names: [{ name: 'Բերձոր', lang: 'hy', source: 'editorial' }],
      iso3: 'AZE',
      coordinates: [46.55, 39.63],
    };
    expect(townEntries([place])).toEqual([
      {
        id: 'place:Berdzor / Lachin:AZE',
        kind: 'town',
        label: 'Berdzor / Lachin',
        names: ['Berdzor / Lachin', 'Berdzor', 'Lachin', 'Laçın', 'Բերձոր'],
        coordinates: [46.55, 39.63],
        detail: 'AZE',
      },
    ]);
  });

  it('take point features (a MultiPoint by its first point) and skip the rest', () => {
    const feature = (id: string, geometry: Geometry | null) => ({
      id,
      geometry,
      properties: { name: `Name ${id}`, altNames: [{ name: `Alt ${id}` }], layer: 'events' },
    });
    const entries = featureEntries([
      feature('point', { type: 'Point', coordinates: [44.5, 40.2] }),
      feature('multi', { type: 'MultiPoint', coordinates: [[49.8, 40.4], [44.8, 41.7]] }),
      feature('empty', { type: 'MultiPoint', coordinates: [] }),
      feature('line', { type: 'LineString', coordinates: [[0, 0], [1, 1]] }),
      feature('none', null),
    ]);
    expect(entries.map((e) => [e.id, e.coordinates, e.names])).toEqual([
      ['point', [44.5, 40.2], ['Name point', 'Alt point']],
      ['multi', [49.8, 40.4], ['Name multi', 'Alt multi']],
    ]);
    expect(entries[0]).toMatchObject({ kind: 'feature', label: 'Name point', detail: 'events' });
  });

  it('cover every real town and point feature', () => {
    expect(towns).toHaveLength(places.length);
    const points = [...atlas.features.values()].filter((f) => f.geometry?.type === 'Point' || f.geometry?.type === 'MultiPoint');
    expect(gazetteer.length).toBe(places.length + points.length);
  });
});
