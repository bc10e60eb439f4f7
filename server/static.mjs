// @ts-check
/**
 * The static stage: files under a versioned folder of `public/` (the basemap's
 * `/basemap/<version>/`, the published data's `/data/<version>/`, MapLibre's `/maplibre/<version>/`)
 * and Next's content-hashed chunks (`/_next/static/…` from `.next/static/`) are answered here, before Next.js,
 * from memory: precompressed `.br` or `.gz` chosen by `Accept-Encoding` (written at build, never
 * compressed per request), `Cache-Control: immutable` (a new version is a new URL), a strong ETag
 * and 304s, without the headers only documents use (server/headers.mjs). Anything else, including a versioned path with no such file, goes on to Next.js.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { runsAsDocument, setDocumentHeaders } from './headers.mjs';

/** Versioned folders: the version is a content hash or a package version, so the bytes never change under a URL. */
const VERSIONED = /^\/(basemap\/[0-9a-f]{12}|data\/[0-9a-f]{12}|maplibre\/\d+\.\d+\.\d+[\w.-]*)\/[\w.-]+(\/[\w.-]+)*$/;

/** Next's build output: chunk and media names carry a content hash, the build id folder the build. */
const NEXT_STATIC = /^\/_next\/static\/[\w.~-]+(\/[\w.~-]+)*$/;
const NEXT_PREFIX = '/_next/static/';

const TYPES = /** @type {Record<string, string>} */ ({
  '.pbf': 'application/x-protobuf',
  '.geojson': 'application/geo+json',
  '.json': 'application/json',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
});

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * @typedef {{ identity: Buffer, br: Buffer | null, gzip: Buffer | null, type: string, etag: string }} StaticFile
 * @typedef {import('node:http').IncomingMessage} IncomingMessage
 * @typedef {import('node:http').ServerResponse} ServerResponse
 */

/** @param {string} file */
async function readOptional(file) {
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}

/**
 * The encoding to send: br, then gzip, when the client accepts it and a precompressed file exists.
 * @param {string | undefined} header
 * @param {StaticFile} file
 * @returns {'br' | 'gzip' | null}
 */
export function pickEncoding(header, file) {
  const accepted = new Map();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (/** @type {string} */ name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (file.br && ok('br')) return 'br';
  if (file.gzip && ok('gzip')) return 'gzip';
  return null;
}

/**
 * @param {string} publicDir the `public/` folder
 * @param {string} [nextStaticDir] the build's `.next/static/` folder (omitted: Next.js serves it)
 * @returns {(req: IncomingMessage, res: ServerResponse) => Promise<boolean>}
 */
export function staticStage(publicDir, nextStaticDir) {
  /** @type {Map<string, Promise<StaticFile | null>>} */
  const files = new Map();

  /** @param {string} urlPath */
  const load = async (urlPath) => {
    const [root, relative] = nextStaticDir && urlPath.startsWith(NEXT_PREFIX) ? [nextStaticDir, urlPath.slice(NEXT_PREFIX.length)] : [publicDir, urlPath];
    const file = path.join(root, relative);
    // Only the types named here: anything else (a source map's neighbour, a new kind of asset) is Next's to serve.
    if (!file.startsWith(root + path.sep) || !TYPES[path.extname(file)]) return null;
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    const [identity, br, gzip] = await Promise.all([readFile(file), readOptional(`${file}.br`), readOptional(`${file}.gz`)]);
    const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`;
    return { identity, br, gzip, type: /** @type {string} */ (TYPES[path.extname(file)]), etag };
  };

  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const urlPath = (req.url ?? '').split('?', 1)[0] ?? '';
    if (!(VERSIONED.test(urlPath) || (nextStaticDir && NEXT_STATIC.test(urlPath))) || urlPath.includes('..')) return false;
    let pending = files.get(urlPath);
    if (!pending) {
      pending = load(urlPath);
      files.set(urlPath, pending);
    }
    const file = await pending;
    if (!file) {
      files.delete(urlPath);
      return false;
    }
    const encoding = pickEncoding(/** @type {string | undefined} */ (req.headers['accept-encoding']), file);
    // The tag names the decoded bytes; each encoding is its own representation (RFC 9110 §8.8.3).
    const etag = encoding ? `${file.etag.slice(0, -1)}-${encoding}"` : file.etag;
    if (runsAsDocument(urlPath, file.type)) setDocumentHeaders(res);
    res.setHeader('Cache-Control', CACHE_IMMUTABLE);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('ETag', etag);
    const wanted = req.headers['if-none-match'];
    if (typeof wanted === 'string' && wanted.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
      res.statusCode = 304;
      res.end();
      return true;
    }
    const body = encoding === 'br' ? file.br : encoding === 'gzip' ? file.gzip : file.identity;
    res.statusCode = 200;
    res.setHeader('Content-Type', file.type);
    if (encoding) res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', /** @type {Buffer} */ (body).length);
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
