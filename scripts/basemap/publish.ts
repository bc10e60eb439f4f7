/**
 * Writing what the browser loads into one versioned folder, public/basemap/<version>/, with a
 * gzip and a brotli copy next to each file so a static server (nginx `gzip_static`/`brotli_static`,
 * a CDN) can send them as they are. The version is a hash of the uncompressed bytes, so a URL
 * under it never changes meaning and can be cached as immutable.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Relative path → bytes. */
export type FileSet = Map<string, Uint8Array>;

/** A folder name that is a basemap version (12 hex digits), so old versions can be told from other files. */
export const VERSION_DIR = /^[0-9a-f]{12}$/;

/** Short hash of the files, by path then bytes, in path order. */
export function versionOf(files: FileSet): string {
  const h = createHash('sha256');
  for (const name of [...files.keys()].sort()) {
    h.update(name);
    h.update('\0');
    h.update(files.get(name)!);
    h.update('\0');
  }
  return h.digest('hex').slice(0, 12);
}

/**
 * gzip at level 9 (mtime 0 in the header, so the bytes are stable) and brotli at quality 11
 * for text and tiles alike; empty files get no compressed copy (nothing to save).
 */
export function compressed(bytes: Uint8Array): { gz: Buffer; br: Buffer } | null {
  if (bytes.length === 0) return null;
  return {
    gz: gzipSync(bytes, { level: 9 }),
    br: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }),
  };
}

export interface Published {
  version: string;
  dir: string;
  files: number;
  bytes: number;
  gzipBytes: number;
}

/**
 * Writes `files` under `<publicDir>/<version>/` with their .gz and .br, and removes every other
 * version folder in `publicDir` (the old basemap) and the loose files earlier builds wrote there.
 */
export function publish(publicDir: string, files: FileSet, staleFiles: readonly string[] = []): Published {
  const version = versionOf(files);
  const dir = path.join(publicDir, version);
  fs.mkdirSync(publicDir, { recursive: true });
  for (const entry of fs.readdirSync(publicDir)) {
    if ((VERSION_DIR.test(entry) && entry !== version) || staleFiles.includes(entry)) fs.rmSync(path.join(publicDir, entry), { recursive: true, force: true });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  let gzipBytes = 0;
  for (const name of [...files.keys()].sort()) {
    const data = files.get(name)!;
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, data);
    bytes += data.length;
    const c = compressed(data);
    if (c) {
      fs.writeFileSync(`${file}.gz`, c.gz);
      fs.writeFileSync(`${file}.br`, c.br);
      gzipBytes += c.gz.length;
    }
  }
  return { version, dir, files: files.size, bytes, gzipBytes };
}

/** Every file under `dir`, as paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}
