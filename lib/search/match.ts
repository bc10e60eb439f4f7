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
 * for its counterpart (Berdzor for Lachin).
 */
export type Tier = 'exact' | 'prefix' | 'words' | 'synonym';

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
  for (const q of query.words) {
    const direct = text.words.find((w) => w.folded.startsWith(q.folded));
    if (direct) {
      if (!hit.includes(direct.original)) hit.push(direct.original);
      continue;
    }
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
    if (!found) return null;
  }
  if (via.length > 0) return { tier: 'synonym', hit, via };
  if (text.phrase === query.phrase) return { tier: 'exact', hit, via };
  if (text.phrase.startsWith(query.phrase)) return { tier: 'prefix', hit, via };
  return { tier: 'words', hit, via };
}
