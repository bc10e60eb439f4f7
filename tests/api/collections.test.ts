import { describe, expect, it, vi } from 'vitest';
import { GET as collections } from '@/app/api/collections/route';
import { GET as collection } from '@/app/api/collections/[layer]/route';
import { GET as queryables } from '@/app/api/collections/[layer]/queryables/route';
import { KINDS } from '@/lib/data/schema';
import { body, ctx, get, linkOf, type LinkJson } from './helpers';

vi.mock('@/lib/data', async () => {
  const { fixtureAtlas } = await import('./fixtures/atlas');
  return { getAtlas: vi.fn(() => fixtureAtlas) };
});

interface CollectionJson {
  id: string;
  title: string;
  description: string;
  extent: { spatial: { bbox: number[][]; crs: string }; temporal: { interval: (string | null)[][]; trs: string } };
  itemType: string;
  crs: string[];
  links: LinkJson[];
}

describe('GET /api/collections', () => {
  it('lists the five layers in legend order', async () => {
    const res = await collections(get('/api/collections'));
    expect(res.status).toBe(200);
    const doc = await body<{ collections: CollectionJson[]; links: LinkJson[] }>(res);
    expect(doc.collections.map((c) => c.id)).toEqual(['exercises', 'corridors', 'borders', 'alliances', 'events']);
    expect(linkOf(doc, 'self')?.href).toBe('http://localhost/api/collections');
  });

  it('accepts f=json, as GDAL sends it', async () => {
    expect((await collections(get('/api/collections?f=json'))).status).toBe(200);
  });
});

describe('GET /api/collections/{layer}', () => {
  it('describes extent, CRS and links to items (GeoJSON) and queryables (JSON Schema)', async () => {
    const res = await collection(get('/api/collections/corridors'), ctx({ layer: 'corridors' }));
    const doc = await body<CollectionJson>(res);
    expect(doc.id).toBe('corridors');
    expect(doc.itemType).toBe('feature');
    expect(doc.crs).toEqual(['http://www.opengis.net/def/crs/OGC/1.3/CRS84']);
    expect(doc.extent.spatial).toEqual({ bbox: [[25, 30, 75, 56]], crs: 'http://www.opengis.net/def/crs/OGC/1.3/CRS84' });
    // An open-ended layer (a feature still ongoing) has a null end, not a made-up date.
    expect(doc.extent.temporal.interval).toEqual([['1991-12-26T00:00:00Z', null]]);
    expect(linkOf(doc, 'items')).toEqual(
      expect.objectContaining({ href: 'http://localhost/api/collections/corridors/items', type: 'application/geo+json' }),
    );
    expect(linkOf(doc, 'queryables')).toEqual(
      expect.objectContaining({ href: 'http://localhost/api/collections/corridors/queryables', type: 'application/schema+json' }),
    );
  });

  it.each(['roads', 'constructor', '__proto__', '..%2F..%2Fetc%2Fpasswd', '../../etc/passwd'])('404s for %s', async (layer) => {
    const res = await collection(get(`/api/collections/${encodeURIComponent(layer)}`), ctx({ layer }));
    expect(res.status).toBe(404);
    expect(await body(res)).toEqual({ code: 'NotFound', description: expect.stringContaining('No collection') });
  });
});

describe('GET /api/collections/{layer}/queryables', () => {
  it("is a JSON Schema of kind (the layer's kinds), actor, alliance and name", async () => {
    const res = await queryables(get('/api/collections/exercises/queryables'), ctx({ layer: 'exercises' }));
    expect(res.headers.get('content-type')).toBe('application/schema+json');
    const doc = await body<{ $schema: string; type: string; properties: Record<string, { enum?: string[]; pattern?: string }> }>(res);
    expect(doc.$schema).toMatch(/json-schema\.org/);
    expect(doc.type).toBe('object');
    expect(Object.keys(doc.properties)).toEqual(['kind', 'actor', 'alliance', 'name']);
    expect(doc.properties.kind?.enum).toEqual([...KINDS.exercises]);
    expect(doc.properties.alliance?.enum).toEqual(['azerbaijan-turkey-pakistan', 'csto']);
    expect(new RegExp(doc.properties.actor!.pattern!).test('AZE')).toBe(true);
  });

  it('404s for an unknown layer', async () => {
    expect((await queryables(get('/api/collections/x/queryables'), ctx({ layer: 'x' }))).status).toBe(404);
  });
});
