/**
 * Joining the pieces GMT dumps into whole shapes. GSHHG and WDBII are stored in bins, so a lake or a
 * river that spans several bins comes out as several pieces, each ending on a bin edge exactly where
 * the next one starts. Endpoints are compared at 1e-7° (GMT prints 10 digits; the bins share them).
 */
import type { Position } from 'geojson';

const key = (p: Position) => `${(p[0] ?? 0).toFixed(7)},${(p[1] ?? 0).toFixed(7)}`;
const same = (a: Position | undefined, b: Position | undefined) => !!a && !!b && key(a) === key(b);

/**
 * Rings from shoreline pieces. A piece that is already closed is a ring; the others are chained
 * end to start (GSHHG keeps one direction round each polygon). Chains that never close, because
 * their polygon runs out of the dumped region, are returned apart as `open`.
 * @example stitchRings([[[0,0],[1,0],[1,1]], [[1,1],[0,1],[0,0]]]).rings // one ring of 5 positions
 */
export function stitchRings(pieces: readonly Position[][]): { rings: Position[][]; open: Position[][] } {
  const rings: Position[][] = [];
  const open: Position[][] = [];
  const pending = pieces.filter((p) => {
    if (same(p[0], p[p.length - 1])) {
      rings.push([...p]);
      return false;
    }
    return true;
  });
  const byStart = new Map<string, number[]>();
  pending.forEach((p, i) => {
    const k = key(p[0]!);
    byStart.set(k, [...(byStart.get(k) ?? []), i]);
  });
  const used = new Set<number>();
  for (let i = 0; i < pending.length; i++) {
    if (used.has(i)) continue;
    used.add(i);
    const chain = [...pending[i]!];
    for (;;) {
      if (same(chain[0], chain[chain.length - 1])) break;
      const next = (byStart.get(key(chain[chain.length - 1]!)) ?? []).find((j) => !used.has(j));
      if (next === undefined) break;
      used.add(next);
      chain.push(...pending[next]!.slice(1));
    }
    if (same(chain[0], chain[chain.length - 1])) rings.push(chain);
    else open.push(chain);
  }
  // A chain started in the middle of an open polygon can stop where an earlier chain began: join them.
  return { rings, open: joinLines(open, () => true) };
}

/**
 * Joins lines that meet end to end where exactly two of them meet, so a river split at bin edges
 * becomes one line but a confluence (three or more ends at one point) stays a junction.
 * `canJoin` decides whether two lines may be joined (e.g. only rivers of the same class and name).
 * Lines may be reversed to join; the result follows the first line's direction.
 */
export function joinLines<T extends Position[]>(lines: readonly T[], canJoin: (a: number, b: number) => boolean): Position[][] {
  const ends = new Map<string, number[]>();
  const addEnd = (p: Position, i: number) => {
    const k = key(p);
    ends.set(k, [...(ends.get(k) ?? []), i]);
  };
  lines.forEach((l, i) => {
    addEnd(l[0]!, i);
    addEnd(l[l.length - 1]!, i);
  });
  const used = new Set<number>();
  // The one line not yet used that ends at `p`, if exactly two line ends meet there.
  const partner = (p: Position): number | undefined => {
    const at = ends.get(key(p)) ?? [];
    if (at.length !== 2) return undefined;
    const free = at.filter((x) => !used.has(x));
    return free.length === 1 ? free[0] : undefined;
  };
  const out: Position[][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (used.has(i)) continue;
    used.add(i);
    let line: Position[] = [...lines[i]!];
    // Grow forwards, then backwards, while the end has exactly one partner that may be joined.
    for (const forwards of [true, false]) {
      for (;;) {
        const end = forwards ? line[line.length - 1]! : line[0]!;
        const j = partner(end);
        if (j === undefined || !canJoin(i, j)) break;
        used.add(j);
        const other = lines[j]!;
        const oriented = same(other[0], end) === forwards ? other : [...other].reverse();
        line = forwards ? [...line, ...oriented.slice(1)] : [...oriented.slice(0, -1), ...line];
        if (same(line[0], line[line.length - 1])) break;
      }
    }
    out.push(line);
  }
  return out;
}
