import { afterEach, describe, expect, it, vi } from 'vitest';
import { mapLayerFile } from '@/lib/client/map-layer-files';

const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/geo+json' } });

afterEach(() => vi.unstubAllGlobals());

describe('map-form files, fetched once per page', () => {
  it('the early map and the page share one request and one parsed collection', async () => {
    const fetch = vi.fn(async () => ok({ type: 'FeatureCollection', layer: 'events', version: 'v1', features: [] }));
    vi.stubGlobal('fetch', fetch);
    const a = mapLayerFile('v1', 'events');
    const b = mapLayerFile('v1', 'events');
    expect(await a).toBe(await b);
    expect(fetch).toHaveBeenCalledTimes(1);
    // Another layer or version is another file.
    await mapLayerFile('v2', 'events');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('a failed load is forgotten, so a retry asks again', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response(JSON.stringify({ code: 'Unavailable', description: 'down' }), { status: 503 }))
      .mockResolvedValueOnce(ok({ type: 'FeatureCollection', layer: 'borders', version: 'v3', features: [] }));
    vi.stubGlobal('fetch', fetch);
    await expect(mapLayerFile('v3', 'borders')).rejects.toThrow();
    await expect(mapLayerFile('v3', 'borders')).resolves.toMatchObject({ layer: 'borders' });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('a file the build did not publish (404) comes from the API instead', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response('{}', { status: 404 }))
      .mockResolvedValueOnce(ok({ type: 'FeatureCollection', layer: 'corridors', version: 'v4', features: [] }));
    vi.stubGlobal('fetch', fetch);
    await expect(mapLayerFile('v4', 'corridors')).resolves.toMatchObject({ layer: 'corridors' });
    expect(String(fetch.mock.calls[1]![0])).toMatch(/^\/api\//);
  });
});
