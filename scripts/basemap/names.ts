/**
 * Town names on the basemap, by the rules of geodata/layers/README.md ("Names"): one romanisation
 * for every town, and contested towns labelled with both names in the stated order. The pairs come
 * from geodata/layers/conventions.json, the table `check:data` enforces, so the map and the data
 * cannot drift apart.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './config';

/**
 * Azerbaijani Latin letters with no plain-letter equivalent, in the English transcription the
 * corpus uses for Azerbaijani names (Məmmədyarov → Mammadyarov, Həsənov → Hasanov, Laçın →
 * Lachin, Şuşa → Shusha). Letters not listed (a, b, d, e, … q, y, z) stay as they are.
 */
const AZERBAIJANI: Readonly<Record<string, string>> = {
  ə: 'a', Ə: 'A', ı: 'i', İ: 'I', ö: 'o', Ö: 'O', ü: 'u', Ü: 'U', ğ: 'gh', Ğ: 'Gh',
  ş: 'sh', Ş: 'Sh', ç: 'ch', Ç: 'Ch', c: 'j', C: 'J', x: 'kh', X: 'Kh', j: 'zh', J: 'Zh',
};

/**
 * An official Azerbaijani spelling in plain Latin letters, letter by letter.
 * @example romaniseAzerbaijani('Xankəndi') // 'Khankandi'
 */
export function romaniseAzerbaijani(official: string): string {
  return [...official].map((ch) => AZERBAIJANI[ch] ?? ch).join('');
}

/**
 * A name already in Latin letters (GeoNames' BGN/PCGN romanisations, Turkish spellings) reduced to
 * plain letters: diacritics, macrons and apostrophes dropped. Russian "-yy" is written "-y" and
 * Armenian "rr" (ռ) "r", as English usage has it (Grozny, Gavar).
 * @example plainLetters('Orūmīyeh', 'IRN') // 'Orumiyeh'
 */
export function plainLetters(name: string, iso3: string): string {
  let s = name
    .replace(/[ıİ]/g, (ch) => (ch === 'ı' ? 'i' : 'I'))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’'ʼʻ‘]/g, '');
  if (iso3 === 'RUS') s = s.replace(/yy\b/g, 'y');
  if (iso3 === 'ARM') s = s.replace(/rr/g, 'r');
  return s;
}

/**
 * The official Azerbaijani spelling of every Azerbaijani town the basemap selects, by GeoNames id.
 * GeoNames mixes official spellings (Sumqayıt) with Russian-era transliterations (Agdzhabedy,
 * Kyurdarmir) and former names (Yelenendorf), so the label is built from this table, never from the
 * GeoNames name; the build fails for a town missing here.
 */
export const AZERBAIJANI_OFFICIAL: Readonly<Record<number, string>> = {
  587084: 'Bakı', 586523: 'Gəncə', 584923: 'Sumqayıt', 147622: 'Lənkəran', 584649: 'Yevlax', 147429: 'Naxçıvan',
  146970: 'Xankəndi', 147105: 'Şuşa', 147625: 'Laçın', 585514: 'Mingəçevir', 147288: 'Saatlı',
  585103: 'Qaraçuxur', 148565: 'Şirvan', 824003: 'Bakıxanov', 585170: 'Şəki', 148619: 'Ağdam',
  585915: 'Xırdalan', 587057: 'Bərdə', 584717: 'Xaçmaz', 147271: 'Salyan', 148290: 'Cəlilabad',
  585152: 'Şəmkir', 586427: 'Göyçay', 587384: 'Ağcabədi', 147982: 'İmişli', 585156: 'Şamaxı',
  585187: 'Sabirabad', 148106: 'Füzuli', 587378: 'Ağdaş', 586763: 'Şabran', 585225: 'Hacıqabul',
  585221: 'Quba', 585763: 'Kürdəmir', 585226: 'Qazax', 147425: 'Neftçala', 584596: 'Zaqatala',
  584871: 'Tərtər', 148340: 'Biləsuvar', 584716: 'Göygöl', 587361: 'Ağsu', 585220: 'Qusar',
  584791: 'Ucar', 148354: 'Beyləqan', 148445: 'Astara', 586318: 'İsmayıllı', 584821: 'Tovuz',
  587362: 'Ağstafa', 585227: 'Qax', 585231: 'Qəbələ', 584586: 'Zərdab', 586765: 'Daşkəsən',
  147552: 'Masallı', 587070: 'Balakən', 586573: 'Gədəbəy', 586268: 'Kəlbəcər', 148141: 'Cəbrayıl',
  146901: 'Zəngilan', 586430: 'Goranboy', 147611: 'Lerik', 585400: 'Naftalan', 147305: 'Qubadlı',
  585333: 'Oğuz', 585177: 'Samux', 147774: 'Xocalı', 146969: 'Xocavənd', 146961: 'Yardımlı',
  585570: 'Qobustan', 585909: 'Xızı', 584954: 'Siyəzən',
};

/** Other towns whose GeoNames name is not the official local spelling. */
export const OTHER_OFFICIAL: Readonly<Record<number, string>> = {
  746425: 'Gümüşhane', // GeoNames: "Gumushkhane", a Russian-style transliteration
  1526273: 'Astana', // GeoNames: "Nur-Sultan", the city's name from 2019 to 2022
};

/** Established English names that replace the romanised one (exonyms). */
export const ENGLISH_EXONYMS: Readonly<Record<string, string>> = {
  Bakı: 'Baku',
  'Washington, D.C.': 'Washington',
  'New York City': 'New York',
};

/** Spellings common in English that the rule does not produce, kept as other names for search. */
export const COMMON_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  Khankandi: ['Khankendi'],
  Khojavand: ['Khojavend'],
  Khojali: ['Khojaly'],
};

interface ContestedPair {
  pair: [string, string];
  armenian: string;
  azerbaijani: string;
}

let pairsCache: readonly ContestedPair[] | undefined;

/** The contested pairs of geodata/layers/conventions.json, in their stated order. */
export function contestedPairs(): readonly ContestedPair[] {
  pairsCache ??= (
    JSON.parse(fs.readFileSync(path.join(ROOT, 'geodata', 'layers', 'conventions.json'), 'utf8')) as {
      contestedNames: ContestedPair[];
    }
  ).contestedNames;
  return pairsCache;
}

/**
 * A town's label and other names by the README's rules: the exonym or the romanised official
 * name; for a contested town both names, "A / B" in the stated order. Other names keep every
 * spelling (official, GeoNames, common English) so search finds the town by any of them.
 * @example townName({ geonameid: 147625, name: 'Laçın', iso3: 'AZE' }).label // 'Berdzor / Lachin'
 */
export function townName(town: { geonameid: number; name: string; iso3: string }): { label: string; altNames: string[] } {
  const official = town.iso3 === 'AZE' ? AZERBAIJANI_OFFICIAL[town.geonameid] : (OTHER_OFFICIAL[town.geonameid] ?? town.name);
  if (official === undefined) {
    throw new Error(`${town.name} (${town.geonameid}): no official Azerbaijani spelling in scripts/basemap/names.ts`);
  }
  const romanised =
    ENGLISH_EXONYMS[official] ?? (town.iso3 === 'AZE' ? romaniseAzerbaijani(official) : plainLetters(official, town.iso3));
  const contested = contestedPairs().find((p) => p.pair.includes(romanised));
  const label = contested ? contested.pair.join(' / ') : romanised;
  const names = [...(contested?.pair ?? []), ...(COMMON_SPELLINGS[romanised] ?? []), official, town.name];
  return { label, altNames: [...new Set(names)].filter((n) => n !== label) };
}
