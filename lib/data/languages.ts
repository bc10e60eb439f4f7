/**
 * Names in the region's own languages: which languages the atlas records, how each is written, and
 * the check that a name is written in its language's script. One home for the rule, used by the
 * feature schema (alternate names), the basemap towns and the panel.
 */

/**
 * The languages a regional name may be marked with (BCP 47), in the order the atlas lists them:
 * alphabetical by English name, so no side's language comes first by choice.
 */
export const NAME_LANGUAGES = ['hy', 'az', 'ka', 'ru', 'tr'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

export const LANGUAGE_NAMES: Readonly<Record<NameLanguage, string>> = {
  hy: 'Armenian',
  az: 'Azerbaijani',
  ka: 'Georgian',
  ru: 'Russian',
  tr: 'Turkish',
};

/** Where a regional name comes from: the atlas's own editorial table, or a named reference. */
export const NAME_SOURCES = ['editorial', 'CLDR'] as const;
export type NameSource = (typeof NAME_SOURCES)[number];

export const NAME_SOURCE_LABELS: Readonly<Record<NameSource, string>> = {
  editorial: 'editorial: written by the atlas from the official spelling or established usage',
  CLDR: 'Unicode CLDR 48, the city names of its time-zone data (checked against cldr-dates-full 48.2.0)',
};

/** A name in one of the region's languages and where it comes from. */
export interface RegionalName {
  name: string;
  lang: NameLanguage;
  source: NameSource;
}

const SCRIPTS: Readonly<Record<NameLanguage, { script: string; letters: RegExp }>> = {
  hy: { script: 'Armenian', letters: /\p{Script=Armenian}/u },
  az: { script: 'Latin', letters: /\p{Script=Latin}/u },
  ka: { script: 'Georgian', letters: /\p{Script=Georgian}/u },
  ru: { script: 'Cyrillic', letters: /\p{Script=Cyrillic}/u },
  tr: { script: 'Latin', letters: /\p{Script=Latin}/u },
};

/** Letters of any script the atlas marks by language; Latin is the atlas's own and needs no mark. */
const MARKED_SCRIPTS = /[\p{Script=Armenian}\p{Script=Georgian}\p{Script=Cyrillic}]/u;

/**
 * Why a name cannot be marked with this language, or undefined: every letter must be of the
 * language's script (spaces, digits and punctuation are free), and there must be a letter.
 *
 * @example scriptProblem('Ստեփանակերտ', 'hy') // undefined
 * @example scriptProblem('Степанакерт', 'hy') // 'is not written in Armenian script …'
 */
export function scriptProblem(name: string, lang: NameLanguage): string | undefined {
  const { script, letters } = SCRIPTS[lang];
  const all = [...name].filter((ch) => /\p{L}/u.test(ch));
  if (all.length > 0 && all.every((ch) => letters.test(ch))) return undefined;
  return `"${name}" is marked ${LANGUAGE_NAMES[lang]} (${lang}) but is not written in ${script} script`;
}

/** A name with Armenian, Georgian or Cyrillic letters must say its language, so it is shown and read as such. */
export function needsLanguage(name: string): boolean {
  return MARKED_SCRIPTS.test(name);
}

/** Regional names in the atlas's order of languages (stable within a language). */
export function byLanguage<T extends { lang: NameLanguage }>(names: readonly T[]): T[] {
  return [...names].sort((a, b) => NAME_LANGUAGES.indexOf(a.lang) - NAME_LANGUAGES.indexOf(b.lang));
}
