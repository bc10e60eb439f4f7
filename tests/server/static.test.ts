import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '@/scripts/precompress.mjs';
import { baseSecurityHeaders, documentHeaders, DOCUMENT_ONLY_HEADERS } from '@/server/headers.mjs';
import { pickEncoding, staticStage } from '@/server/static.mjs';

const tile = Buffer.from('tile bytes '.repeat(50));
const chunk = Buffer.from('globalThis.TURBOPACK=[];'.repeat(200));
let server: Server;
let port: number;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-static-'));
  mkdirSync(path.join(dir, 'basemap/0123456789ab/5/10'), { recursive: true });
  writeFileSync(path.join(dir, 'basemap/0123456789ab/5/10/12.pbf'), tile);
  writeFileSync(path.join(dir, 'basemap/0123456789ab/5/10/12.pbf.br'), brotliCompressSync(tile));
  writeFileSync(path.join(dir, 'basemap/0123456789ab/5/10/12.pbf.gz'), gzipSync(tile));
  writeFileSync(path.join(dir, 'basemap/0123456789ab/plain.geojson'), '{"type":"FeatureCollection","features":[]}');
  writeFileSync(path.join(dir, 'basemap/0123456789ab/mark.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  mkdirSync(path.join(dir, 'maplibre/6.17.0'), { recursive: true });
  writeFileSync(path.join(dir, 'maplibre/6.17.0/maplibre-gl-worker.mjs'), 'self.onmessage = () => {};');
  writeFileSync(path.join(dir, 'unversioned.txt'), 'x');
  // The build's chunks, precompressed by scripts/precompress.mjs.
  const next = mkdtempSync(path.join(tmpdir(), 'atlas-next-static-'));
  mkdirSync(path.join(next, 'chunks'), { recursive: true });
  writeFileSync(path.join(next, 'chunks', '2ka5-mi68j12x.js'), chunk);
  precompress(path.join(next, 'chunks', '2ka5-mi68j12x.js'));
  writeFileSync(path.join(next, 'chunks', 'notes.txt'), 'not a known type');
  const stage = staticStage(dir, next);
  server = createServer((req, res) => {
    // As server/app.mjs does: every response starts with the base set; the stage adds the rest where it applies.
    for (const [name, value] of Object.entries(baseSecurityHeaders({ api: false, hsts: null }))) res.setHeader(name, value);
    void stage(req, res).then((answered) => {
      if (!answered) res.writeHead(418).end('passed on');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function get(p: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: p, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the static stage', () => {
  it('sends the document-only headers only with what can run as a document or a worker', async () => {
    const documentOnly = ['content-security-policy', 'x-frame-options', 'permissions-policy', 'cross-origin-opener-policy'];
    const everywhere = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cross-origin-resource-policy': 'same-origin' };
    for (const p of ['/_next/static/chunks/2ka5-mi68j12x.js', '/basemap/0123456789ab/5/10/12.pbf', '/basemap/0123456789ab/plain.geojson']) {
      const res = await get(p);
      expect(res.status, p).toBe(200);
      for (const name of documentOnly) expect(res.headers[name], `${p}: ${name}`).toBeUndefined();
      expect(res.headers, p).toMatchObject(everywhere);
    }
    for (const p of ['/maplibre/6.17.0/maplibre-gl-worker.mjs', '/basemap/0123456789ab/mark.svg']) {
      const res = await get(p);
      expect(res.status, p).toBe(200);
      expect(res.headers['content-security-policy'], p).toMatch(/^default-src 'none'; .*worker-src 'self'/);
      for (const name of documentOnly) expect(res.headers[name], `${p}: ${name}`).toBeDefined();
      expect(res.headers, p).toMatchObject(everywhere);
    }
    // The set the stage leaves off is the set it adds, no more, no less.
    expect(Object.keys(documentHeaders('n'))).toEqual(DOCUMENT_ONLY_HEADERS);
    // A 304 is lean too: it carries what its 200 carries.
    const first = await get('/basemap/0123456789ab/plain.geojson');
    const again = await get('/basemap/0123456789ab/plain.geojson', { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.headers['content-security-policy']).toBeUndefined();
  });

  it("serves Next's hashed chunks precompressed and immutable, and passes on what it does not know", async () => {
    const br = await get('/_next/static/chunks/2ka5-mi68j12x.js', { 'accept-encoding': 'gzip, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body)).toEqual(chunk);
    expect(br.body.length).toBeLessThan(chunk.length / 10);
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const gz = await get('/_next/static/chunks/2ka5-mi68j12x.js', { 'accept-encoding': 'gzip' });
    expect(gunzipSync(gz.body)).toEqual(chunk);
    expect((await get('/_next/static/chunks/notes.txt')).status).toBe(418);
    expect((await get('/_next/static/chunks/missing.js')).status).toBe(418);
    expect((await get('/_next/static/../chunks/2ka5-mi68j12x.js')).status).toBe(418);
  });

  it('sends the precompressed file the client accepts, immutable, with a strong ETag per encoding', async () => {
    const br = await get('/basemap/0123456789ab/5/10/12.pbf', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body).toEqual(brotliCompressSync(tile));
    expect(br.headers['content-type']).toBe('application/x-protobuf');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toBe('Accept-Encoding');

    const gz = await get('/basemap/0123456789ab/5/10/12.pbf', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.etag).not.toBe(br.headers.etag);

    const plain = await get('/basemap/0123456789ab/5/10/12.pbf');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toEqual(tile);
    expect(plain.headers['content-length']).toBe(String(tile.length));
  });

  it('answers a matching If-None-Match with 304 and HEAD with no body', async () => {
    const first = await get('/basemap/0123456789ab/5/10/12.pbf', { 'accept-encoding': 'br' });
    const again = await get('/basemap/0123456789ab/5/10/12.pbf', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const head = await get('/basemap/0123456789ab/plain.geojson', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('application/geo+json');
    expect(head.body.length).toBe(0);
  });

  it('passes on what is not a file of a versioned folder: missing files, other paths, other methods, escapes', async () => {
    for (const p of ['/basemap/0123456789ab/9/9/9.pbf', '/unversioned.txt', '/basemap/0123456789ab/../unversioned.txt', '/basemap/latest/x.pbf'])
      expect((await get(p)).status, p).toBe(418);
    expect((await get('/basemap/0123456789ab/plain.geojson', {}, 'POST')).status).toBe(418);
  });
});

describe('pickEncoding', () => {
  const file = { identity: Buffer.alloc(0), br: Buffer.alloc(0), gzip: Buffer.alloc(0), type: 't', etag: '"x"' };
  it.each([
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['identity', null],
    [undefined, null],
  ])('%s -> %s', (header, want) => {
    expect(pickEncoding(header, file)).toBe(want);
  });
  it('falls back when no precompressed file exists', () => {
    expect(pickEncoding('br, gzip', { ...file, br: null, gzip: null })).toBe(null);
  });
});
