import { describe, expect, it } from 'vitest';
import { axisSteps, stepCounts, stepOf, timeAxisSpec, type YearMonth } from '@/lib/time';
import { catalogOf } from '@/lib/catalog';
import { getAtlas } from '@/lib/data';

const extent = { from: '1923-07', to: '2023-09' } as const satisfies { from: YearMonth; to: YearMonth };
const monthsOf = (from: string, to: string) => {
  const out: YearMonth[] = [];
  for (let y = Number(from.slice(0, 4)), m = Number(from.slice(5)); `${y}-${String(m).padStart(2, '0')}` <= to; m === 12 ? (y++, (m = 1)) : m++)
    out.push(`${y}-${String(m).padStart(2, '0')}` as YearMonth);
  return out;
};
// One early feature, a war in the 1990s, one treaty in 2010, and a dense run from 2016.
const changes: YearMonth[] = ['1923-07', '1991-01', '1992-05', '1994-05', '2010-01', ...monthsOf('2016-01', '2023-09')];

describe('the time axis', () => {
  const spec = timeAxisSpec(extent, changes);
  const steps = axisSteps(extent, spec);

  it('steps by month through the dense years and folds the quiet runs before them', () => {
    expect(spec).toEqual({ monthsFrom: '2016-01', breaks: [[1924, 1990], [1995, 2009], [2011, 2015]] });
    expect(steps.slice(0, 4)).toEqual([
      { from: '1923-07', to: '1923-12', unit: 'year' },
      { from: '1924-01', to: '1990-12', unit: 'break' },
      { from: '1991-01', to: '1991-12', unit: 'year' },
      { from: '1992-01', to: '1992-12', unit: 'year' },
    ]);
    expect(steps.at(-1)).toEqual({ from: '2023-09', to: '2023-09', unit: 'month' });
  });

  it('gives the dense years most of the track (a month per step gave them 93 of 1,203 steps)', () => {
    const dense = steps.filter((s) => s.from >= '2016-01').length / steps.length;
    expect(dense).toBeGreaterThan(0.85);
  });

  it('finds the step of any month, so a range from the URL or the pickers sits on the slider', () => {
    expect(stepOf(steps, '1923-07')).toBe(0);
    expect(stepOf(steps, '1950-06')).toBe(1);
    expect(steps[stepOf(steps, '2020-11')]).toEqual({ from: '2020-11', to: '2020-11', unit: 'month' });
    expect(stepOf(steps, '2023-09')).toBe(steps.length - 1);
  });

  it('covers every month of the extent once, in order', () => {
    const covered = steps.flatMap((s) => monthsOf(s.from, s.to));
    expect(covered).toEqual(monthsOf('1923-07', '2023-09'));
  });

  it('steps by month everywhere when the data is spread evenly', () => {
    const even = timeAxisSpec({ from: '2000-01', to: '2009-12' }, monthsOf('2000-01', '2009-12'));
    expect(even).toEqual({ monthsFrom: '2000-01', breaks: [] });
    const short = timeAxisSpec({ from: '2020-01', to: '2021-06' }, ['2020-01', '2021-06']);
    expect(axisSteps({ from: '2020-01', to: '2021-06' }, short).every((s) => s.unit === 'month')).toBe(true);
  });

  it('counts the features overlapping each step', () => {
    const ms = (iso: string) => Date.parse(iso);
    const counts = stepCounts(steps, [
      { from: ms('1923-07-07T00:00:00Z'), to: Infinity },
      { from: ms('2020-09-27T00:00:00Z'), to: ms('2020-11-10T23:59:59Z') },
    ]);
    expect(counts[0]).toBe(1);
    expect(counts[1]).toBe(1);
    expect(counts[stepOf(steps, '2020-10')]).toBe(2);
    expect(counts[stepOf(steps, '2020-12')]).toBe(1);
  });
});

describe('the atlas’s own axis', () => {
  it('starts month steps in the dense years and folds the empty decades after 1923', () => {
    const { timeAxis, timeExtent } = catalogOf(getAtlas());
    expect(timeAxis.monthsFrom >= '2010-01').toBe(true);
    expect(timeAxis.breaks[0]?.[0]).toBe(1924);
    const steps = axisSteps(timeExtent, timeAxis);
    expect(steps.length).toBeLessThan(150);
  });
});
