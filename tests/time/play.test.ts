import { describe, expect, it } from 'vitest';
import { overlapKey, playNext, playStart, yearCounts, yearWindow, type Interval, type TimeRange } from '@/lib/time';

const extent: TimeRange = { from: '1923-03', to: '2023-09' };
const year = (y: number): Interval => ({ from: Date.UTC(y, 0, 1), to: Date.UTC(y, 11, 31, 23, 59, 59) });
const span = (a: number, b: number | null): Interval => ({ from: Date.UTC(a, 0, 1), to: b === null ? Infinity : Date.UTC(b, 11, 31) });

describe('play', () => {
  it('clips the first and last years to the extent', () => {
    expect(yearWindow(1923, extent)).toEqual({ from: '1923-03', to: '1923-12' });
    expect(yearWindow(2023, extent)).toEqual({ from: '2023-01', to: '2023-09' });
    expect(yearWindow(2001, extent)).toEqual({ from: '2001-01', to: '2001-12' });
  });

  it('starts at the first year from the whole extent, else at the year the range starts', () => {
    expect(playStart(extent, extent)).toEqual({ from: '1923-03', to: '1923-12' });
    expect(playStart({ from: '2020-05', to: '2021-02' }, extent)).toEqual({ from: '2020-01', to: '2020-12' });
    // Already in the last year: start over.
    expect(playStart({ from: '2023-01', to: '2023-09' }, extent)).toEqual({ from: '1923-03', to: '1923-12' });
  });

  it('steps one year at a time and stops after the last year', () => {
    expect(playNext(yearWindow(2021, extent), extent)).toEqual({ from: '2022-01', to: '2022-12' });
    expect(playNext(yearWindow(2022, extent), extent)).toEqual({ from: '2023-01', to: '2023-09' });
    expect(playNext(yearWindow(2023, extent), extent)).toBeNull();
  });

  it('skips the years in which the shown set does not change, and still reaches the last year', () => {
    const intervals = [span(1923, 1991), span(1991, null), year(2010), year(2020)];
    const steps: string[] = [];
    for (let w: TimeRange | null = playStart(extent, extent); w; w = playNext(w, extent, intervals)) steps.push(w.from.slice(0, 4));
    expect(steps).toEqual(['1923', '1991', '1992', '2010', '2011', '2020', '2021', '2023']);
  });

  it('keys a window by which intervals it shows', () => {
    expect(overlapKey([year(2010), year(2020)], yearWindow(2010, extent))).toBe('10');
    expect(overlapKey([year(2010), year(2020)], { from: '2010-06', to: '2020-01' })).toBe('11');
  });

  it('counts the intervals in each year for the density strip', () => {
    const counts = yearCounts([year(2010), span(2009, 2011)], { from: '2008-01', to: '2012-12' });
    expect(counts).toEqual([
      { year: 2008, count: 0 },
      { year: 2009, count: 1 },
      { year: 2010, count: 2 },
      { year: 2011, count: 1 },
      { year: 2012, count: 0 },
    ]);
  });
});
