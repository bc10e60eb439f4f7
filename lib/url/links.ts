/**
 * Every link the atlas builds to its own pages: the map with a feature selected, the source reader
 * at a passage, and the passage anchors the reader uses. Written once here, so the API, the panel,
 * the reader and the exports cannot disagree on a format.
 */

/** A passage of a source, by its code-point offsets. */
export interface PassageRange {
  start: number;
  end: number;
}

/**
 * The id of a passage's anchor in the reader, and the fragment of links to it.
 * @example passageKey({ start: 10, end: 42 }) // 'q-10-42'
 */
export function passageKey(p: PassageRange): string {
  return `q-${p.start}-${p.end}`;
}

const PASSAGE_KEY = /^q-(\d+)-(\d+)$/;

/**
 * Reads a passage key from a URL fragment (`#q-10-42`, percent-encoded or not). Anything else,
 * including a malformed escape such as `#%`, is `null`: a fragment is typed by anyone.
 * @example parsePassageKey('#q-10-42') // { start: 10, end: 42 }
 */
export function parsePassageKey(fragment: string): PassageRange | null {
  const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  let text: string;
  try {
    text = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const m = PASSAGE_KEY.exec(text);
  return m ? { start: Number(m[1]), end: Number(m[2]) } : null;
}

/**
 * The map with a feature selected, e.g. the way back from the reader.
 * @example mapPath('ex-three-brothers-2021') // '/?feature=ex-three-brothers-2021'
 */
export function mapPath(featureId: string | null): string {
  return featureId === null ? '/' : `/?feature=${encodeURIComponent(featureId)}`;
}

/**
 * The source reader, optionally at a passage and on behalf of a feature (the reader marks that
 * feature's passages and links back to it). Prefix `origin` for an absolute link.
 * @example readerPath('003_fd8218c4c3c52676', { feature: 'baku-meeting', passage: { start: 10, end: 42 } })
 * // '/sources/003_fd8218c4c3c52676?feature=baku-meeting#q-10-42'
 */
export function readerPath(sourceId: string, at: { feature?: string | null; passage?: PassageRange } = {}): string {
  const query = at.feature ? `?feature=${encodeURIComponent(at.feature)}` : '';
  const hash = at.passage ? `#${passageKey(at.passage)}` : '';
  return `/sources/${encodeURIComponent(sourceId)}${query}${hash}`;
}

/**
 * A layer in map form as the build publishes it: a static, versioned file (lib/publish).
 * @example staticMapPath('0123456789ab', 'events') // '/data/0123456789ab/map/events.geojson'
 */
export function staticMapPath(version: string, layer: string): string {
  return `/data/${encodeURIComponent(version)}/map/${encodeURIComponent(layer)}.geojson`;
}

/** The search names as the build publishes them. */
export function staticSearchPath(version: string): string {
  return `/data/${encodeURIComponent(version)}/search.json`;
}

/** The same layer from the API, for when the static file is not there (data changed since the build). */
export function mapApiPath(version: string, layer: string): string {
  return `/api/map/${encodeURIComponent(layer)}?v=${encodeURIComponent(version)}`;
}

export function searchApiPath(version: string): string {
  return `/api/search?v=${encodeURIComponent(version)}`;
}
