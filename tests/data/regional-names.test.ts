/**
 * The names in the region's languages, as data: every one says its language and its source, is
 * written in its language's script, and the towns a reader looks up in those languages have them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPlaces } from '@/lib/data';
import { AltName } from '@/lib/data/schema';
import { NAME_LANGUAGES, NAME_SOURCES, needsLanguage, scriptProblem } from '@/lib/data/languages';
import { REGIONAL_NAMES, localLabel } from '@/scripts/basemap/regional-names';

const LAYERS = ['alliances', 'borders', 'corridors', 'events', 'exercises'];
const layerAltNames = LAYERS.flatMap((layer) => {
  const file = JSON.parse(fs.readFileSync(path.join('geodata', 'layers', `${layer}.json`), 'utf8')) as {
    features: { id: string; properties: { altNames?: { name: string; lang?: string; source?: string }[] } }[];
  };
  return file.features.flatMap((f) => (f.properties.altNames ?? []).map((a) => ({ id: f.id, ...a })));
});
const places = getPlaces();
const place = (label: string) => places.find((p) => p.name === label)!;

describe('the script rule', () => {
  it('accepts a name in its language’s script, with spaces, digits and punctuation', () => {
    expect(scriptProblem('Ստեփանակերտ', 'hy')).toBeUndefined();
    expect(scriptProblem('АрМИ-2021', 'ru')).toBeUndefined();
    expect(scriptProblem('Üç Qardaş-2021', 'az')).toBeUndefined();
    expect(scriptProblem('ნიუ-იორკი', 'ka')).toBeUndefined();
  });

  it('refuses a name in another script, or with no letters', () => {
    expect(scriptProblem('Степанакерт', 'hy')).toMatch(/marked Armenian \(hy\) but is not written in Armenian script/);
    expect(scriptProblem('Stepanakert', 'ru')).toMatch(/Cyrillic/);
    expect(scriptProblem('Шуша Shusha', 'ru')).toMatch(/Cyrillic/);
    expect(scriptProblem('2021', 'az')).toMatch(/Latin/);
  });

  it('the feature schema asks a regional-script name for its language and a marked name for its source', () => {
    const issues = (a: unknown) => AltName.safeParse(a).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(issues({ name: 'ОДКБ', usage: 'Russian abbreviation' })).toEqual([expect.stringMatching(/^lang: "ОДКБ" is in a regional script/)]);
    expect(issues({ name: 'ОДКБ', usage: 'Russian abbreviation', lang: 'ru' })).toEqual([expect.stringMatching(/^source: a ru name needs/)]);
    expect(issues({ name: 'ОДКБ', usage: 'x', lang: 'hy', source: 'editorial' })).toEqual([expect.stringMatching(/^name: .*Armenian script/)]);
    expect(issues({ name: 'NKAO', usage: 'abbreviation', source: 'editorial' })).toEqual([expect.stringMatching(/^source: `source` belongs to a name with a `lang`/)]);
    expect(issues({ name: 'ОДКБ', usage: 'Russian abbreviation', lang: 'ru', source: 'editorial' })).toEqual([]);
  });
});

describe('regional names in the layers', () => {
  it('every name in a regional script has a language and a source, and is in that script', () => {
    const marked = layerAltNames.filter((a) => a.lang !== undefined || needsLanguage(a.name));
    expect(marked.length).toBeGreaterThan(25);
    for (const a of marked) {
      expect(NAME_LANGUAGES, `${a.id}: ${a.name}`).toContain(a.lang);
      expect(NAME_SOURCES, `${a.id}: ${a.name}`).toContain(a.source);
      expect(scriptProblem(a.name, a.lang as never), `${a.id}: ${a.name}`).toBeUndefined();
    }
  });

  it('the Lachin corridor has its Armenian, Azerbaijani and Russian names', () => {
    const langs = layerAltNames.filter((a) => a.id === 'cor-lachin' && a.lang).map((a) => a.lang);
    expect(langs.sort()).toEqual(['az', 'hy', 'ru']);
  });
});

describe('regional names of the basemap’s towns', () => {
  it('every name has a language and a source, and is in that language’s script', () => {
    const all = places.flatMap((p) => p.names.map((n) => ({ town: p.name, ...n })));
    expect(all.length).toBeGreaterThan(150);
    for (const n of all) {
      expect(NAME_SOURCES, `${n.town}: ${n.name}`).toContain(n.source);
      expect(scriptProblem(n.name, n.lang), `${n.town}: ${n.name}`).toBeUndefined();
    }
  });

  it('every town of Armenia, Azerbaijan and Georgia has its name in its own language and in Russian', () => {
    const own = { ARM: 'hy', AZE: 'az', GEO: 'ka' } as const;
    const region = places.filter((p): p is typeof p & { iso3: keyof typeof own } => p.iso3 in own);
    expect(region.length).toBeGreaterThan(80);
    for (const p of region) {
      const langs = p.names.map((n) => n.lang);
      expect(langs, p.name).toContain(own[p.iso3]);
      expect(langs, p.name).toContain('ru');
    }
  });

  it('a contested town has both sides’ names: in Armenian, in Azerbaijani, and both in Russian', () => {
    const t = place('Khankandi / Stepanakert');
    expect(t.names.map((n) => `${n.lang}:${n.name}`)).toEqual(['hy:Ստեփանակերտ', 'az:Xankəndi', 'ru:Ханкенди', 'ru:Степанакерт']);
    for (const p of places.filter((p) => p.name.includes(' / '))) {
      expect(p.names.filter((n) => n.lang === 'hy'), p.name).toHaveLength(1);
      expect(p.names.filter((n) => n.lang === 'az'), p.name).toHaveLength(1);
      expect(p.names.filter((n) => n.lang === 'ru'), p.name).toHaveLength(2);
    }
  });

  it('the capitals’ names checked against CLDR say so', () => {
    const baku = place('Baku');
    expect(baku.names.every((n) => n.source === 'CLDR')).toBe(true);
    expect(place('Goris').names.every((n) => n.source === 'editorial')).toBe(true);
  });

  it('the table names only towns the basemap has', () => {
    const ids = new Set(
      (JSON.parse(fs.readFileSync(path.join('geodata', 'basemap', 'places.geojson'), 'utf8')) as { features: { properties: { geonameid: number } }[] }).features.map(
        (f) => f.properties.geonameid,
      ),
    );
    for (const id of Object.keys(REGIONAL_NAMES)) expect(ids.has(Number(id)), id).toBe(true);
  });
});

describe('the local name under a town’s label', () => {
  const names = (...n: [string, string][]) => n.map(([lang, name]) => ({ lang: lang as never, name, source: 'editorial' as const }));

  it('is the name in the country’s language, left out where it repeats the label', () => {
    expect(localLabel('Goris', 'ARM', names(['hy', 'Գորիս'], ['ru', 'Горис']))).toBe('Գորիս');
    expect(localLabel('Quba', 'AZE', names(['az', 'Quba'], ['ru', 'Губа']))).toBe('');
    expect(localLabel('Moscow', 'RUS', names(['ru', 'Москва']))).toBe('');
  });

  it('for a contested town, both names in the label’s order', () => {
    const contested = { pair: ['Khankandi', 'Stepanakert'] as const, armenian: 'Stepanakert', azerbaijani: 'Khankandi' };
    expect(localLabel('Khankandi / Stepanakert', 'AZE', names(['hy', 'Ստեփանակերտ'], ['az', 'Xankəndi']), contested)).toBe('Xankəndi / Ստեփանակերտ');
    const berdzor = { pair: ['Berdzor', 'Lachin'] as const, armenian: 'Berdzor', azerbaijani: 'Lachin' };
    expect(localLabel('Berdzor / Lachin', 'AZE', names(['hy', 'Բերձոր'], ['az', 'Laçın']), berdzor)).toBe('Բերձոր / Laçın');
  });
});
