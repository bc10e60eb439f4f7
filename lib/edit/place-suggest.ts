/**
 * Suggests the places a cited passage names, so an editor can locate a feature from its source:
 * basemap towns and point features, matched by any of their names (any script, any case, with or
 * without diacritics), whole words only, the longest name winning where names overlap.
 */
import type { Geometry } from 'geojson';
import type { Place } from '@/lib/data/places';
import { foldWord } from '@/lib/search/normalise';

export interface GazetteerEntry {
  id: string;
  kind: 'town' | 'feature';
  /** display label */
  label: string;
  /** every name to match: main, alternate, regional-script */
  names: string[];
  coordinates: [number, number];
  /** e.g. ISO3 for towns, layer for features */
  detail?: string;
}

export interface PlaceSuggestion {
  entry: GazetteerEntry;
  /** the passage's own words that matched, verbatim */
  matched: string;
  /** code-unit index of the match in the passage */
  index: number;
}

/** Names shorter than this (in folded code points) are never matched: "Az", "Or" are words. */
export const MIN_NAME_LENGTH = 3;
/** Suggestions returned by default. */
export const DEFAULT_SUGGESTIONS = 8;

/**
 * The basemap towns as gazetteer entries, matched by their label, its halves ("Berdzor / Lachin"),
 * their other names and their names in the region's scripts.
 */
export function townEntries(places: readonly Place[]): GazetteerEntry[] {
  return places.map((p) => ({
    id: `place:${p.name}:${p.iso3}`,
    kind: 'town',
    label: p.name,
    names: unique([p.name, ...p.name.split(' / '), ...p.altNames, ...p.names.map((n) => n.name)]),
    coordinates: p.coordinates,
    detail: p.iso3,
  }));
}

/** The atlas's point features (a Point, or a MultiPoint's first point) as gazetteer entries. */
export function featureEntries(
  features: Iterable<{ id: string; geometry: Geometry | null; properties: { name: string; altNames: readonly { name: string }[]; layer: string } }>,
): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const f of features) {
    const g = f.geometry;
    const point = g?.type === 'Point' ? g.coordinates : g?.type === 'MultiPoint' ? g.coordinates[0] : undefined;
    if (point === undefined || point.length < 2) continue;
    out.push({
      id: f.id,
      kind: 'feature',
      label: f.properties.name,
      names: unique([f.properties.name, ...f.properties.altNames.map((a) => a.name)]),
      coordinates: [point[0]!, point[1]!],
      detail: f.properties.layer,
    });
  }
  return out;
}

/**
 * The places `passage` names, in the order it first names them, one suggestion per entry, at most
 * `limit`. Where names overlap ("Nagorno-Karabakh" and "Karabakh"), only the longest counts.
 * @example suggestPlaces('From Baku to Ganja', townEntries(places)).map((s) => s.matched) // ['Baku', 'Ganja']
 */
export function suggestPlaces(passage: string, entries: readonly GazetteerEntry[], limit = DEFAULT_SUGGESTIONS): PlaceSuggestion[] {
  return placeMatcher(entries)(passage, limit);
}

type Matcher = (passage: string, limit?: number) => PlaceSuggestion[];
interface Name {
  folded: string;
  entry: number;
}

const matchers = new WeakMap<readonly GazetteerEntry[], Matcher>();

/**
 * A matcher over `entries`, its names folded once and indexed by their first word; kept per
 * entries array (treated as immutable), so calling `suggestPlaces` per keystroke with the same
 * array folds nothing again.
 */
export function placeMatcher(entries: readonly GazetteerEntry[]): Matcher {
  const known = matchers.get(entries);
  if (known) return known;
  const byFirstWord = new Map<string, Name[]>();
  entries.forEach((entry, i) => {
    for (const name of entry.names) {
      const folded = fold(name).text.trim();
      if ([...folded].length < MIN_NAME_LENGTH) continue;
      const first = folded.slice(0, wordEnd(folded, 0));
      if (first === '') continue; // a name that starts with an apostrophe
      const list = byFirstWord.get(first) ?? [];
      if (!list.some((n) => n.folded === folded && n.entry === i)) list.push({ folded, entry: i });
      byFirstWord.set(first, list);
    }
  });
  const matcher: Matcher = (passage, limit = DEFAULT_SUGGESTIONS) => {
    const { text, starts, ends } = fold(passage);
    const hits: { at: number; end: number; entry: number }[] = [];
    for (let at = 0; at < text.length; at = wordEnd(text, at) + 1) {
      if (!isWordChar(text, at)) continue;
      for (const n of byFirstWord.get(text.slice(at, wordEnd(text, at))) ?? []) {
        const end = at + n.folded.length;
        if (text.startsWith(n.folded, at) && !isWordChar(text, end)) hits.push({ at, end, entry: n.entry });
      }
    }
    return longestFirst(hits)
      .filter((h, i, all) => all.findIndex((o) => o.entry === h.entry) === i)
      .slice(0, Math.max(0, limit))
      .map((h) => ({
        entry: entries[h.entry]!,
        matched: passage.slice(starts[h.at], ends[h.end - 1]!),
        index: starts[h.at]!,
      }));
  };
  matchers.set(entries, matcher);
  return matcher;
}

/**
 * The matches no longer match overlaps, in passage order (ties in entry order). Two entries that
 * share a name both keep a match of the same span.
 */
function longestFirst<T extends { at: number; end: number; entry: number }>(hits: T[]): T[] {
  const kept: T[] = [];
  const byLength = [...hits].sort((a, b) => b.end - b.at - (a.end - a.at) || a.at - b.at);
  for (const h of byLength) {
    const clash = kept.some((k) => k.at < h.end && h.at < k.end && (k.at !== h.at || k.end !== h.end));
    if (!clash) kept.push(h);
  }
  return kept.sort((a, b) => a.at - b.at || a.entry - b.entry);
}

/** Typographic apostrophes and their look-alikes, all read as ASCII `'`. */
const APOSTROPHE = /['’‘ʼʻ`´′]/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Folds text for matching: each letter as `foldWord` folds it, every apostrophe as `'`, every run
 * of anything else (spaces, hyphens, dashes, punctuation) as one space, so "Nagorno–Karabakh"
 * matches "Nagorno-Karabakh". `starts[i]`/`ends[i]`: the passage's code units that folded
 * character `i` comes from, so a match is quoted in the passage's own spelling.
 */
function fold(s: string): { text: string; starts: number[]; ends: number[] } {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < s.length; ) {
    const cp = String.fromCodePoint(s.codePointAt(i)!);
    const end = i + cp.length;
    let piece: string;
    if (APOSTROPHE.test(cp)) piece = "'";
    else if (WORD_CHAR.test(cp)) piece = cp < '\u0080' ? cp.toLowerCase() : foldWord(cp);
    else piece = text.endsWith(' ') ? '' : ' ';
    // A combining mark folds to nothing and belongs to the letter before it.
    if (piece === '' && WORD_CHAR.test(cp) && ends.length > 0) ends[ends.length - 1] = end;
    for (let k = 0; k < piece.length; k++) {
      starts.push(i);
      ends.push(end);
    }
    text += piece;
    i = end;
  }
  return { text, starts, ends };
}

/** A folded character is part of a word unless it is a space or an apostrophe. */
function isWordChar(text: string, i: number): boolean {
  return i < text.length && text[i] !== ' ' && text[i] !== "'";
}

/** The index just after the word starting at `i` of folded text. */
function wordEnd(text: string, i: number): number {
  let j = i;
  while (isWordChar(text, j)) j++;
  return j;
}

function unique(names: string[]): string[] {
  return [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
}
