/** Caching, CORS, methods, negotiation and error handling, across every route. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as landing from '@/app/api/route';
import * as openapi from '@/app/api/openapi/route';
import * as conformance from '@/app/api/conformance/route';
import * as collections from '@/app/api/collections/route';
import * as collection from '@/app/api/collections/[layer]/route';
import * as queryables from '@/app/api/collections/[layer]/queryables/route';
import * as items from '@/app/api/collections/[layer]/items/route';
import * as item from '@/app/api/collections/[layer]/items/[id]/route';
import * as sources from '@/app/api/sources/route';
import * as source from '@/app/api/sources/[id]/route';
import * as health from '@/app/api/health/route';
import { getAtlas } from '@/lib/data';
import { fixtureAtlas, SOURCE_ID } from './fixtures/atlas';
import { body, ctx, get } from './helpers';

vi.mock('@/lib/data', async () => {
  const { fixtureAtlas } = await import('./fixtures/atlas');
  return { getAtlas: vi.fn(() => fixtureAtlas) };
});

type Route = { GET: (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response> } & Record<string, unknown>;

/** Every route with a path that exists and the params Next.js would pass. */
const ROUTES: [string, Route, Record<string, string>][] = [
  ['/api', landing as unknown as Route, {}],
  ['/api/openapi', openapi as unknown as Route, {}],
  ['/api/conformance', conformance as unknown as Route, {}],
  ['/api/collections', collections as unknown as Route, {}],
  ['/api/collections/events', collection as unknown as Route, { layer: 'events' }],
  ['/api/collections/events/queryables', queryables as unknown as Route, { layer: 'events' }],
  ['/api/collections/events/items', items as unknown as Route, { layer: 'events' }],
  ['/api/collections/events/items/shusha-declaration', item as unknown as Route, { layer: 'events', id: 'shusha-declaration' }],
  ['/api/sources', sources as unknown as Route, {}],
  [`/api/sources/${SOURCE_ID}`, source as unknown as Route, { id: SOURCE_ID }],
  ['/api/health', health as unknown as Route, {}],
];

afterEach(() => {
  vi.mocked(getAtlas).mockImplementation(() => fixtureAtlas);
  vi.restoreAllMocks();
});

describe.each(ROUTES)('%s', (path, route, params) => {
  const call = (headers: Record<string, string> = {}, query = '') => route.GET(get(path + query, headers), ctx(params));

  it('answers GET with JSON, a strong ETag and CORS for any origin', async () => {
    const res = await call();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/json/);
    expect(res.headers.get('etag')).toMatch(/^"[^"]+"$/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe(path === '/api/health' ? 'no-store' : 'public, max-age=60, stale-while-revalidate=600');
  });

  it('answers a matching If-None-Match with a bodiless 304, and a stale one with 200', async () => {
    const first = await call();
    const etag = first.headers.get('etag')!;
    expect((await call()).headers.get('etag')).toBe(etag);
    const cached = await call({ 'If-None-Match': etag });
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe('');
    expect(cached.headers.get('etag')).toBe(etag);
    expect((await call({ 'If-None-Match': '"stale"' })).status).toBe(200);
  });

  it('answers 406 when only HTML or images are acceptable, and f=json overrides that', async () => {
    for (const accept of ['text/html', 'image/png']) {
      const res = await call({ Accept: accept });
      expect(res.status).toBe(406);
      expect(await body(res)).toEqual({ code: 'NotAcceptable', description: expect.stringContaining('application/') });
    }
    expect((await call({ Accept: 'text/html' }, '?f=json')).status).toBe(200);
  });

  it('rejects unknown query parameters', async () => {
    const res = await call({}, '?colour=red');
    expect(res.status).toBe(400);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect((await body(res)).code).toBe('UnknownParameter');
  });

  it('answers the CORS preflight with 204 and GET as the allowed method', async () => {
    const res = (route.OPTIONS as () => Response)();
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toContain('GET');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('answers %s with 405, Allow and no CORS header', async (method) => {
    const handler = route[method] as (r: Request) => Response;
    const res = handler(get(path, {}, method));
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect((await body(res)).code).toBe('MethodNotAllowed');
  });

  it('turns an unexpected failure into a 500 InternalError without leaking details', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.mocked(getAtlas).mockImplementation(() => {
      throw new Error('geodata/layers/events.json: secret detail');
    });
    // Landing and conformance do not read data; everything else must fail cleanly.
    if (path === '/api' || path === '/api/conformance') return;
    const res = await call();
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toBe('application/json');
    const doc = await body<{ code: string; description: string }>(res);
    expect(doc.code).toBe('InternalError');
    expect(doc.description).not.toContain('secret');
  });
});

describe('bad input never reaches the 500 handler', () => {
  const BAD_QUERIES = [
    '?bbox=', '?bbox=,,,', '?bbox=1,2,3,4,5,6,7', '?bbox=1e400,0,1,1', '?bbox=%00', '?datetime=', '?datetime=/', '?datetime=2021-09-12T00:00:00Z/x',
    '?datetime=9999999-01-01', '?limit=-0', '?limit=1e999', '?offset=1e999', '?offset=99999999999999999999999', '?kind=%E2%80%8B',
    '?actor=,', '?alliance=__proto__', '?name=%20', '?f=', '?f=json&f=json', '?%ZZ=1', '?constructor=1', '?__proto__=1',
  ];
  const BAD_IDS = ['__proto__', 'constructor', 'hasOwnProperty', '%00', '..%2F..%2Fetc%2Fpasswd', '../../etc/passwd', 'x'.repeat(5000), '😀'];

  it('for any query on any route', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const [path, route, params] of ROUTES) {
      for (const query of BAD_QUERIES) {
        const res = await route.GET(get(path + query), ctx(params));
        expect(res.status, `${path}${query}`).toBeLessThan(500);
      }
    }
    expect(errors).not.toHaveBeenCalled();
  });

  it('for any id in a path', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const id of BAD_IDS) {
      const cases: [Route, Record<string, string>][] = [
        [collection as unknown as Route, { layer: id }],
        [queryables as unknown as Route, { layer: id }],
        [items as unknown as Route, { layer: id }],
        [item as unknown as Route, { layer: id, id }],
        [item as unknown as Route, { layer: 'events', id }],
        [source as unknown as Route, { id }],
      ];
      for (const [route, params] of cases) {
        const res = await route.GET(get(`/api/x/${encodeURIComponent(id)}`), ctx(params));
        expect(res.status, JSON.stringify(params).slice(0, 80)).toBe(404);
        expect((await body<{ description: string }>(res)).description.length).toBeLessThan(300);
      }
    }
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('unknown API paths', () => {
  it('get the JSON 404, not the HTML page', async () => {
    const { GET } = await import('@/app/api/[...path]/route');
    const res = await GET(get('/api/collections/events/items/x/y'), ctx({ path: ['collections', 'events', 'items', 'x', 'y'] }));
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect((await body(res)).code).toBe('NotFound');
  });
});
