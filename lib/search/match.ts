import { normalise, words, type Word } from './normalise';
import type { Alternative } from './synonyms';

/** A name prepared once for matching. */
export interface IndexedText {
  text: string;
  words: Word[];
  /** Folded words joined by single spaces. */
  phrase: string;
}

export function indexText(text: string): IndexedText {
  return { text, words: words(text), phrase: normalise(text) };
}

/** One word of the reader's query, with the other names it may stand for. */
export interface QueryWord {
  folded: string;
  alternatives: Alternative[];
}

export interface Query {
  words: QueryWord[];
  phrase: string;
}

/**
 * How well a query matches one name, best first: the whole name; the name's beginning; every
 * query word begins some word of the name; the same, but only once a contested name is swapped
 * for its counterpart (Berdzor for Lachin); only once a typo or a spelling variant is forgiven
 * ("Lachn", "Karabagh").
 */
export type Tier = 'exact' | 'prefix' | 'words' | 'synonym' | 'fuzzy';

export interface TextMatch {
  tier: Tier;
  /** The name's words the query hit, in their original spelling. */
  hit: string[];
  /** For a synonym match: the names the query stood for, as spelled in the data. */
  via: string[];
}

/**
 * Matches a query against one name. Every query word must begin a word of the name (AND, word
 * prefixes: "three bro" matches "Three Brothers-2021").
 * @example matchText(query('berdzor'), indexText('Lachin corridor')) // {tier:'synonym', hit:['Lachin'], via:['Berdzor']}
 */
export function matchText(query: Query, text: IndexedText): TextMatch | null {
  if (query.words.length === 0 || text.words.length === 0) return null;
  const hit: string[] = [];
  const via: string[] = [];
  let fuzzy = false;
  for (const q of query.words) {
    const direct = text.words.find((w) => w.folded.startsWith(q.folded)) ?? joinedWord(text.words, q.folded);
    if (direct) {
      if (!hit.includes(direct.original)) hit.push(direct.original);
      continue;
    }
    const near = nearWord(text.words, q.folded);
    let found = false;
    for (const alt of q.alternatives) {
      // A counterpart is a whole name: "baku" stands for "Bakı", not for every word starting "baki".
      const w = text.words.find((x) => x.folded === alt.folded);
      if (!w) continue;
      if (!hit.includes(w.original)) hit.push(w.original);
      if (!via.includes(alt.via)) via.push(alt.via);
      found = true;
      break;
    }
    if (!found && near) {
      if (!hit.includes(near.original)) hit.push(near.original);
      fuzzy = true;
      found = true;
    }
    if (!found) return null;
  }
  if (fuzzy) return { tier: 'fuzzy', hit, via };
  if (via.length > 0) return { tier: 'synonym', hit, via };
  if (text.phrase === query.phrase) return { tier: 'exact', hit, via };
  if (text.phrase.startsWith(query.phrase)) return { tier: 'prefix', hit, via };
  return { tier: 'words', hit, via };
}

/**
 * A query word that runs two words of the name together: "jf17" is "JF-17", "threebrothers" is
 * "Three Brothers". Returns the first of the two words, spelled as in the name.
 */
function joinedWord(ws: readonly Word[], q: string): Word | undefined {
  for (let i = 0; i + 1 < ws.length; i++) {
    const joined = ws[i]!.folded + ws[i + 1]!.folded;
    if (joined.startsWith(q) && q.length > ws[i]!.folded.length) return { folded: joined, original: `${ws[i]!.original}-${ws[i + 1]!.original}` };
  }
  return undefined;
}

/**
 * Spellings that vary between romanisations and English usage, folded alike before comparing:
 * Karabakh / Karabagh / Qarabag / Gharabagh, Khojaly / Xocali, Mammadov / Mamedov.
 */
function variant(w: string): string {
  return w.replace(/kh|gh|q|x/g, (m) => (m === 'gh' ? 'g' : 'k')).replace(/(.)\1/g, '$1');
}

/** Query words of at least this many letters forgive one typo; of at least `TWO_EDITS`, two. */
const ONE_EDIT = 5;
const TWO_EDITS = 7;

/**
 * A word of the name that the query word is a typo or a spelling variant of (or of its start):
 * at most one edit for words of 5 to 6 letters, two from 7. Short words must be typed right.
 */
function nearWord(ws: readonly Word[], q: string): Word | undefined {
  if (q.length < ONE_EDIT) return undefined;
  const max = q.length >= TWO_EDITS ? 2 : 1;
  const vq = variant(q);
  return ws.find((w) => {
    if (w.folded.length < ONE_EDIT - 1) return false;
    const vw = variant(w.folded);
    for (let len = Math.max(1, vq.length - max); len <= Math.min(vw.length, vq.length + max); len++)
      if (editDistance(vq, vw.slice(0, len), max) <= max) return true;
    return false;
  });
}

/** Levenshtein distance with transpositions (a typed "lahcin"), cut off above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}
