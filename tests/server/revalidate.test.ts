/**
 * The revalidation stage in front of a stand-in for Next.js that answers like an API route does
 * (through `representation` with a memo key), over real sockets: a client's revalidation of a
 * response it already has is answered 304 without reaching Next.js, and only then.
 */
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type net from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { representation } from '@/lib/http';
import { answerRevalidation, forgetValidators, MAX_REVALIDATIONS, rememberedValidators } from '@/lib/http/revalidate';
import { createRequestHandler } from '@/server/app.mjs';
import { revalidationStage } from '@/server/revalidate.mjs';

let version = 'v1';
const reached: string[] = [];

/** An API route: the body names the data version and the media type the client asked for. */
async function fakeNext(req: IncomingMessage, res: ServerResponse) {
  reached.push(`${req.method} ${req.url}`);
  const request = new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers: req.headers as Record<string, string> });
  const contentType = req.headers.accept === 'application/json' ? 'application/json' : 'application/geo+json';
  const memo = req.url!.startsWith('/api/plain') ? undefined : `test|${version}|${req.url}`;
  const response = representation(request, () => ({ version, url: req.url }), { contentType, memo, cacheControl: 'public, max-age=31536000, immutable' });
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(req.method === 'HEAD' ? undefined : Buffer.from(await response.arrayBuffer()));
}

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer(createRequestHandler({ next: fakeNext, config: { trustProxy: false, hsts: null }, stages: [revalidationStage()] }));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
});
afterAll(() => server.close());
beforeEach(() => {
  reached.length = 0;
  forgetValidators();
});

/** A GET through node:http, which (unlike fetch) may set Host; resolves with the status. */
function get(path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    request(`${base}${path}`, { headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    })
      .on('error', reject)
      .end();
  });
}

async function served(path: string, headers: Record<string, string> = {}) {
  const first = await fetch(`${base}${path}`, { headers });
  expect(first.status).toBe(200);
  await first.arrayBuffer();
  return first.headers.get('etag')!;
}

describe('the revalidation stage', () => {
  it('answers a repeated conditional request 304 without reaching Next.js, with the 200’s cache headers and the security headers', async () => {
    const etag = await served('/api/map/events?v=abc');
    const again = await fetch(`${base}/api/map/events?v=abc`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(reached).toEqual(['GET /api/map/events?v=abc']);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(again.headers.get('vary')).toBe('Accept, Accept-Encoding');
    expect(again.headers.get('access-control-allow-origin')).toBe('*');
    expect(again.headers.get('x-content-type-options')).toBe('nosniff');
    expect(again.headers.get('content-type')).toBeNull();
    // HEAD and a weak form of the tag (a compressing proxy's) are revalidations too.
    const head = await fetch(`${base}/api/map/events?v=abc`, { method: 'HEAD', headers: { 'If-None-Match': `"zzz", W/${etag}` } });
    expect(head.status).toBe(304);
    expect(reached).toHaveLength(1);
  });

  it('sends to Next.js what it cannot vouch for: another tag, query, Accept or host, no If-None-Match, a route without a memo key', async () => {
    const etag = await served('/api/map/events');
    const cases: [string, Record<string, string>][] = [
      ['/api/map/events', { 'If-None-Match': '"other"' }],
      ['/api/map/events?v=2', { 'If-None-Match': etag }],
      ['/api/map/events', { 'If-None-Match': etag, Accept: 'application/json' }],
      ['/api/map/events', { 'If-None-Match': etag, Host: 'atlas.example' }],
      ['/api/map/events', {}],
    ];
    for (const [path, headers] of cases) {
      const before = reached.length;
      await get(path, headers);
      expect(reached.length, `${path} ${JSON.stringify(headers)}`).toBe(before + 1);
    }
    const plain = await served('/api/plain');
    expect((await fetch(`${base}/api/plain`, { headers: { 'If-None-Match': plain } })).status).toBe(304);
    expect(reached.at(-1)).toBe('GET /api/plain'); // answered by the route itself
  });

  it('ignores untrusted forwarded headers in the key, as the route does', async () => {
    const etag = await served('/api/map/events');
    const res = await fetch(`${base}/api/map/events`, { headers: { 'If-None-Match': etag, 'X-Forwarded-Host': 'evil.example' } });
    expect(res.status).toBe(304);
    expect(reached).toHaveLength(1);
  });

  it('forgets everything when the data is loaded again: the new data’s response is built', async () => {
    const etag = await served('/api/map/events');
    forgetValidators();
    version = 'v2';
    const res = await fetch(`${base}/api/map/events`, { headers: { 'If-None-Match': etag } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ version: 'v2', url: '/api/map/events' });
    expect(res.headers.get('etag')).not.toBe(etag);
    version = 'v1';
  });

  it('remembers a bounded number of requests, the oldest forgotten first', async () => {
    const first = await served('/api/map/events?n=first');
    for (let i = 0; i < MAX_REVALIDATIONS; i++) {
      representation(new Request(`http://x/api/t?${i}`), 1, { contentType: 'application/json', memo: `t|${i}` });
    }
    expect(rememberedValidators()).toBe(MAX_REVALIDATIONS);
    const res = await fetch(`${base}/api/map/events?n=first`, { headers: { 'If-None-Match': first } });
    expect(res.status).toBe(304);
    expect(reached).toHaveLength(2); // answered by the route, not the stage
  });
});

describe('the key behind a trusted proxy', () => {
  it('follows the forwarded headers the links are built from', () => {
    process.env.ATLAS_TRUST_PROXY = '1';
    try {
      const headers = { host: 'atlas:3000', 'x-forwarded-host': 'atlas.example.org', 'x-forwarded-proto': 'https' };
      const res = representation(new Request('http://atlas:3000/api/t', { headers }), 1, { contentType: 'application/json', memo: 'proxy|t' });
      const etag = res.headers.get('etag')!;
      const ask = (extra: Record<string, string>) => {
        const all: Record<string, string> = { ...headers, 'if-none-match': etag, ...extra };
        return answerRevalidation('GET', '/api/t', (name) => all[name])?.status ?? 'to Next.js';
      };
      expect(ask({})).toBe(304);
      expect(ask({ 'x-forwarded-host': 'other.example.org' })).toBe('to Next.js');
      expect(ask({ 'x-forwarded-proto': 'http' })).toBe('to Next.js');
    } finally {
      delete process.env.ATLAS_TRUST_PROXY;
    }
  });
});
