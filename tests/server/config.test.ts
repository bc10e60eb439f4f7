/** The server's settings are checked once, at start: a typo fails loudly with what is wrong. */
import { describe, expect, it } from 'vitest';
import { HSTS_DEFAULT, serverConfig } from '@/server/config.mjs';

describe('serverConfig', () => {
  it('defaults to the request’s own host, no forwarded headers, no HSTS', () => {
    expect(serverConfig({})).toEqual({ trustProxy: false, publicOrigin: null, hsts: null, editing: false });
  });

  it('reads each setting', () => {
    expect(serverConfig({ ATLAS_TRUST_PROXY: '1', ATLAS_PUBLIC_ORIGIN: 'https://atlas.example.org/', ATLAS_HSTS: '1' })).toEqual({
      trustProxy: true,
      publicOrigin: 'https://atlas.example.org',
      hsts: HSTS_DEFAULT,
      editing: false,
    });
    expect(serverConfig({ ATLAS_EDITOR_SECRET: 'x'.repeat(16) }).editing).toBe(true);
    expect(serverConfig({ ATLAS_HSTS: 'max-age=31536000; includeSubDomains' }).hsts).toBe('max-age=31536000; includeSubDomains');
  });

  it.each([
    [{ ATLAS_TRUST_PROXY: 'yes' }, /ATLAS_TRUST_PROXY must be 1 or 0/],
    [{ ATLAS_PUBLIC_ORIGIN: 'atlas.example.org' }, /ATLAS_PUBLIC_ORIGIN must be an http\(s\) origin/],
    [{ ATLAS_PUBLIC_ORIGIN: 'https://atlas.example.org/path' }, /ATLAS_PUBLIC_ORIGIN/],
    [{ ATLAS_HSTS: 'forever' }, /ATLAS_HSTS must be/],
    [{ ATLAS_EDITOR_SECRET: 'short' }, /ATLAS_EDITOR_SECRET must be at least 16 characters/],
  ])('rejects %j', (env, message) => {
    expect(() => serverConfig(env)).toThrow(message);
  });
});
