/**
 * Search over the atlas's features and the basemap's towns: pure functions, no DOM, no map.
 * Build the index once per page (`buildSearchIndex`), then `search(index, text)` per keystroke.
 */
export { foldWord, normalise, words, type Word } from './normalise';
export { buildSynonyms, alternativesOf, type Synonyms } from './synonyms';
export { indexText, matchText, type Query, type TextMatch, type Tier } from './match';
export {
  buildSearchIndex,
  docBbox,
  type SearchDoc,
  type SearchIndex,
  type SearchableFeature,
  type SearchablePlace,
} from './documents';
export { search, parseQuery, DEFAULT_LIMIT, type MatchedBy, type SearchHit, type SearchResult } from './rank';
