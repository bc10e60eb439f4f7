import { expect, test, type APIResponse } from '@playwright/test';
import { basemapVersion } from '@/lib/map/basemap-version';
import { scan } from './pages/observatory';

/**
 * The headers of real responses from the production server: a per-request nonce-based CSP on every
 * page with the nonce on every script tag, the other security headers on everything (pages, API,
 * static files, errors, redirects), those only documents use left off the static files that never
 * run as one, no framework headers, and a 304 that matches its 200.
 */

const SOURCE = '/sources/003_fd8218c4c3c52676';
const FRAMEWORK = /^(x-nextjs-|x-middleware-|x-powered-by$)/;

/** The headers only a document or a worker uses (server/headers.mjs). */
const DOCUMENT_ONLY = ['content-security-policy', 'x-frame-options', 'permissions-policy', 'cross-origin-opener-policy'];

/** A static file that never runs as a document: the headers every response carries, and no others. */
function expectSubresourceHeaders(res: APIResponse, what: string) {
  const h = res.headers();
  for (const name of DOCUMENT_ONLY) expect(h[name], `${what}: ${name}`).toBeUndefined();
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['referrer-policy'], what).toBe('no-referrer');
  expect(h['cross-origin-resource-policy'], what).toBe('same-origin');
  expect(Object.keys(h).filter((n) => FRAMEWORK.test(n)), `${what}: framework headers`).toEqual([]);
}

function expectSecurityHeaders(res: APIResponse, what: string) {
  const h = res.headers();
  expect(h['content-security-policy'], what).toMatch(/^default-src 'none'; script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic';/);
  expect(h['content-security-policy'], what).toMatch(/object-src 'none'/);
  expect(h['content-security-policy'], what).toMatch(/base-uri 'none'/);
  expect(h['content-security-policy'], what).toMatch(/frame-ancestors 'none'/);
  expect(h['content-security-policy'], what).not.toMatch(/unsafe-eval/);
  expect(h['content-security-policy'], what).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['x-frame-options'], what).toBe('DENY');
  expect(h['referrer-policy'], what).toBe('no-referrer');
  expect(h['permissions-policy'], what).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  expect(h['cross-origin-opener-policy'], what).toBe('same-origin');
  expect(h['strict-transport-security'], `${what}: no HSTS unless ATLAS_HSTS is set`).toBeUndefined();
  expect(Object.keys(h).filter((n) => FRAMEWORK.test(n)), `${what}: framework headers`).toEqual([]);
}

const nonceOf = (res: APIResponse) => /'nonce-([^']+)'/.exec(res.headers()['content-security-policy'] ?? '')![1]!;

test.describe('security headers', () => {
  for (const path of ['/', SOURCE, '/no-such-page']) {
    test(`${path}: a fresh nonce per request, on every script tag`, async ({ request }) => {
      const a = await request.get(path);
      const b = await request.get(path);
      expectSecurityHeaders(a, path);
      expect(nonceOf(a)).not.toBe(nonceOf(b));
      const html = await a.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(3);
      for (const tag of scripts) expect(tag, 'every script carries this response’s nonce').toContain(`nonce="${nonceOf(a)}"`);
      // Stylesheets and preloads too: Next.js puts the nonce on what it renders.
      for (const tag of html.match(/<link\b[^>]*rel="stylesheet"[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonceOf(a)}"`);
      expect(a.headers()['cross-origin-resource-policy']).toBe('same-origin');
    });
  }

  test('the API, its errors, the worker, static files and redirects carry them too (the files that never run as a page, only what applies to them)', async ({ request }) => {
    const home = await (await request.get('/')).text();
    const chunk = /src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(home)![1]!;
    const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(home)![1]!;
    const cases: [string, () => Promise<APIResponse>, number][] = [
      ['/api', () => request.get('/api'), 200],
      ['items', () => request.get('/api/collections/events/items?limit=2'), 200],
      ['API 400', () => request.get('/api/collections/events/items?offset=1e23'), 400],
      ['API 404', () => request.get('/api/nope'), 404],
      ['API 405', () => request.delete('/api/collections'), 405],
      ['malformed path', () => request.get('/api/sources/%E0%A4%A'), 400],
      ['MapLibre worker', () => request.get('/maplibre/6.17.0/maplibre-gl-worker.mjs'), 200],
      ['missing static file', () => request.get('/_next/static/chunks/none.js'), 404],
      ['page 405', () => request.post('/'), 405],
      ['redirect', () => request.get('/api/collections/', { maxRedirects: 0 }), 308],
    ];
    for (const [what, send, status] of cases) {
      const res = await send();
      expect(res.status(), what).toBe(status);
      expectSecurityHeaders(res, what);
    }
    const subresources: [string, string][] = [
      ['script chunk', chunk],
      ['stylesheet', css],
      ['basemap', `/basemap/${basemapVersion}/places.geojson`],
    ];
    for (const [what, url] of subresources) {
      const res = await request.get(url);
      expect(res.status(), what).toBe(200);
      expectSubresourceHeaders(res, what);
    }
    expect((await request.get('/api')).headers()['cross-origin-resource-policy']).toBe('cross-origin');
  });

  test('an API 304 carries the same ETag, Cache-Control and Vary as its 200', async ({ request }) => {
    const ok = await request.get('/api/collections/events/items?limit=2');
    const etag = ok.headers().etag!;
    const notModified = await request.get('/api/collections/events/items?limit=2', { headers: { 'If-None-Match': etag } });
    expect(notModified.status()).toBe(304);
    for (const name of ['etag', 'cache-control', 'vary']) expect(notModified.headers()[name], name).toBe(ok.headers()[name]);
    // Links use the request's host, so caches key on the URL; forwarded headers are not trusted by default.
    expect(ok.headers().vary).toBe('Accept, Accept-Encoding');
  });

  test('links ignore X-Forwarded-Host from a client (no ATLAS_TRUST_PROXY)', async ({ request, baseURL }) => {
    const doc = (await (await request.get('/api', { headers: { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' } })).json()) as { links: { href: string }[] };
    for (const { href } of doc.links) expect(new URL(href).origin).toBe(new URL(baseURL!).origin);
  });

  for (const path of ['/', SOURCE, '/no-such-page']) {
    test(`${path} scores an A or better on the HTTP Observatory's header rules`, async ({ request }) => {
      const res = await request.get(path);
      const html = await res.text();
      const external = (html.match(/<script\b[^>]*\ssrc="(?:https?:)?\/\/[^"]+"/g) ?? []).length;
      const result = scan(res.headers(), { https: false, externalScripts: external });
      expect(result.rules.find((r) => r.test === 'content-security-policy')?.result).toBe('csp-implemented-with-no-unsafe-default-src-none');
      expect(result.rules.filter((r) => r.modifier < 0), 'no rule costs points').toEqual([]);
      expect(result.score).toBeGreaterThanOrEqual(90);
      expect(result.grade).toMatch(/^A/);
    });
  }
});
