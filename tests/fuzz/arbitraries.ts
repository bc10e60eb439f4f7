/**
 * Generators of HTTP requests for the fuzz test: every route and method, path segments (ids that
 * exist, random text, malformed escapes, unicode, huge, `__proto__`), query parameters (valid and
 * invalid values, repeats, unknown keys) and the headers that change an answer (Accept, Host,
 * forwarded headers, If-None-Match, Next.js's router state).
 */
import fc from 'fast-check';
import { KINDS, LAYER_IDS } from '@/lib/data/schema';
import { fixtureAtlas } from '../api/fixtures/atlas';

export const FEATURE_IDS = [...fixtureAtlas.features.keys()];
export const SOURCE_IDS = fixtureAtlas.sources.map((s) => s.id);
export const ALLIANCE_IDS = fixtureAtlas.layers.alliances.collection.features.map((f) => f.id);
const ALL_KINDS = [...new Set(Object.values(KINDS).flat())];
const ACTORS = ['AZE', 'ARM', 'TUR', 'PAK', 'RUS', 'USA', 'CSTO', 'GEO', 'aze', 'NATO'];

/** Keys that reach an object's prototype when a parser is careless. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

const MALFORMED = ['%', '%%', '%z', '%zz', '%E0%A4%A', '%C0%80', '%FF', '%ED%A0%80', '%F0%9F%98', '%C3', '%u0041', '%%41'];

/** Text that ends up in a URL: printable ASCII that needs no escaping, escaped unicode, or raw junk. */
const urlText = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9._~!$&'()*+,;=:@-]{0,12}$/),
  fc.string({ unit: 'grapheme', maxLength: 8 }).map(encodeURIComponent),
  fc.string({ unit: 'binary', maxLength: 6 }).map(encodeURIComponent),
);

/** A path segment. */
export const segment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LAYER_IDS, ...FEATURE_IDS, ...SOURCE_IDS, 'items', 'queryables', 'collections', 'sources') },
  { weight: 3, arbitrary: urlText },
  { weight: 2, arbitrary: fc.tuple(urlText, fc.constantFrom(...MALFORMED), urlText).map(([a, m, b]) => a + m + b) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO_KEYS, '.', '..', '%2e%2e', '%2F', 'a%2Fb', '%00', '', '%20') },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(10_000), '%41'.repeat(3_000), encodeURIComponent('😀'.repeat(500))) },
);

/** An API path: a real route shape filled with generated segments, or anything under /api. */
export const apiPath = fc.oneof(
  fc.constantFrom('/api', '/api/conformance', '/api/openapi', '/api/health', '/api/collections', '/api/sources'),
  fc.constantFrom('/api/edit/check', '/api/edit/citations', '/api/edit/features', '/api/edit/review', '/api/edit/session', '/api/edit/sign-out', '/api/edit/sources', '/api/edit/state'),
  segment.map((s) => `/api/collections/${s}`),
  segment.map((s) => `/api/sources/${s}`),
  fc.tuple(segment, fc.constantFrom('items', 'queryables')).map(([l, r]) => `/api/collections/${l}/${r}`),
  fc.tuple(segment, segment).map(([l, id]) => `/api/collections/${l}/items/${id}`),
  fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `/api/${s.join('/')}`),
  fc.constantFrom('/api/', '//api', '/api//collections', '/api/collections/'),
);

/** A path outside the API: pages, static files, and whatever else a client tries. */
export const pagePath = fc.oneof(
  fc.constant('/'),
  segment.map((s) => `/sources/${s}`),
  segment.map((s) => `/${s}`),
  fc.constantFrom('/_next/static/chunks/x.js', '/maplibre/6.17.0/maplibre-gl-worker.mjs', '/basemap/land.geojson', '/icon.svg', '/_not-found', '/_next/image'),
);

const isoDate = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true });
const day = isoDate.map((d) => d.toISOString().slice(0, 10));
const instant = isoDate.map((d) => d.toISOString().replace('.000Z', 'Z'));
const end = fc.oneof(day, instant, fc.constantFrom('..', ''));

/** Valid values for each query parameter (and `f`). */
export const validValue: Record<string, fc.Arbitrary<string>> = {
  bbox: fc
    .tuple(fc.integer({ min: -360, max: 360 }), fc.integer({ min: -180, max: 180 }), fc.integer({ min: -360, max: 360 }), fc.integer({ min: -180, max: 180 }))
    .map(([a, b, c, d]) => [a / 2, Math.min(b, d) / 2, c / 2, Math.max(b, d) / 2].join(',')),
  datetime: fc.oneof(day, instant, fc.tuple(end, end).map(([a, b]) => `${a}/${b}`)),
  limit: fc.integer({ min: 1, max: 2000 }).map(String),
  offset: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant(Number.MAX_SAFE_INTEGER)).map(String),
  kind: fc.array(fc.constantFrom(...ALL_KINDS), { minLength: 1, maxLength: 3 }).map((k) => k.join(',')),
  actor: fc.array(fc.constantFrom(...ACTORS), { minLength: 1, maxLength: 3 }).map((k) => k.join(',')),
  alliance: fc.array(fc.constantFrom(...ALLIANCE_IDS), { minLength: 1, maxLength: 2 }).map((k) => k.join(',')),
  name: fc.constantFrom('Lachin corridor', 'berdzor corridor', 'Shushi Declaration', 'Nowhere'),
  f: fc.constantFrom('json', 'geojson'),
};

const KEYS = Object.keys(validValue);

const invalidValue = fc.oneof(
  urlText,
  fc.tuple(urlText, fc.constantFrom(...MALFORMED)).map(([a, m]) => a + m),
  fc.constantFrom('', ',', '1e%2B23', '100000000000000000000000', '-1', 'NaN', 'Infinity', '1,2,3', '0,0,0,0,0,0', '9'.repeat(15_000), '../..', '2021-02-30'),
);

const param = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KEYS).chain((k) => validValue[k]!.map((v) => [k, encodeURIComponent(v)] as const)) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...KEYS), invalidValue) },
  { weight: 1, arbitrary: fc.tuple(fc.oneof(fc.constantFrom(...PROTO_KEYS, 'at', 'layers', 'from', 'to', 'feature', 'hide'), urlText), fc.oneof(urlText, invalidValue)) },
);

/** A query string: 1–6 parameters, known or not, with valid or invalid values, repeats allowed; or none. */
export const query = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('', '?', '?&') },
  { weight: 6, arbitrary: fc.array(param, { minLength: 1, maxLength: 6 }).map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`) },
);

const HOSTS = ['localhost', 'localhost:3000', 'atlas.example.org', '127.0.0.1:3340', '[::1]:3000', 'web_1:8080'];
const BAD_HOSTS = ['1.2.3.256', 'x:99999', 'a b', '[::1', 'evil.example/"><script>', 'a@b', '%zz', 'x'.repeat(300)];

/** A header value any HTTP client could send (no CR, LF or NUL). */
const headerText = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 });

/** Present in about one request in `n`. */
const sometimes = <T>(arb: fc.Arbitrary<T>, n: number) => fc.oneof({ weight: n - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

export const headers = fc
  .record({
    host: fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 16, arbitrary: fc.constantFrom(...HOSTS) }, { weight: 3, arbitrary: fc.constantFrom(...BAD_HOSTS) }),
    accept: sometimes(
      fc.constantFrom('application/json', 'application/geo+json', 'application/schema+json', '*/*', 'text/html,*/*;q=0.8', 'image/png', '', 'application/json;q=0', 'application/vnd.oai.openapi+json;version=3.0'),
      2,
    ),
    'if-none-match': sometimes(fc.oneof(fc.constant('*'), headerText), 8),
    'x-forwarded-host': sometimes(fc.oneof(fc.constantFrom(...HOSTS, ...BAD_HOSTS), headerText), 2),
    'x-forwarded-proto': sometimes(fc.oneof(fc.constantFrom('https', 'http', 'javascript', 'HTTPS', 'https, http'), headerText), 2),
    forwarded: sometimes(fc.oneof(fc.constantFrom('host=atlas.example.org;proto=https', 'for=1.2.3.4;host="[::1]:8443"', 'host=1.2.3.256', 'proto=ftp'), headerText), 3),
    // What a write to the editor's routes carries, right or wrong (the fuzz never knows the secret).
    origin: sometimes(fc.constantFrom('http://localhost:3000', 'http://localhost', 'https://evil.example', 'null'), 2),
    'content-type': sometimes(fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded'), 2),
    cookie: sometimes(fc.oneof(fc.constantFrom('atlas_editor=eyJuIjoiRXZlIiwiZSI6OTk5OTk5OTk5OX0.AAAA', 'atlas_editor=', 'atlas_editor=a.b.c'), headerText), 3),
    'sec-fetch-site': sometimes(fc.constantFrom('same-origin', 'cross-site', 'same-site', 'none'), 4),
    'next-router-state-tree': sometimes(fc.oneof(fc.constant(encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }]))), headerText), 12),
  })
  .map((h) => Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined)) as Record<string, string>);

const METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE', 'TRACE', 'PROPFIND', 'CONNECT', 'PURGE', 'SEARCH', 'QUERY', 'LOCK', 'M-SEARCH'];

export const method = fc.oneof({ weight: 6, arbitrary: fc.constant('GET') }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) });

/** A whole request as the server receives it: method, raw target, headers. */
export const request = fc.record({
  method,
  target: fc.oneof(
    { weight: 12, arbitrary: fc.tuple(fc.oneof({ weight: 3, arbitrary: apiPath }, { weight: 1, arbitrary: pagePath }), query).map(([p, q]) => p + q) },
    { weight: 1, arbitrary: fc.constantFrom('*', 'http://atlas.example.org/api/collections?f=json', 'https://x/api/sources/%', 'x', 'ftp://x/api') },
  ),
  headers,
  httpVersion: fc.constantFrom('1.1', '1.1', '1.1', '1.0'),
});
