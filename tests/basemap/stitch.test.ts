import { describe, expect, it } from 'vitest';
import { GMT_MISSING, parseDump, runGmt } from '@/scripts/basemap/gmt';
import { joinLines, stitchRings } from '@/scripts/basemap/stitch';

describe('parseDump (gmt coast -M)', () => {
  it('reads segments with their level, dropping repeated points and one-point pieces', () => {
    const dump = [
      '> Shore Bin # 16238, Level 2',
      '45\t40',
      '45\t40',
      '45.5\t40.2',
      '> River Bin # 17325, Level 3',
      '46\t41',
      '46\t41',
      '> River Bin # 17325, Level 4',
      '46\t41',
      '46.1\t41.1',
    ].join('\n');
    expect(parseDump(dump)).toEqual([
      { level: 2, points: [[45, 40], [45.5, 40.2]] },
      { level: 4, points: [[46, 41], [46.1, 41.1]] },
    ]);
  });

  it('names the line it cannot read', () => {
    expect(() => parseDump('45 40')).toThrow(/before its first header: "45 40"/);
    expect(() => parseDump('> Bin\n45 40')).toThrow(/without a level/);
    expect(() => parseDump('> Level 2\n45 north')).toThrow(/not "lon lat"/);
  });

  it('says what to install when GMT is missing', () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(() => runGmt(['--version'])).toThrow(GMT_MISSING);
    } finally {
      process.env.PATH = path;
    }
    expect(GMT_MISSING).toContain('apt-get install -y gmt gmt-gshhg-full');
  });
});

describe('stitchRings', () => {
  it('closes a lake split across two bins, keeps a closed piece as it is', () => {
    const { rings, open } = stitchRings([
      [[0, 0], [1, 0], [1, 1]],
      [[5, 5], [6, 5], [6, 6], [5, 5]],
      [[1, 1], [0, 1], [0, 0]],
    ]);
    expect(open).toEqual([]);
    expect(rings).toEqual([
      [[5, 5], [6, 5], [6, 6], [5, 5]],
      [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]],
    ]);
  });

  it('returns a lake cut by the dumped region as open, in one piece even when found from its middle', () => {
    const { rings, open } = stitchRings([
      [[1, 0], [2, 0]],
      [[0, 0], [1, 0]],
    ]);
    expect(rings).toEqual([]);
    expect(open).toEqual([[[0, 0], [1, 0], [2, 0]]]);
  });

  it('does not mutate its input', () => {
    const input = [[[0, 0], [1, 0], [1, 1]], [[1, 1], [0, 0]]];
    const copy = JSON.stringify(input);
    stitchRings(input);
    expect(JSON.stringify(input)).toBe(copy);
  });
});

describe('joinLines', () => {
  it('joins a river split at a bin edge, reversing a piece drawn the other way', () => {
    const out = joinLines([[[0, 0], [1, 0]], [[2, 0], [1, 0]], [[2, 0], [3, 1]]], () => true);
    expect(out).toEqual([[[0, 0], [1, 0], [2, 0], [3, 1]]]);
  });

  it('keeps a confluence (three ends at one point) as a junction', () => {
    const out = joinLines([[[0, 0], [1, 0]], [[1, 0], [2, 0]], [[1, 1], [1, 0]]], () => true);
    expect(out).toHaveLength(3);
  });

  it('joins only what canJoin allows (rivers of one class)', () => {
    const cls = [2, 3];
    expect(joinLines([[[0, 0], [1, 0]], [[1, 0], [2, 0]]], (a, b) => cls[a] === cls[b])).toHaveLength(2);
  });
});
