/**
 * Which origin the links of publicly cacheable responses use, in each deployment mode, and that
 * `Vary` names exactly the request headers the response depends on in that mode.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET as landing } from '@/app/api/route';
import { originPolicy, plainHost, requestOrigin, varyOf } from '@/lib/http/origin';
import { body, get, linkOf, type LinkJson } from './helpers';

vi.mock('@/lib/data', async () => {
  const { fixtureAtlas } = await import('./fixtures/atlas');
  return { getAtlas: vi.fn(() => fixtureAtlas) };
});

afterEach(() => vi.unstubAllEnvs());

async function dataLink(headers: Record<string, string>): Promise<{ href: string | undefined; vary: string | null }> {
  const res = await landing(get('/api', headers));
  return { href: linkOf(await body<{ links: LinkJson[] }>(res), 'data')?.href, vary: res.headers.get('vary') };
}

const SPOOF = { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' };

describe('default: the request’s own host, forwarded headers ignored', () => {
  it('uses Host and ignores X-Forwarded-* and Forwarded from anyone', async () => {
    expect(await dataLink({ Host: 'atlas.test:8080', ...SPOOF, Forwarded: 'host=evil.example;proto=https' })).toEqual({
      href: 'http://atlas.test:8080/api/collections',
      vary: 'Accept, Accept-Encoding',
    });
  });

  it.each(['1.2.3.256', 'x:99999', 'a b', '[::1', 'evil.example/"><script>', 'a@b', '%zz', ''])(
    'falls back to the URL’s host for Host %j',
    async (host) => {
      expect((await dataLink({ Host: host })).href).toBe('http://localhost/api/collections');
    },
  );
});

describe('ATLAS_TRUST_PROXY=1: the proxy’s headers name the origin', () => {
  it('honours X-Forwarded-Host/-Proto (first value) and says so in Vary', async () => {
    vi.stubEnv('ATLAS_TRUST_PROXY', '1');
    expect(await dataLink({ 'X-Forwarded-Host': 'atlas.example.org, inner', 'X-Forwarded-Proto': 'https' })).toEqual({
      href: 'https://atlas.example.org/api/collections',
      vary: 'Accept, Accept-Encoding, Forwarded, X-Forwarded-Host, X-Forwarded-Proto',
    });
  });

  it('prefers RFC 7239 Forwarded', async () => {
    vi.stubEnv('ATLAS_TRUST_PROXY', '1');
    const href = (await dataLink({ Forwarded: 'for=1.2.3.4;host="atlas.example.org:8443";proto=https, for=5.6.7.8', ...SPOOF })).href;
    expect(href).toBe('https://atlas.example.org:8443/api/collections');
  });

  it.each([
    ['1.2.3.256', 'javascript'],
    ['evil.example/"><script>', 'https:'],
    ['x:99999', 'ftp'],
  ])('ignores a forwarded host %j and scheme %j that links cannot be built on', async (host, proto) => {
    vi.stubEnv('ATLAS_TRUST_PROXY', '1');
    expect((await dataLink({ Host: 'atlas.test', 'X-Forwarded-Host': host, 'X-Forwarded-Proto': proto })).href).toBe(
      'http://atlas.test/api/collections',
    );
  });
});

describe('ATLAS_PUBLIC_ORIGIN: one origin for every link', () => {
  it('ignores Host and forwarded headers, even with a trusted proxy', async () => {
    vi.stubEnv('ATLAS_PUBLIC_ORIGIN', 'https://atlas.example.org/');
    vi.stubEnv('ATLAS_TRUST_PROXY', '1');
    expect(await dataLink({ Host: 'other.test', ...SPOOF })).toEqual({
      href: 'https://atlas.example.org/api/collections',
      vary: 'Accept, Accept-Encoding',
    });
  });

  it.each(['atlas.example.org', 'ftp://atlas.example.org', 'https://atlas.example.org/base', 'https://u:p@atlas.example.org'])(
    'rejects %j as a configuration error rather than building links on it',
    (value) => {
      expect(() => originPolicy({ ATLAS_PUBLIC_ORIGIN: value })).toThrow(/ATLAS_PUBLIC_ORIGIN must be an http\(s\) origin/);
    },
  );
});

describe('a 304 and its 200', () => {
  it.each(Object.entries({ default: {}, 'trusted proxy': { ATLAS_TRUST_PROXY: '1' }, 'public origin': { ATLAS_PUBLIC_ORIGIN: 'https://a.example' } }))(
    'carry the same ETag, Cache-Control and Vary (%s)',
    async (_mode, env) => {
      for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
      const ok = await landing(get('/api'));
      const notModified = await landing(get('/api', { 'If-None-Match': ok.headers.get('etag')! }));
      expect(notModified.status).toBe(304);
      for (const name of ['etag', 'cache-control', 'vary']) expect(notModified.headers.get(name), name).toBe(ok.headers.get(name));
    },
  );
});

describe('plainHost', () => {
  it.each([
    ['localhost:3000', 'localhost:3000'],
    ['atlas.example.org.', 'atlas.example.org.'],
    ['[::1]:3000', '[::1]:3000'],
    ['10.0.0.1', '10.0.0.1'],
    ['1.2.3.256', null],
    ['x:65536', null],
    ['-bad.example', null],
    ['web_1:8080', 'web_1:8080'],
    ['a'.repeat(300), null],
  ])('%j -> %j', (host, expected) => {
    expect(plainHost(host)).toBe(expected);
  });

  it('never throws and never returns a host a URL cannot use, for any input', () => {
    const policy = { publicOrigin: null, trustProxy: true };
    for (const host of ['[', ']:1', '::', 'a..b', 'ä.example', '0x7f.1', '999999999999']) {
      const origin = requestOrigin(get('/api', { 'X-Forwarded-Host': host }), policy);
      expect(() => new URL('/api', origin)).not.toThrow();
    }
    expect(varyOf(policy)).toContain('X-Forwarded-Host');
  });
});
