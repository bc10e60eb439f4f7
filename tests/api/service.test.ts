import { describe, expect, it, vi } from 'vitest';
import { GET as landing } from '@/app/api/route';
import { GET as conformance } from '@/app/api/conformance/route';
import { GET as openapi } from '@/app/api/openapi/route';
import { GET as health } from '@/app/api/health/route';
import { body, get, linkOf, type LinkJson } from './helpers';

vi.mock('@/lib/data', async () => {
  const { fixtureAtlas } = await import('./fixtures/atlas');
  return { getAtlas: vi.fn(() => fixtureAtlas) };
});

describe('GET /api (landing page)', () => {
  it('links to the API definition, conformance and collections with absolute URLs', async () => {
    const res = await landing(get('/api'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const doc = await body<{ title: string; links: LinkJson[] }>(res);
    expect(doc.title).toBeTruthy();
    expect(linkOf(doc, 'self')?.href).toBe('http://localhost/api');
    expect(linkOf(doc, 'service-desc')).toEqual(
      expect.objectContaining({ href: 'http://localhost/api/openapi', type: 'application/vnd.oai.openapi+json;version=3.0' }),
    );
    expect(linkOf(doc, 'conformance')?.href).toBe('http://localhost/api/conformance');
    expect(linkOf(doc, 'data')?.href).toBe('http://localhost/api/collections');
  });

  it('builds links from the host the client used; forwarded headers are ignored unless trusted', async () => {
    const direct = await body<{ links: LinkJson[] }>(await landing(new Request('http://127.0.0.1:3100/api')));
    expect(linkOf(direct, 'data')?.href).toBe('http://127.0.0.1:3100/api/collections');
    const byHost = await body<{ links: LinkJson[] }>(await landing(get('/api', { Host: 'atlas.test:8080' })));
    expect(linkOf(byHost, 'data')?.href).toBe('http://atlas.test:8080/api/collections');
    const spoofed = await body<{ links: LinkJson[] }>(
      await landing(get('/api', { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https', Forwarded: 'host=evil.example' })),
    );
    expect(linkOf(spoofed, 'data')?.href).toBe('http://localhost/api/collections');
  });
});

describe('GET /api/conformance', () => {
  it('declares Features core, GeoJSON, OpenAPI 3.0 and Part 3 queryables', async () => {
    const doc = await body<{ conformsTo: string[] }>(await conformance(get('/api/conformance')));
    expect(doc.conformsTo).toEqual(
      expect.arrayContaining([
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
        'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables',
        'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters',
      ]),
    );
  });
});

type Param = { name?: string; $ref?: string; in?: string; schema?: Record<string, unknown> };
interface OpenApi {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, { get: { parameters: Param[]; responses: Record<string, unknown> } }>;
  components: { parameters: Record<string, Param> };
}

describe('GET /api/openapi', () => {
  async function load(): Promise<OpenApi> {
    const res = await openapi(get('/api/openapi'));
    expect(res.headers.get('content-type')).toBe('application/vnd.oai.openapi+json;version=3.0');
    return body<OpenApi>(res);
  }

  /** The parameters of an operation with $refs resolved. */
  function paramsOf(doc: OpenApi, path: string): Param[] {
    const op = doc.paths[path]?.get;
    expect(op, `no GET ${path}`).toBeDefined();
    return op!.parameters.map((p) => (p.$ref ? doc.components.parameters[p.$ref.split('/').pop()!]! : p));
  }

  it('is OpenAPI 3.0 with the API root as server and every endpoint as a path', async () => {
    const doc = await load();
    expect(doc.openapi).toMatch(/^3\.0\./);
    expect(doc.servers[0]?.url).toBe('http://localhost/api');
    for (const path of ['/', '/openapi', '/conformance', '/collections', '/sources', '/sources/{sourceId}', '/health']) {
      expect(doc.paths[path], path).toBeDefined();
    }
    for (const layer of ['exercises', 'corridors', 'borders', 'alliances', 'events']) {
      for (const suffix of ['', '/queryables', '/items', '/items/{featureId}']) {
        expect(doc.paths[`/collections/${layer}${suffix}`], `${layer}${suffix}`).toBeDefined();
      }
    }
  });

  it('declares limit with default 100 and maximum 1000, plus bbox, datetime and offset', async () => {
    const params = paramsOf(await load(), '/collections/events/items');
    const limit = params.find((p) => p.name === 'limit');
    expect(limit?.schema).toEqual(expect.objectContaining({ type: 'integer', minimum: 1, default: 100, maximum: 1000 }));
    expect(params.map((p) => p.name)).toEqual(expect.arrayContaining(['bbox', 'datetime', 'offset', 'f']));
  });

  it("declares each layer's queryables as query parameters, with that layer's kinds", async () => {
    const doc = await load();
    const exercises = paramsOf(doc, '/collections/exercises/items');
    expect(exercises.map((p) => p.name)).toEqual(expect.arrayContaining(['kind', 'actor', 'alliance', 'name']));
    const kind = exercises.find((p) => p.name === 'kind')!.schema as { items: { enum: string[] } };
    expect(kind.items.enum).toContain('special-forces-drill');
    expect(kind.items.enum).not.toContain('meeting');
    const alliance = exercises.find((p) => p.name === 'alliance')!.schema as { items: { enum: string[] } };
    expect(alliance.items.enum).toEqual(['azerbaijan-turkey-pakistan', 'csto']);
  });

  it('documents 200, 304, 400, 404 and 406 responses', async () => {
    const doc = await load();
    expect(Object.keys(doc.paths['/collections/events/items/{featureId}']!.get.responses)).toEqual(
      expect.arrayContaining(['200', '304', '400', '404', '406']),
    );
    expect(Object.keys(doc.paths['/collections']!.get.responses)).toEqual(expect.arrayContaining(['200', '304', '400', '406']));
  });

  it('has every $ref resolving to a component', async () => {
    const doc = await load();
    const refs: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, child] of Object.entries(v)) {
          if (k === '$ref') refs.push(child as string);
          else walk(child);
        }
      }
    };
    walk(doc);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const target = ref.replace(/^#\//, '').split('/').reduce<unknown>((o, key) => (o as Record<string, unknown> | undefined)?.[key], doc);
      expect(target, ref).toBeDefined();
    }
  });

  it('is also served as plain JSON to clients that ask for it', async () => {
    const res = await openapi(get('/api/openapi', { Accept: 'application/json' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
  });
});

describe('GET /api/health', () => {
  it('reports ok and the data version, never cached', async () => {
    const res = await health(get('/api/health'));
    expect(res.status).toBe(200);
    expect(await body(res)).toEqual({ status: 'ok', version: 'fixture-v1' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
