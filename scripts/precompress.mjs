// @ts-check
/**
 * Precompressed copies of static files: `<file>.br` (quality 11) and `<file>.gz` (level 9) beside
 * each, which the server's static stage (server/static.mjs) sends as they are, so nothing is
 * compressed per request. Used for MapLibre's worker (copy-maplibre.mjs) and, after the
 * build, for Next's hashed chunks under `.next/static/` (build.ts).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Files smaller than this gain nothing from compression (headers dominate). */
const MIN_BYTES = 1024;
/** Text formats; fonts and images are compressed already. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.json', '.svg', '.map']);

/**
 * Writes `.br` and `.gz` beside one file; returns the bytes of the three forms (null when skipped).
 * @param {string} file
 */
export function precompress(file) {
  const bytes = readFileSync(file);
  if (bytes.length < MIN_BYTES) return null;
  const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
  const gz = gzipSync(bytes, { level: 9 });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gz);
  return { identity: bytes.length, br: br.length, gzip: gz.length };
}

/**
 * Every compressible file under a folder.
 * @param {string} dir
 */
export function precompressTree(dir) {
  let files = 0;
  let identity = 0;
  let br = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.has(path.extname(entry.name))) continue;
    const sizes = precompress(path.join(entry.parentPath, entry.name));
    if (!sizes) continue;
    files++;
    identity += sizes.identity;
    br += sizes.br;
  }
  return { files, identity, br };
}
