/**
 * The only code that touches `geodata/` on disk. Every file read goes through one `GeodataReader`,
 * which remembers a digest of each file's bytes so the atlas version hashes exactly what was loaded.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { IssueList } from './issues';

/** `<working directory>/geodata`: npm scripts, the server and vitest all run from the repo root. */
export const DEFAULT_GEODATA_DIR = path.join(process.cwd(), 'geodata');

/** Path as shown in issues: relative to the working directory, with forward slashes. */
export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return (rel.startsWith('..') ? abs : rel).split(path.sep).join('/');
}

/** Files up to this size are kept in memory once read. */
const KEEP_BYTES = 4 * 2 ** 20;

export class GeodataReader {
  /** SHA-256 of each file read, by path: the version hashes these, so no file's bytes are kept for it. */
  private readonly digests = new Map<string, Buffer>();
  /** Small files are kept to be read again (a source's text); a 200 MB layer is not held twice. */
  private readonly kept = new Map<string, Buffer>();

  /**
   * @param overrides - files read as if they were on disk, by path under the root (the editor checks
   *   a change with the very loader `check:data` runs before it writes anything).
   */
  constructor(
    readonly root: string,
    private readonly issues: IssueList,
    private readonly overrides: ReadonlyMap<string, Buffer> = new Map(),
  ) {}

  /** Display path of a file under the root, e.g. `file('layers/events.json')`. */
  file(rel: string): string {
    return displayPath(path.join(this.root, rel));
  }

  exists(rel: string): boolean {
    return this.overrides.has(rel) || fs.existsSync(path.join(this.root, rel));
  }

  list(relDir: string): string[] {
    const dir = path.join(this.root, relDir);
    const names = new Set(fs.existsSync(dir) ? fs.readdirSync(dir) : []);
    for (const rel of this.overrides.keys()) if (path.posix.dirname(rel) === relDir) names.add(path.posix.basename(rel));
    return [...names].sort();
  }

  /**
   * The file decoded as UTF-8, exactly: a byte-order mark is kept (it counts in offsets) and an
   * invalid byte sequence is an issue rather than a silent U+FFFD.
   */
  text(rel: string, missingHint = ''): string | undefined {
    const bytes = this.bytes(rel, missingHint);
    if (bytes === undefined) return undefined;
    // Validated first (simdutf, fast on a 100 MB layer), then decoded; toString keeps a BOM.
    if (!isUtf8(bytes)) {
      this.issues.addUnreadable(this.file(rel), 'file is not valid UTF-8');
      return undefined;
    }
    return bytes.toString('utf8');
  }

  /** The file parsed as JSON, or undefined after recording why not. */
  json(rel: string, missingHint = ''): unknown {
    const text = this.text(rel, missingHint);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      this.issues.addUnreadable(this.file(rel), jsonProblem(text, (e as Error).message));
      return undefined;
    }
  }

  bytes(rel: string, missingHint = ''): Buffer | undefined {
    const abs = path.join(this.root, rel);
    const cached = this.kept.get(rel) ?? this.overrides.get(rel);
    if (cached) {
      if (!this.digests.has(rel)) this.digests.set(rel, createHash('sha256').update(cached).digest());
      return cached;
    }
    if (!fs.existsSync(abs)) {
      this.issues.addUnreadable(this.file(rel), `file is missing${missingHint}`);
      return undefined;
    }
    const buf = fs.readFileSync(abs);
    if (!this.digests.has(rel)) this.digests.set(rel, createHash('sha256').update(buf).digest());
    if (buf.length <= KEEP_BYTES) this.kept.set(rel, buf);
    return buf;
  }

  /**
   * Short content hash over every file read so far (path and bytes), for ETags and caches: it
   * changes whenever any geodata input changes, and only then.
   */
  version(): string {
    const hash = createHash('sha256');
    for (const rel of [...this.digests.keys()].sort()) {
      hash.update(rel.split(path.sep).join('/')).update('\0').update(this.digests.get(rel)!).update('\0');
    }
    return hash.digest('hex').slice(0, 12);
  }
}

/**
 * A JSON syntax error as an author can act on it: where (line and column, 1-based, as editors
 * count them) and what, e.g. `invalid JSON at line 31, column 9: Expected ',' or '}' after
 * property value`. V8 gives a character position for most errors and none for an unexpected
 * token, so the position is found by `jsonErrorOffset`; V8's own wording is kept for the what.
 */
export function jsonProblem(text: string, message: string): string {
  const what = text.startsWith('\uFEFF')
    ? 'the file starts with a byte-order mark'
    : message
        .replace(/ in JSON at position \d+.*$/s, '')
        .replace(/ at position \d+.*$/s, '')
        .replace(/, ".*" is not valid JSON$/s, '')
        .replace(/^Unexpected end of JSON input$/, 'the file ends in the middle of a value');
  const { line, column } = lineColumn(text, jsonErrorOffset(text));
  return `invalid JSON at line ${line}, column ${column}: ${what}`;
}

/** 1-based line and column (in UTF-16 units, as editors count) of an offset into `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Offset of the first character at which `text` stops being JSON (RFC 8259), or `text.length`
 * when it ends too early. Only called after `JSON.parse` failed, so it checks without building.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (at = i): never => {
    throw new JsonStop(at);
  };
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  const ws = () => {
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r') i++;
  };
  const take = (ch: string) => {
    if (text[i] !== ch) fail();
    i++;
  };
  const digits = () => {
    if (!isDigit(text[i])) fail();
    while (isDigit(text[i])) i++;
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const string = () => {
    take('"');
    for (;;) {
      const c = text[i];
      if (c === undefined || c < ' ') fail();
      i++;
      if (c === '"') return;
      if (c !== '\\') continue;
      const e = text[i];
      if (e === 'u') {
        for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) fail(i + k);
        i += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
      else fail();
    }
  };
  // Containers are walked with an explicit stack, so deeply nested input cannot overflow ours.
  const value = () => {
    const stack: string[] = [];
    for (;;) {
      ws();
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        ws();
        const close = c === '{' ? '}' : ']';
        if (text[i] === close) i++;
        else {
          stack.push(close);
          if (close === '}') member();
          continue;
        }
      } else if (c === '"') string();
      else if (c === 't' || c === 'f' || c === 'n') for (const ch of c === 't' ? 'true' : c === 'f' ? 'false' : 'null') take(ch);
      else if (c === '-' || isDigit(c)) number();
      else fail();
      // A value ended: close containers or move to the next element.
      for (;;) {
        const close = stack.at(-1);
        if (close === undefined) return;
        ws();
        if (text[i] === close) {
          i++;
          stack.pop();
        } else if (text[i] === ',') {
          i++;
          if (close === '}') member();
          break;
        } else fail();
      }
    }
  };
  /** An object member up to its value: `"key" :`. */
  const member = () => {
    ws();
    string();
    ws();
    take(':');
  };
  try {
    value();
    ws();
    return i < text.length ? i : text.length;
  } catch (e) {
    if (e instanceof JsonStop) return Math.min(e.offset, text.length);
    throw e;
  }
}

class JsonStop {
  constructor(readonly offset: number) {}
}
