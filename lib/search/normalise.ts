/**
 * Text folding for search: case- and diacritic-insensitive, so "Erdogan" finds "Erdoğan" and
 * "xankendi" finds "Xankəndi". Words keep a pointer to their original spelling so a result can say
 * which name it matched in the reader's own script.
 */

/**
 * Letters that Unicode does not decompose into base letter + mark, folded by hand. The Azerbaijani
 * schwa and the Turkish dotless i are the ones the corpus and the basemap actually use.
 */
const FOLDS: Record<string, string> = {
  ə: 'e',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ħ: 'h',
  þ: 'th',
};
const FOLD_RE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');

/** Apostrophes join rather than split: "Armenia’s" is one word, as a reader would type it. */
const APOSTROPHES = /['’ʼʻ`´]/g;
const MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Folds one word: lower case, no diacritics, hand folds for letters without a decomposition.
 * @example foldWord('Xankəndi') // 'xankendi'
 */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(FOLD_RE, (c) => FOLDS[c] ?? c);
}

/** A word of a name: its folded form for matching, its original spelling for display. */
export interface Word {
  folded: string;
  original: string;
}

/**
 * Splits text into words on anything that is not a letter or digit (spaces, hyphens, dashes,
 * slashes, punctuation), so "Three Brothers-2021" and "Goris–Kapan" split where a reader expects.
 * Regex characters in the input are just separators: nothing is compiled from user text.
 * @example words('Berdzor / Lachin').map((w) => w.folded) // ['berdzor', 'lachin']
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.replace(APOSTROPHES, '').matchAll(WORD)) {
    const folded = foldWord(m[0]);
    if (folded) out.push({ folded, original: m[0] });
  }
  return out;
}

/**
 * The folded words of a text joined by single spaces: the form phrases are compared in.
 * @example normalise('  Şuşa–Shushi ') // 'susa shushi'
 */
export function normalise(text: string): string {
  return words(text)
    .map((w) => w.folded)
    .join(' ');
}
