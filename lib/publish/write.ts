/**
 * Writes the static data files (./files.ts) into `public/data/<version>/`, each with a `.br` and a
 * `.gz` beside it: at build (scripts/publish-data.ts) and after each save in the editor, which
 * publishes the new version before the server switches to it, so no page names a missing file.
 * Node only.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Atlas } from '@/lib/data/types';
import type { Place } from '@/lib/data/places';
import { publishedFiles } from './files';

/**
 * @param removeOthers - delete the folders of other versions (the build does; a running server
 *   keeps them, since pages opened before a save still fetch their own version).
 */
export function writePublished(
  publicDir: string,
  atlas: Atlas,
  places: readonly Place[],
  { removeOthers, quality = 'best' }: { removeOthers: boolean; quality?: 'best' | 'fast' },
): { files: number; bytes: number } {
  const root = path.join(publicDir, 'data');
  mkdirSync(root, { recursive: true });
  if (removeOthers) for (const old of readdirSync(root)) if (old !== atlas.version) rmSync(path.join(root, old), { recursive: true, force: true });
  let bytes = 0;
  const files = publishedFiles(atlas, places);
  for (const f of files) {
    const file = path.join(publicDir, f.path);
    mkdirSync(path.dirname(file), { recursive: true });
    const raw = Buffer.from(f.json);
    // The compressed forms first and each by rename, so the static stage never reads half a file.
    // The build compresses hardest; a save in the editor publishes fast, as the server waits on it.
    writeAtomic(`${file}.gz`, gzipSync(raw, { level: quality === 'best' ? 9 : 6 }));
    writeAtomic(`${file}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: quality === 'best' ? 11 : 5 } }));
    writeAtomic(file, raw);
    bytes += raw.length;
  }
  return { files: files.length, bytes };
}

function writeAtomic(file: string, bytes: Buffer): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
}
