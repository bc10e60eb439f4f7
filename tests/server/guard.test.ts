/** The request guard's answers for the requests Next.js gets wrong on its own (issue probes). */
import { describe, expect, it } from 'vitest';
import { ALLOW, guard, isApiPath, NOT_FOUND_PATH } from '@/server/guard.mjs';

const req = (method: string, url: string, headers: Record<string, string> = { host: 'localhost:3000' }, more = {}) =>
  guard({ method, url, headers, httpVersion: '1.1', ...more });

function reply(method: string, url: string, headers?: Record<string, string>) {
  const d = req(method, url, headers);
  if (d.kind !== 'reply') throw new Error(`${method} ${url} passed`);
  return { ...d.reply, json: d.reply.headers['Content-Type'] === 'application/json' ? (JSON.parse(d.reply.body) as { code: string; description: string }) : null };
}

describe('methods', () => {
  it.each(['GET', 'HEAD', 'OPTIONS'])('passes %s under /api to the route (OPTIONS is its CORS preflight)', (m) => {
    expect(req(m, '/api/collections')).toEqual({ kind: 'pass', api: true, url: '/api/collections' });
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'TRACE', 'PROPFIND', 'PURGE', 'LOCK', 'M-SEARCH'])('answers %s under /api with a JSON 405 and Allow', (m) => {
    const r = reply(m, '/api/collections/events/items');
    expect(r.status).toBe(405);
    expect(r.headers.Allow).toBe(ALLOW);
    expect(r.json).toEqual({ code: 'MethodNotAllowed', description: expect.stringContaining(`${m} is not allowed`) });
    expect(r.headers['Access-Control-Allow-Origin']).toBeUndefined();
  });

  it.each(['POST', 'PUT', 'DELETE', 'TRACE', 'PROPFIND'])('answers %s on a page or file with a 405 (the page is not served)', (m) => {
    for (const url of ['/', '/sources/003_fd8218c4c3c52676', '/icon.svg', '/_next/static/chunks/x.js']) {
      const r = reply(m, url);
      expect([r.status, r.headers.Allow, r.headers['Content-Type']]).toEqual([405, ALLOW, 'text/plain; charset=utf-8']);
      expect(r.body).toMatch(/^405 Method Not Allowed: /);
    }
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('passes %s under /api/edit/ to the editor routes, which check who sends it', (m) => {
    expect(req(m, '/api/edit/features')).toEqual({ kind: 'pass', api: true, url: '/api/edit/features' });
  });

  it.each(['TRACE', 'PROPFIND'])('answers %s under /api/edit/ with a 405 as anywhere', (m) => {
    expect(reply(m, '/api/edit/features').status).toBe(405);
  });

  it.each(['/api/edit/../../', '/api/edit/%2e%2e/collections', '/api/edit/features/../../sources', '/api/edit/', '/api/edit/nope', '/api/edit//features'])(
    'answers a write to %s with a 405: only the editor routes themselves take writes',
    (url) => {
      expect(reply('POST', url).status).toBe(405);
    },
  );

  it('answers OPTIONS on a page with 204 and Allow', () => {
    expect(reply('OPTIONS', '/')).toMatchObject({ status: 204, headers: { Allow: ALLOW }, body: '' });
  });
});

describe('asterisk-form and absolute-form targets', () => {
  it('answers OPTIONS * for the whole server, and refuses * with any other method', () => {
    expect(reply('OPTIONS', '*')).toMatchObject({ status: 204, headers: { Allow: ALLOW } });
    expect(reply('GET', '*')).toMatchObject({ status: 400, body: expect.stringMatching(/only meaningful with OPTIONS/) });
  });

  it('reads an absolute-form target as its path, and its authority as the host', () => {
    expect(req('GET', 'http://atlas.example.org/api/collections?f=json', { host: 'other' })).toEqual({
      kind: 'pass',
      api: true,
      url: '/api/collections?f=json',
      host: 'atlas.example.org',
    });
    expect(reply('GET', 'ftp://x/api').status).toBe(400);
    expect(reply('GET', 'x').status).toBe(400);
  });
});

describe('malformed percent-escapes in the path', () => {
  it.each(['/api/sources/%', '/api/collections/%E0%A4%A/items', '/api/%zz', '/api/collections/events/items/%C0%80'])('%s: a JSON 400 naming the segment', (url) => {
    const r = reply('GET', url);
    expect(r.status).toBe(400);
    expect(r.json).toEqual({ code: 'InvalidPath', description: expect.stringMatching(/^The path segment ".*" is not valid percent-encoded UTF-8\.$/) });
    expect(r.headers['Access-Control-Allow-Origin']).toBe('*');
  });

  it.each(['/sources/%zz', '/%zz', '/sources/%E0%A4%A', '/maplibre/%'])('%s: the 404 page', (url) => {
    expect(req('GET', url)).toEqual({ kind: 'pass', api: false, url: NOT_FOUND_PATH });
  });

  it('leaves escapes in the query alone (URLSearchParams keeps them as text)', () => {
    expect(req('GET', '/api/collections/events/items?bbox=%zz')).toMatchObject({ kind: 'pass', url: '/api/collections/events/items?bbox=%zz' });
  });

  it('cuts a huge segment to 80 characters in the description', () => {
    const r = reply('GET', `/api/sources/%${'9'.repeat(15_000)}`);
    expect(r.json!.description.length).toBeLessThan(140);
  });
});

describe('Host', () => {
  it.each([
    [{}, /need a Host header/],
    [{ host: '1.2.3.256' }, /not a host name/],
    [{ host: 'x:99999' }, /not a host name/],
    [{ host: 'a b' }, /not a host name/],
    [{ host: 'evil/"><' }, /not a host name/],
  ])('refuses %j with a 400 that says why', (headers, why) => {
    expect(reply('GET', '/api', headers as Record<string, string>)).toMatchObject({ status: 400, json: { code: 'InvalidHost', description: expect.stringMatching(why) } });
  });

  it('refuses two Host lines, and accepts none on HTTP/1.0', () => {
    expect(guard({ method: 'GET', url: '/', headers: { host: 'a' }, rawHeaders: ['Host', 'a', 'host', 'b'], httpVersion: '1.1' })).toMatchObject({ kind: 'reply', reply: { status: 400 } });
    expect(guard({ method: 'GET', url: '/', headers: {}, httpVersion: '1.0' })).toMatchObject({ kind: 'pass' });
  });

  it.each(['localhost', 'localhost:3000', '[::1]:3000', '10.0.0.1', 'web_1:8080', 'Atlas.Example.org.'])('accepts %s', (host) => {
    expect(req('GET', '/', { host }).kind).toBe('pass');
  });
});

describe('Next.js router state', () => {
  it('refuses a Next-Router-State-Tree that Next.js could not parse (it would answer 500)', () => {
    for (const value of ['garbage', '%zz', '[1,2', '%5B%5D']) {
      expect(reply('GET', '/', { host: 'x', 'next-router-state-tree': value }).status).toBe(400);
    }
    const valid = encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }]));
    expect(req('GET', '/', { host: 'x', 'next-router-state-tree': valid }).kind).toBe('pass');
  });
});

describe('isApiPath', () => {
  it.each([
    ['/api', true],
    ['/api/x', true],
    ['//api/x', true],
    ['\\api', true],
    ['//api?kind=x', true],
    ['/api#top', true],
    ['/apix', false],
    ['/apix?q=/api/', false],
    ['/API', false],
    ['/', false],
  ])('%s -> %s', (path, api) => {
    expect(isApiPath(path)).toBe(api);
  });
});
