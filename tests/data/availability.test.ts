/**
 * A failed load at run time: reported once with its issues, remembered (not re-read and re-checked
 * on every request), answered 503 by the data routes, and loaded again only by `reloadAtlas()`.
 */
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureAtlas } from '../api/fixtures/atlas';
import { body, ctx, get } from '../api/helpers';

const issues = [{ file: 'geodata/layers/events.json', problem: 'invalid JSON at line 25, column 9: Expected \',\' or \'}\' after property value' }];
const loadAtlas = vi.hoisted(() => vi.fn());
vi.mock('@/lib/data/load', () => ({ loadAtlas }));

const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
afterAll(() => errors.mockRestore());

describe('invalid data at run time', () => {
  beforeEach(() => {
    loadAtlas.mockReset();
    errors.mockClear();
  });

  it('is loaded and logged once, then every data route answers 503 DataUnavailable without reloading', async () => {
    loadAtlas.mockReturnValue({ issues });
    const { getAtlas, DataError } = await import('@/lib/data');
    const items = await import('@/app/api/collections/[layer]/items/route');
    const collections = await import('@/app/api/collections/route');
    expect(() => getAtlas()).toThrow(DataError);
    for (let i = 0; i < 5; i++) {
      const res = await items.GET(get('/api/collections/events/items'), ctx({ layer: 'events' }));
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(await body(res)).toEqual({ code: 'DataUnavailable', description: expect.stringMatching(/failed its checks/) });
    }
    expect((await collections.GET(get('/api/collections'))).status).toBe(503);
    expect(loadAtlas).toHaveBeenCalledTimes(1);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain('geodata/layers/events.json: invalid JSON at line 25, column 9');
  });

  it('is loaded again only by an explicit reloadAtlas(), which then serves the fixed data', async () => {
    const { getAtlas, reloadAtlas } = await import('@/lib/data');
    loadAtlas.mockReturnValue({ atlas: fixtureAtlas, issues: [] });
    expect(() => getAtlas()).toThrow(); // still the remembered failure: no per-request retry
    expect(loadAtlas).not.toHaveBeenCalled();
    expect(reloadAtlas()).toEqual([]);
    expect(getAtlas()).toBe(fixtureAtlas);
    const items = await import('@/app/api/collections/[layer]/items/route');
    expect((await items.GET(get('/api/collections/events/items'), ctx({ layer: 'events' }))).status).toBe(200);
    expect(loadAtlas).toHaveBeenCalledTimes(1);
  });

  it('forgets on reload the validators the server answers 304s from: they belong to the old data', async () => {
    const { reloadAtlas } = await import('@/lib/data');
    const { answerRevalidation } = await import('@/lib/http/revalidate');
    loadAtlas.mockReturnValue({ atlas: fixtureAtlas, issues: [] });
    const items = await import('@/app/api/collections/[layer]/items/route');
    const res = await items.GET(get('/api/collections/events/items'), ctx({ layer: 'events' }));
    const etag = res.headers.get('etag')!;
    const header = (name: string) => (name === 'if-none-match' ? etag : null);
    expect(answerRevalidation('GET', '/api/collections/events/items', header)?.status).toBe(304);
    loadAtlas.mockReturnValue({ issues });
    reloadAtlas();
    expect(answerRevalidation('GET', '/api/collections/events/items', header)).toBeNull();
  });
});
