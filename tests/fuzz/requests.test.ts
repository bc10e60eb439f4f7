/**
 * Property-based fuzz of the request guard (server/guard.mjs) and the real route handlers,
 * in-process: over 10,000 generated requests per run across every route, method, path segment,
 * query parameter and forwarded header, in each of the three link modes.
 *
 * - No request gets a 5xx, and every 4xx under /api is JSON `{code, description}` whose
 *   description does not echo a huge value.
 * - Links use only the origin the mode allows: the request's Host, a host the trusted proxy
 *   forwarded, or the configured public origin.
 * - The editor's write routes answer 401, 403, 405 or 415 to every generated write, with editing
 *   off and on (no generated request knows the secret or carries a valid session).
 * - Valid items queries agree with a brute-force oracle, and paging walks every feature once.
 *
 * Seeded: the seed is printed; `FUZZ_SEED=<seed> npx vitest run tests/fuzz` replays a run, and
 * fast-check's failure report adds the shrunk counterexample and its path.
 */
import fc from 'fast-check';
import { searchParamsToUrlQuery } from 'next/dist/shared/lib/router/utils/querystring';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getAtlas } from '@/lib/data';
import { KINDS, LAYER_IDS, type LayerId } from '@/lib/data/schema';
import { parseUrlState, type UrlContext } from '@/lib/url';
import { fixtureAtlas } from '../api/fixtures/atlas';
import { ALLIANCE_IDS, FEATURE_IDS, request, validValue } from './arbitraries';
import { oracleAtlas } from './atlas';
import { guard, type FuzzRequest } from './guard';
import { expectedIds, type ItemsFilter } from './oracle';
import { route, ROUTE_NAMES } from './router';

vi.mock('@/lib/data', async () => {
  const { fixtureAtlas } = await import('../api/fixtures/atlas');
  return { getAtlas: vi.fn(() => fixtureAtlas) };
});

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS_PER_MODE = Number(process.env.FUZZ_RUNS ?? 3_500);
console.log(`fuzz seed ${SEED} (replay: FUZZ_SEED=${SEED} npx vitest run tests/fuzz)`);

const MODES = {
  default: {},
  'editing on': { ATLAS_EDITOR_SECRET: 'a-secret-the-fuzz-never-sends-0123' },
  'trusted proxy': { ATLAS_TRUST_PROXY: '1' },
  'public origin': { ATLAS_PUBLIC_ORIGIN: 'https://atlas.example.org' },
} as const;
type Mode = keyof typeof MODES;

const reached = new Map<string, number>();
const statuses = new Map<number, number>();
let total = 0;
const started = Date.now();
afterEach(() => vi.unstubAllEnvs());
afterAll(() => {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`fuzz: ${total} requests in ${seconds} s, seed ${SEED}; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`);
});

const URL_CONTEXT: UrlContext = { layers: LAYER_IDS, alliances: ALLIANCE_IDS, features: new Set(FEATURE_IDS), extent: { from: '1991-12', to: '2023-12' } };

/** The host part of a header value as a URL would read it, or null. */
function hostnameOf(value: string | undefined): string | null {
  const v = value?.split(',')[0]?.trim().replace(/^"|"$/g, '') ?? '';
  return v && URL.canParse(`http://${v}/`) ? new URL(`http://${v}/`).hostname : null;
}

/** Sends one generated request through the guard and, when it passes, through the route handler. */
async function serve(req: FuzzRequest, mode: Mode): Promise<void> {
  total++;
  const decision = guard(req);
  let status: number;
  if (decision.kind === 'reply') {
    ({ status } = decision.reply);
    expect([204, 400, 405]).toContain(status);
    if (status === 405) expect(decision.reply.headers.Allow).toBe('GET, HEAD, OPTIONS');
    if (status !== 204) expect(decision.reply.body.length, 'an error says why').toBeGreaterThan(10);
    if (decision.api && status >= 400) expectApiError(status, decision.reply.headers['Content-Type'] ?? null, decision.reply.body);
    else if (status >= 400) expect(decision.reply.headers['Content-Type']).toBe('text/plain; charset=utf-8');
  } else if (!decision.api) {
    pageRequest(decision.url);
    status = 200;
  } else {
    const path = decision.url.split('?')[0]!;
    const routed = route(path, req.method);
    reached.set(routed.route, (reached.get(routed.route) ?? 0) + 1);
    if (routed.redirect) {
      status = 308;
    } else {
      const headers = new Headers(Object.entries(req.headers).filter(([k]) => k !== 'host'));
      const host = decision.host ?? req.headers.host;
      if (host !== undefined) headers.set('host', host);
      // What a route receives from Next.js: a URL on Next's own host name, and the request's headers.
      const res = await routed.call!(new Request(`http://localhost:3000${decision.url}`, { method: req.method, headers }));
      status = res.status;
      // Without the secret (which no generated request knows) nothing may be written or read back.
      if (routed.route.startsWith('/api/edit/') && !['GET', 'HEAD', 'OPTIONS'].includes(req.method)) {
        expect([401, 403, 405, 415], `${req.method} ${routed.route}`).toContain(status);
      }
      const text = await res.text();
      // HEAD: the same status and headers as GET, and no body.
      if (req.method === 'HEAD') expect(text).toBe('');
      else if (status >= 400) expectApiError(status, res.headers.get('content-type'), text);
      else if (status === 200 && req.method === 'GET') expectLinks(JSON.parse(text) as { links?: { href: string }[] }, mode, req, host);
    }
  }
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
  expect(status, `${req.method} ${req.url.slice(0, 200)}`).toBeLessThan(500);
}

function expectApiError(status: number, contentType: string | null, body: string) {
  expect(contentType, `${status} is JSON`).toBe('application/json');
  const json = JSON.parse(body) as Record<string, unknown>;
  expect(Object.keys(json).sort()).toEqual(['code', 'description']);
  expect(typeof json.code).toBe('string');
  expect(typeof json.description).toBe('string');
  expect((json.description as string).length, 'a description does not echo a huge value').toBeLessThan(600);
}

/** Every link's origin is one the mode allows. */
function expectLinks(doc: { links?: { href: string }[] }, mode: Mode, req: FuzzRequest, host: string | undefined) {
  const own = host === undefined ? 'localhost' : hostnameOf(host);
  const forwarded = [hostnameOf(req.headers['x-forwarded-host']), hostnameOf(/host=("[^"]*"|[^;,]*)/i.exec(req.headers.forwarded ?? '')?.[1])];
  for (const { href } of doc.links ?? []) {
    const url = new URL(href);
    if (mode === 'public origin') expect(url.origin).toBe('https://atlas.example.org');
    else if (mode === 'default') expect([url.protocol, url.hostname], href).toEqual(['http:', own]);
    else expect([own, ...forwarded], `${href} names a host the request did`).toContain(url.hostname);
  }
}

/** What the pages do with a request: the map parses Next.js's `searchParams`; the reader looks an id up. */
function pageRequest(target: string) {
  const url = new URL(target, 'http://localhost');
  if (url.pathname === '/') expect(() => parseUrlState(searchParamsToUrlQuery(url.searchParams), URL_CONTEXT)).not.toThrow();
  if (url.pathname.startsWith('/sources/')) expect(() => decodeURIComponent(url.pathname.slice('/sources/'.length))).not.toThrow();
}

describe('fuzz: no 5xx; API errors are {code, description}; links follow the mode', () => {
  for (const [mode, env] of Object.entries(MODES) as [Mode, Record<string, string>][]) {
    it(`${RUNS_PER_MODE} requests, ${mode}`, async () => {
      for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
      await fc.assert(
        fc.asyncProperty(request, (r) => serve({ method: r.method, url: r.target, headers: r.headers, httpVersion: r.httpVersion }, mode)),
        { seed: SEED, numRuns: RUNS_PER_MODE },
      );
    }, 120_000);
  }

  it('reached every route handler', () => {
    for (const name of ROUTE_NAMES) expect(reached.get(name) ?? 0, name).toBeGreaterThan(0);
  });
});

// ---- valid queries agree with the oracle ----

/** Boxes with width and height (the oracle clips exactly; a zero-size box is only an envelope test). */
const box = fc
  .tuple(fc.integer({ min: -360, max: 360 }), fc.integer({ min: -360, max: 360 }), fc.integer({ min: -180, max: 179 }), fc.integer({ min: 1, max: 180 }))
  .filter(([w, e]) => w !== e)
  .map(([w, e, s, h]) => [w / 2, s / 2, e / 2, Math.min(180, s + h) / 2].join(','));

/** Closed and half-open intervals with start ≤ end (ISO strings of one form sort chronologically). */
const interval = fc
  .tuple(validValue.datetime!, validValue.datetime!)
  .map(([a, b]) => [a.split('/')[0] || '2021-01-01', b.split('/')[0] || '2021-12-31'].filter((e) => e !== '..').sort())
  .filter((ends) => ends.length === 2)
  .chain(([a, b]) => fc.constantFrom(a!, `${a}/${b}`, `../${b}`, `${a}/..`, `${a}/`));

/**
 * Instants and days right at a layer's feature interval ends (the last second of a stored end, the
 * millisecond after it, the day before a start …), where an off-by-one in the overlap rule shows.
 */
function boundaryEnds(layer: LayerId): fc.Arbitrary<string> {
  const iso = (ms: number) => new Date(ms).toISOString();
  const ends = oracleAtlas.layers[layer].collection.features.flatMap((f) => {
    const from = Date.parse(f.properties.date.interval.from);
    const to = f.properties.date.interval.to === null ? null : Date.parse(f.properties.date.interval.to);
    return [
      iso(from), iso(from - 1), iso(from - 86_400_000).slice(0, 10), iso(from).slice(0, 10),
      ...(to === null ? [] : [iso(to), iso(to + 999), iso(to + 1000), iso(to).slice(0, 10), iso(to + 1000).slice(0, 10)]),
    ];
  });
  return fc.constantFrom(...ends);
}

/** Intervals from boundary ends, start ≤ end. */
const boundaryInterval = (layer: LayerId) =>
  fc
    .tuple(boundaryEnds(layer), boundaryEnds(layer))
    .map(([a, b]) => (Date.parse(a) <= Date.parse(b) ? [a, b] : [b, a]))
    .chain(([a, b]) => fc.constantFrom(a!, b!, `${a}/${b}`, `../${a}`, `${b}/..`));

/** Each filter in about one query in three, so that many queries match several features. */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

/** A layer and a filter for it; one kind list in ten names a kind of another layer. */
const layerAndFilter: fc.Arbitrary<[LayerId, ItemsFilter]> = fc.constantFrom(...LAYER_IDS).chain((layer) =>
  fc.tuple(
    fc.constant(layer),
    fc
      .record({
        bbox: maybe(box),
        datetime: maybe(fc.oneof(interval, boundaryInterval(layer))),
        kind: maybe(fc.oneof({ weight: 9, arbitrary: fc.subarray([...KINDS[layer]], { minLength: 1 }).map((k) => k.join(',')) }, { weight: 1, arbitrary: validValue.kind! })),
        actor: maybe(validValue.actor!),
        alliance: maybe(validValue.alliance!),
        name: maybe(fc.oneof(validValue.name!, fc.constantFrom(...oracleAtlas.layers[layer].collection.features.map((f) => f.properties.name.toUpperCase())))),
      })
      .map((f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as ItemsFilter),
  ),
);

async function items(layer: LayerId, search: string) {
  total++;
  const res = await route(`/api/collections/${layer}/items`, 'GET').call!(new Request(`http://localhost:3000/api/collections/${layer}/items${search}`));
  return {
    status: res.status,
    doc: (await res.json()) as { features: { id: string }[]; numberMatched: number; links: { rel: string; href: string }[]; description?: string },
  };
}

const searchOf = (f: ItemsFilter, limit: number, offset?: number) =>
  `?${new URLSearchParams({ ...(f as Record<string, string>), limit: String(limit), ...(offset === undefined ? {} : { offset: String(offset) }) })}`;

/** A kind filter naming a kind the layer does not have is refused, not answered with nothing. */
const foreignKind = (layer: LayerId, f: ItemsFilter): boolean => !!f.kind?.split(',').some((k) => !(KINDS[layer] as readonly string[]).includes(k));

describe('fuzz: valid items queries agree with a brute-force filter over the atlas', () => {
  beforeAll(() => vi.mocked(getAtlas).mockReturnValue(oracleAtlas));
  afterAll(() => vi.mocked(getAtlas).mockReturnValue(fixtureAtlas));

  let multiFeature = 0;
  it('every page holds exactly the oracle’s features', async () => {
    await fc.assert(
      fc.asyncProperty(layerAndFilter, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 40 }), async ([layer, f], limit, offset) => {
        const { status, doc } = await items(layer, searchOf(f, limit, offset));
        if (foreignKind(layer, f)) {
          expect(status).toBe(400);
          expect(doc.description).toMatch(/^kind /);
          return;
        }
        expect(status, doc.description).toBe(200);
        const expected = expectedIds(oracleAtlas.layers[layer].collection.features, f);
        expect(doc.numberMatched).toBe(expected.length);
        expect(doc.features.map((x) => x.id)).toEqual(expected.slice(offset, offset + limit));
        if (doc.features.length > 1) multiFeature++;
      }),
      { seed: SEED, numRuns: 1_500 },
    );
    expect(multiFeature, 'pages with several features compared').toBeGreaterThan(100);
  }, 120_000);

  let multiPage = 0;
  it('next links walk every matching feature exactly once, and each prev link leads to the page before', async () => {
    await fc.assert(
      fc.asyncProperty(layerAndFilter, fc.integer({ min: 1, max: 6 }), async ([layer, f], limit) => {
        fc.pre(!foreignKind(layer, f));
        const pages: string[][] = [];
        let search: string | undefined = searchOf(f, limit);
        while (search !== undefined && pages.length < 40) {
          const { status, doc } = await items(layer, search);
          expect(status, doc.description).toBe(200);
          pages.push(doc.features.map((x) => x.id));
          const prev = doc.links.find((l) => l.rel === 'prev');
          if (pages.length > 1) expect((await items(layer, new URL(prev!.href).search)).doc.features.map((x) => x.id)).toEqual(pages.at(-2));
          const next = doc.links.find((l) => l.rel === 'next');
          search = next ? new URL(next.href).search : undefined;
        }
        expect(pages.flat()).toEqual(expectedIds(oracleAtlas.layers[layer].collection.features, f));
        if (pages.length > 2) multiPage++;
      }),
      { seed: SEED, numRuns: 600 },
    );
    // The property above must have walked real paging, not only single pages.
    expect(multiPage).toBeGreaterThan(50);
  }, 120_000);
});
