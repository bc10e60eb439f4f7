import { describe, expect, it } from 'vitest';
import { representation } from '@/lib/http';
import { EntityCache } from '@/lib/http/memo';

describe('EntityCache: a body is serialised once per key', () => {
  it('builds on the first request only, and keys by media type too', () => {
    const cache = new EntityCache(1000);
    let builds = 0;
    const build = () => ({ n: ++builds });
    const a = cache.get('k', 'application/json', build);
    const b = cache.get('k', 'application/json', build);
    expect(b).toBe(a);
    expect(builds).toBe(1);
    const geo = cache.get('k', 'application/geo+json', build);
    expect(builds).toBe(2);
    expect(geo.etag).not.toBe(a.etag);
  });

  it('holds at most its byte budget, dropping the least recently used first', () => {
    const cache = new EntityCache(100);
    const body = (c: string) => () => c.repeat(40); // 42 bytes as JSON
    cache.get('a', 't', body('a'));
    cache.get('b', 't', body('b'));
    cache.get('a', 't', body('a')); // a is now the most recent
    cache.get('c', 't', body('c'));
    expect(cache.size).toBe(2);
    expect(cache.heldBytes).toBeLessThanOrEqual(100);
    let rebuilt = false;
    cache.get('a', 't', () => ((rebuilt = true), 'x'));
    expect(rebuilt).toBe(false);
    cache.get('b', 't', () => ((rebuilt = true), 'x'));
    expect(rebuilt).toBe(true);
  });

  it('does not keep a body larger than the whole budget', () => {
    const cache = new EntityCache(10);
    cache.get('big', 't', () => 'x'.repeat(50));
    expect(cache.size).toBe(0);
  });
});

describe('representation with a memo key', () => {
  it('answers a revalidation with 304 without building the body again', async () => {
    let builds = 0;
    const key = `test|${Math.random()}`;
    const build = () => ({ built: ++builds });
    const first = representation(new Request('http://x/api/t'), build, { contentType: 'application/json', memo: key });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ built: 1 });
    const etag = first.headers.get('etag')!;
    const again = representation(new Request('http://x/api/t', { headers: { 'If-None-Match': etag } }), build, {
      contentType: 'application/json',
      memo: key,
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(builds).toBe(1);
  });
});
