import type { SearchDoc, SearchIndex } from './documents';
import { matchText, type Query, type TextMatch, type Tier } from './match';
import { words } from './normalise';
import { alternativesOf } from './synonyms';

/** How a result matched, for the reader: which name, and in which way. */
export type MatchedBy = 'name' | 'alt' | 'synonym' | 'actor';

export interface SearchHit {
  doc: SearchDoc;
  score: number;
  by: MatchedBy;
  /** The name that matched, in words: "Berdzor corridor", "Lachin = Berdzor", "actor Azerbaijan (AZE)". */
  matched: string;
  /** Found only by forgiving a typo or a spelling variant. */
  approximate?: boolean;
}

export interface SearchResult {
  hits: SearchHit[];
  /** All matches, of which `hits` are the best `limit`. */
  total: number;
}

/**
 * Scores, highest first: the feature's own name beats its other names, which beat a contested
 * counterpart of a name, which beats an actor. Gaps leave room between tiers.
 */
const SCORES: Record<'name' | 'alt', Record<Tier, number>> = {
  name: { exact: 100, prefix: 90, words: 80, synonym: 50, fuzzy: 15 },
  alt: { exact: 70, prefix: 65, words: 60, synonym: 45, fuzzy: 12 },
};
/**
 * A town found by its own name ranks below a feature whose name holds the same words: "Konya"
 * finds the exercise held there before the town (the atlas is about what happened). A town found
 * by another of its names ("Khankendi") keeps its score: above features that match only through a
 * counterpart.
 */
const PLACE_PENALTY = 25;
const ACTOR_CODE_SCORE = 40;
const ACTOR_NAME_SCORE = 35;

/** Longer queries are cut: nobody types more than this, and it bounds the work per keystroke. */
const MAX_QUERY_WORDS = 8;

/** Default number of results shown. */
export const DEFAULT_LIMIT = 10;

/** Parses the reader's text into query words with their synonyms; empty when nothing is searchable. */
export function parseQuery(text: string, index: SearchIndex): Query {
  const ws = words(text.slice(0, 200)).slice(0, MAX_QUERY_WORDS);
  return {
    words: ws.map((w) => ({ folded: w.folded, alternatives: alternativesOf(w.folded, index.synonyms) })),
    phrase: ws.map((w) => w.folded).join(' '),
  };
}

function describe(m: TextMatch, fallback: string): string {
  const hit = m.hit.length > 0 ? m.hit.join(' ') : fallback;
  if (m.tier === 'synonym') return `${hit} = ${m.via.join(', ')}`;
  return m.tier === 'fuzzy' ? `${hit} (closest spelling)` : hit;
}

/** Every way a document matches the query (empty when it does not). */
function matchesOf(query: Query, doc: SearchDoc): Omit<SearchHit, 'doc'>[] {
  const out: Omit<SearchHit, 'doc'>[] = [];
  const own = matchText(query, doc.names);
  if (own)
    out.push({
      score: SCORES.name[own.tier],
      by: own.tier === 'synonym' ? 'synonym' : 'name',
      matched: describe(own, doc.name),
      ...(own.tier === 'fuzzy' ? { approximate: true } : {}),
    });
  for (const alt of doc.alts) {
    const m = matchText(query, alt);
    if (!m) continue;
    // An alternate name is shown whole ("Berdzor corridor"): it is what the reader will recognise.
    out.push({
      score: SCORES.alt[m.tier],
      by: m.tier === 'synonym' ? 'synonym' : 'alt',
      matched: m.tier === 'synonym' || m.tier === 'fuzzy' ? describe(m, alt.text) : alt.text,
      ...(m.tier === 'fuzzy' ? { approximate: true } : {}),
    });
  }
  const actors = matchActors(query, doc);
  if (actors) out.push(actors);
  return out;
}

/** Every query word names one of the feature's actors, by code ("AZE") or by name ("Azerb"). */
function matchActors(query: Query, doc: SearchDoc): Omit<SearchHit, 'doc'> | null {
  if (doc.actors.length === 0) return null;
  const named: string[] = [];
  let byCodeOnly = true;
  for (const q of query.words) {
    const code = doc.actors.find((a) => a.folded === q.folded);
    const actor = code ?? doc.actors.find((a) => a.name.words.some((w) => w.folded.startsWith(q.folded)));
    if (!actor) return null;
    if (!code) byCodeOnly = false;
    const label = actor.name.text.includes(actor.code) ? actor.name.text : `${actor.name.text} (${actor.code})`;
    if (!named.includes(label)) named.push(label);
  }
  return { score: byCodeOnly ? ACTOR_CODE_SCORE : ACTOR_NAME_SCORE, by: 'actor', matched: `actor ${named.join(', ')}` };
}

/**
 * Finds features and places by name, alternate name, contested counterpart and actor; case- and
 * diacritic-insensitive, by word prefix; failing that, by the nearest spelling (one or two edits). Ties go to features (the atlas's own content), then to
 * shorter names (closer to what was typed), then alphabetically, so results never reshuffle.
 * @example search(index, 'Berdzor').hits.map((h) => h.doc.name) // ['Berdzor / Lachin', 'Lachin corridor', …]
 */
export function search(index: SearchIndex, text: string, limit = DEFAULT_LIMIT): SearchResult {
  const query = parseQuery(text, index);
  if (query.words.length === 0) return { hits: [], total: 0 };
  let hits: SearchHit[] = [];
  for (const doc of index.docs) {
    const best = matchesOf(query, doc).reduce<Omit<SearchHit, 'doc'> | null>((a, b) => (a && a.score >= b.score ? a : b), null);
    if (best) hits.push({ doc, ...best, score: best.score - (doc.type === 'place' && best.by === 'name' && !best.approximate ? PLACE_PENALTY : 0) });
  }
  // Typos are forgiven only when the words as typed find nothing: a near spelling never crowds
  // out a real match.
  if (hits.some((h) => !h.approximate)) hits = hits.filter((h) => !h.approximate);
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      Number(b.doc.type === 'feature') - Number(a.doc.type === 'feature') ||
      a.doc.name.length - b.doc.name.length ||
      a.doc.name.localeCompare(b.doc.name),
  );
  return { hits: hits.slice(0, Math.max(0, limit)), total: hits.length };
}
