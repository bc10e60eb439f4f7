/**
 * Reading GSHHG (shorelines, lakes) and WDBII (rivers) through GMT's `coast -M` dumps. GMT is only
 * needed to re-derive the committed water file (`npm run build:basemap -- --water`); the ordinary
 * build and the tests read that file and never call GMT.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Position } from 'geojson';

export const GMT_MISSING =
  'GMT with the full-resolution GSHHG data is needed to re-derive the water file. ' +
  'On Debian/Ubuntu: apt-get install -y gmt gmt-gshhg-full';

/** One polyline of a dump, with the level (shorelines: 1 land … 4) or class (rivers: 1 … 10) GMT gives it. */
export interface DumpPiece {
  level: number;
  points: Position[];
}

/** The installed GMT's version, or null when `gmt` is not on the PATH. */
export function gmtVersion(): string | null {
  const r = spawnSync('gmt', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Runs `gmt <args>` and returns its standard output; throws with GMT's own message on failure. */
export function runGmt(args: string[]): string {
  // GMT leaves a gmt.history file in its working folder: give it a folder of its own.
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'gmt-'));
  const r = spawnSync('gmt', args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, cwd });
  fs.rmSync(cwd, { recursive: true, force: true });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(GMT_MISSING);
  if (r.status !== 0) {
    const msg = r.stderr.trim();
    // GMT without the full-resolution coastline files says so in its own words; say what to install.
    if (/GSHHG|coastline|resolution/i.test(msg)) throw new Error(`${GMT_MISSING}\n  gmt ${args.join(' ')}: ${msg}`);
    throw new Error(`gmt ${args.join(' ')} failed (${r.status}): ${msg}`);
  }
  return r.stdout;
}

/**
 * Parses a `gmt coast -M` dump: segments start with a header line such as
 * "> Shore Bin # 16238, Level 2" or "> River Bin # 17681, Level 3", then one "lon<TAB>lat" per line.
 */
export function parseDump(text: string): DumpPiece[] {
  const pieces: DumpPiece[] = [];
  let current: DumpPiece | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('>')) {
      const m = /Level\s+(\d+)/.exec(line);
      if (!m) throw new Error(`GMT dump header without a level: "${line}"`);
      current = { level: Number(m[1]), points: [] };
      pieces.push(current);
      continue;
    }
    if (!current) throw new Error(`GMT dump has coordinates before its first header: "${line}"`);
    const [x, y] = line.split(/\s+/).map(Number);
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`GMT dump line is not "lon lat": "${line}"`);
    // GMT starts some pieces with the same point twice (a bin-edge crossing); drop repeats.
    const last = current.points[current.points.length - 1];
    if (!last || last[0] !== x || last[1] !== y) current.points.push([x!, y!]);
  }
  // A piece of one point (such a crossing alone) is no line and would pose as a junction.
  return pieces.filter((p) => p.points.length >= 2);
}
