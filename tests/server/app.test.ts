/**
 * The request handler and protocol guards around a stand-in for Next.js, over real sockets: what
 * Next.js receives (nonce, target, forwarded headers) and what every response carries.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRequestHandler } from '@/server/app.mjs';
import { attachProtocolGuards } from '@/server/protocol.mjs';

interface Seen {
  url: string;
  headers: IncomingMessage['headers'];
}

const LONG_PAGE = `<!doctype html><main>${Array.from({ length: 300 }, (_, i) => `<p>Feature ${i}: cited</p>`).join('')}</main>`;

/** Stands in for Next.js: records what it was given and answers like it does (framework headers included). */
function fakeNext(seen: Seen[]) {
  return (req: IncomingMessage, res: ServerResponse) => {
    seen.push({ url: req.url!, headers: { ...req.headers } });
    if (req.url === '/boom') throw new Error('kaboom');
    res.setHeader('x-nextjs-cache', 'HIT');
    res.setHeader('x-nextjs-prerender', '1');
    res.setHeader('X-Powered-By', 'Next.js');
    res.setHeader('Vary', 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept, Accept-Encoding');
    res.writeHead(200, { 'x-middleware-rewrite': '/x', 'Content-Type': req.url!.startsWith('/api') ? 'application/json' : 'text/html' });
    if (req.url === '/long') {
      // A page streamed in parts, as Next.js renders one, flushing after each.
      res.write(LONG_PAGE.slice(0, 2000));
      (res as ServerResponse & { flush?: () => void }).flush?.();
      res.end(LONG_PAGE.slice(2000));
      return;
    }
    res.end(req.url!.startsWith('/api') ? '{}' : '<p>page</p>');
  };
}

async function listen(trustProxy: boolean, hsts: string | null): Promise<{ server: Server; base: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer({ requireHostHeader: false }, createRequestHandler({ next: fakeNext(seen), config: { trustProxy, hsts } }));
  attachProtocolGuards(server, { hsts });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  return { server, base: `http://127.0.0.1:${port}`, seen };
}

/** One raw request over a socket; resolves with the whole response text. */
function raw(base: string, text: string): Promise<string> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.end(text));
    let out = '';
    socket.on('data', (b) => (out += b.toString('latin1')));
    socket.on('close', () => resolve(out));
    socket.on('error', reject);
  });
}

const nonceOf = (csp: string | null | undefined) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];

describe('default mode', () => {
  let s: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => (s = await listen(false, null)));
  afterAll(() => s.server.close());

  it('gives Next.js a fresh nonce in the request’s policy, the same one the response carries', async () => {
    const a = await fetch(`${s.base}/`, { headers: { 'Content-Security-Policy': "script-src 'nonce-attacker'" } });
    const b = await fetch(`${s.base}/`);
    const [seenA, seenB] = s.seen.slice(-2);
    expect(nonceOf(seenA!.headers['content-security-policy'] as string)).toBe(nonceOf(a.headers.get('content-security-policy')));
    expect(nonceOf(a.headers.get('content-security-policy'))).not.toBe('attacker');
    expect(nonceOf(a.headers.get('content-security-policy'))).not.toBe(nonceOf(b.headers.get('content-security-policy')));
    expect(nonceOf(seenB!.headers['content-security-policy'] as string)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it('drops forwarded headers from untrusted clients before Next.js sees them', async () => {
    await fetch(`${s.base}/api`, { headers: { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https', Forwarded: 'host=evil', 'X-Forwarded-For': '1.2.3.4' } });
    const h = s.seen.at(-1)!.headers;
    expect([h['x-forwarded-host'], h['x-forwarded-proto'], h.forwarded, h['x-forwarded-for']]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('removes framework headers, and the RSC tokens from an API response’s Vary', async () => {
    const api = await fetch(`${s.base}/api/collections`);
    const page = await fetch(`${s.base}/`);
    for (const res of [api, page]) {
      for (const name of ['x-nextjs-cache', 'x-nextjs-prerender', 'x-powered-by', 'x-middleware-rewrite']) expect(res.headers.get(name), name).toBeNull();
    }
    expect(api.headers.get('vary')).toBe('Accept, Accept-Encoding');
    expect(page.headers.get('vary')).toMatch(/^rsc, next-router-state-tree/);
  });

  it('shows the 404 page for a path that cannot be decoded', async () => {
    await fetch(`${s.base}/sources/%E0%A4%A`);
    expect(s.seen.at(-1)!.url).toBe('/_not-found');
  });

  it('puts the security headers on pages, API answers, guard answers and failures; HSTS only when configured', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const responses = {
      page: await fetch(`${s.base}/`),
      api: await fetch(`${s.base}/api/collections`),
      guard: await fetch(`${s.base}/api/x`, { method: 'DELETE' }),
      failure: await fetch(`${s.base}/boom`),
    };
    expect(responses.failure.status).toBe(500);
    expect(await responses.failure.text()).toMatch(/^500 Internal Server Error: /);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![1])).toContain('kaboom');
    errors.mockRestore();
    for (const [what, res] of Object.entries(responses)) {
      expect(res.headers.get('content-security-policy'), what).toMatch(/^default-src 'none'; script-src 'self' 'nonce-/);
      expect(res.headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), what).toBe('DENY');
      expect(res.headers.get('referrer-policy'), what).toBe('no-referrer');
      expect(res.headers.get('permissions-policy'), what).toContain('geolocation=()');
      expect(res.headers.get('cross-origin-opener-policy'), what).toBe('same-origin');
      expect(res.headers.get('strict-transport-security'), what).toBeNull();
    }
    expect(responses.api.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(responses.page.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });
});

describe('protocol-level answers (Node would close the socket or send an empty 400)', () => {
  let s: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => (s = await listen(false, null)));
  afterAll(() => s.server.close());

  it.each([
    ['FOO /api HTTP/1.1\r\nHost: x\r\n\r\n', 405, 'application/json', '"code":"MethodNotAllowed"'],
    ['get / HTTP/1.1\r\nHost: x\r\n\r\n', 405, 'text/plain', 'read-only'],
    ['GET /a b HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'text/plain', 'not valid HTTP/1.1'],
    ['GET /\u00e4 HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'text/plain', 'not valid HTTP/1.1'],
    ['CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n', 405, 'text/plain', 'not a proxy'],
    ['CONNECT https://x/api/sources/% HTTP/1.1\r\nHost: x\r\n\r\n', 405, 'application/json', '"code":"MethodNotAllowed"'],
    ['GET /api HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\n\r\n', 417, 'application/json', '"code":"ExpectationFailed"'],
    [`GET /api HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431, 'application/json', '"code":"HeadersTooLarge"'],
    ['GET / HTTP/1.1\r\n\r\n', 400, 'text/plain', 'need a Host header'],
  ])('%j -> %i with a body that says why, and the security headers', async (request, status, type, body) => {
    const out = await raw(s.base, request);
    expect(out.split('\r\n')[0]).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
    expect(out).toMatch(new RegExp(`content-type: ${type.replace('/', '\\/')}`, 'i'));
    expect(out.slice(out.indexOf('\r\n\r\n'))).toContain(body);
    expect(out).toMatch(/content-security-policy: default-src 'none'/i);
    expect(out).toMatch(/x-content-type-options: nosniff/i);
  });
});

describe('ATLAS_TRUST_PROXY=1 and ATLAS_HSTS', () => {
  let s: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => (s = await listen(true, 'max-age=63072000')));
  afterAll(() => s.server.close());

  it('keeps the proxy’s forwarded headers and sends HSTS', async () => {
    const res = await fetch(`${s.base}/api`, { headers: { 'X-Forwarded-Host': 'atlas.example.org', 'X-Forwarded-Proto': 'https' } });
    expect(s.seen.at(-1)!.headers['x-forwarded-host']).toBe('atlas.example.org');
    expect(res.headers.get('strict-transport-security')).toBe('max-age=63072000');
  });
});

describe('compression of what Next.js renders', () => {
  let s: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => (s = await listen(false, null)));
  afterAll(() => s.server.close());

  const get = (path: string, acceptEncoding: string | null) =>
    new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
      const req = httpRequest(`${s.base}${path}`, { headers: acceptEncoding === null ? {} : { 'Accept-Encoding': acceptEncoding } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (b: Buffer) => parts.push(b));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }));
      });
      req.on('error', reject);
      req.end();
    });

  it('sends a page as brotli to a browser, smaller than gzip, the same page once decoded', async () => {
    const br = await get('/long', 'gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(LONG_PAGE);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    const gz = await get('/long', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(LONG_PAGE);
    expect(br.body.length).toBeLessThan(gz.body.length);
  });

  it('sends it as it is to a client that takes no encoding', async () => {
    const plain = await get('/long', null);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(LONG_PAGE);
    const identity = await get('/long', 'identity');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.toString()).toBe(LONG_PAGE);
  });
});
