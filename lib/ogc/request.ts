import { invalidParameter, negotiate, notAcceptable, quoted, unknownParameter } from '@/lib/http';
import { originOf } from './links';

/** What an endpoint accepts: its query parameters and the media types it can answer with. */
export interface Endpoint {
  /** Query parameters besides `f`, which every endpoint accepts. */
  params: readonly string[];
  /** Media types in order of preference; the first is the endpoint's native type. */
  offered: readonly string[];
}

export interface ApiRequest {
  /** Scheme and host the client used, for absolute links. */
  origin: string;
  url: URL;
  query: URLSearchParams;
  /** The media type to respond with. */
  mediaType: string;
}

/** `f=json`/`f=geojson` are what GDAL and OGC clients send to ask for the JSON encoding. */
const FORMATS = ['json', 'geojson'];

/**
 * Validates what every endpoint shares: no unknown or repeated query parameters, a usable `f`,
 * and an Accept header we can satisfy. Throws `ApiError` (400 or 406).
 *
 * An explicit `f` wins over Accept, so a browser (which sends `text/html,...`) can always ask for
 * JSON by URL.
 */
export function readRequest(request: Request, endpoint: Endpoint): ApiRequest {
  const url = new URL(request.url);
  const query = url.searchParams;
  const seen = new Set<string>();
  for (const key of query.keys()) {
    if (key !== 'f' && !endpoint.params.includes(key)) throw unknownParameter(key, [...endpoint.params, 'f']);
    if (seen.has(key)) throw invalidParameter(`Query parameter ${quoted(key)} is given more than once.`);
    seen.add(key);
  }

  let mediaType: string | null;
  const f = query.get('f');
  if (f !== null) {
    if (!FORMATS.includes(f)) throw invalidParameter(`f must be one of ${FORMATS.join(', ')}; got ${quoted(f)}.`);
    mediaType = endpoint.offered[0] ?? null;
  } else {
    mediaType = negotiate(request.headers.get('accept'), endpoint.offered);
  }
  if (mediaType === null) throw notAcceptable(endpoint.offered);

  return { origin: originOf(request), url, query, mediaType };
}
