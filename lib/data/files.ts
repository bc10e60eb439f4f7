/**
 * The only code that touches `geodata/` on disk. Every file read goes through one `GeodataReader`,
 * which remembers the bytes so the atlas version can hash exactly what was loaded.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { IssueList } from './issues';

/** `<working directory>/geodata`: npm scripts, `next start` and vitest all run from the repo root. */
export const DEFAULT_GEODATA_DIR = path.join(process.cwd(), 'geodata');

/** Path as shown in issues: relative to the working directory, with forward slashes. */
export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return (rel.startsWith('..') ? abs : rel).split(path.sep).join('/');
}

export class GeodataReader {
  private readonly loaded = new Map<string, Buffer>();

  constructor(
    readonly root: string,
    private readonly issues: IssueList,
  ) {}

  /** Display path of a file under the root, e.g. `file('layers/events.json')`. */
  file(rel: string): string {
    return displayPath(path.join(this.root, rel));
  }

  exists(rel: string): boolean {
    return fs.existsSync(path.join(this.root, rel));
  }

  list(relDir: string): string[] {
    const dir = path.join(this.root, relDir);
    return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
  }

  /**
   * The file decoded as UTF-8, exactly: a byte-order mark is kept (it counts in offsets) and an
   * invalid byte sequence is an issue rather than a silent U+FFFD.
   */
  text(rel: string, missingHint = ''): string | undefined {
    const bytes = this.bytes(rel, missingHint);
    if (bytes === undefined) return undefined;
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      this.issues.add(this.file(rel), 'file is not valid UTF-8');
      return undefined;
    }
  }

  /** The file parsed as JSON, or undefined after recording why not. */
  json(rel: string, missingHint = ''): unknown {
    const text = this.text(rel, missingHint);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      this.issues.add(this.file(rel), `invalid JSON: ${(e as Error).message}`);
      return undefined;
    }
  }

  bytes(rel: string, missingHint = ''): Buffer | undefined {
    const abs = path.join(this.root, rel);
    const cached = this.loaded.get(rel);
    if (cached) return cached;
    if (!fs.existsSync(abs)) {
      this.issues.add(this.file(rel), `file is missing${missingHint}`);
      return undefined;
    }
    const buf = fs.readFileSync(abs);
    this.loaded.set(rel, buf);
    return buf;
  }

  /**
   * Short content hash over every file read so far (path and bytes), for ETags and caches: it
   * changes whenever any geodata input changes, and only then.
   */
  version(): string {
    const hash = createHash('sha256');
    for (const rel of [...this.loaded.keys()].sort()) {
      hash.update(rel.split(path.sep).join('/')).update('\0').update(this.loaded.get(rel) as Buffer).update('\0');
    }
    return hash.digest('hex').slice(0, 12);
  }
}
