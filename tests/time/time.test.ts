import { describe, expect, it } from 'vitest';
import {
  periodEnd,
  periodStart,
  clampRange,
  formatMonth,
  formatRange,
  intervalOf,
  monthAt,
  monthEndMs,
  monthIndex,
  monthStartMs,
  overlaps,
  parseYearMonth,
  rangeInterval,
  timeExtent,
  withEnd,
  type TimeRange,
} from '@/lib/time';

/** A stored date as lib/data resolves it: the whole period its precision covers. */
const iso = (start: string, end?: string | null) => ({
  from: periodStart(start),
  to: end === null ? null : periodEnd(end ?? start),
});

describe('months', () => {
  it('reads YYYY-MM, and a bare year as its first or last month', () => {
    expect(parseYearMonth('2021-09')).toBe('2021-09');
    expect(parseYearMonth('1994')).toBe('1994-01');
    expect(parseYearMonth('2019', 'end')).toBe('2019-12');
  });

  it.each(['', '2021-13', '2021-00', '21-09', '2021-9', '2021-09-01', 'abcd', ' 2021-09', '1e3'])('ignores %j', (text) => {
    expect(parseYearMonth(text)).toBeNull();
  });

  it('counts and steps months across year ends', () => {
    expect(monthIndex('2021-01') - monthIndex('2020-12')).toBe(1);
    expect(monthAt(monthIndex('2020-12') + 1)).toBe('2021-01');
    expect(monthAt(monthIndex('1923-01'))).toBe('1923-01');
  });

  it('covers a month from its first to its last millisecond, leap February included', () => {
    expect(new Date(monthStartMs('2020-02')).toISOString()).toBe('2020-02-01T00:00:00.000Z');
    expect(new Date(monthEndMs('2020-02')).toISOString()).toBe('2020-02-29T23:59:59.999Z');
    expect(new Date(monthEndMs('2021-12')).toISOString()).toBe('2021-12-31T23:59:59.999Z');
  });
});

describe('interval overlap', () => {
  const range = (from: string, to: string): TimeRange => ({ from: from as never, to: to as never });

  it('shows the 1994–Nov 2020 line of contact in 1994–2019 and not in 2021', () => {
    const loc = intervalOf(iso('1994', '2020-11'));
    expect(overlaps(loc, rangeInterval(range('1994-01', '2019-12')))).toBe(true);
    expect(overlaps(loc, rangeInterval(range('2021-01', '2021-12')))).toBe(false);
  });

  it('keeps an open-ended feature (still in force) in every later range', () => {
    const pk = intervalOf(iso('2020-11', null));
    expect(pk.to).toBe(Infinity);
    expect(overlaps(pk, rangeInterval(range('2023-09', '2023-09')))).toBe(true);
    expect(overlaps(pk, rangeInterval(range('1994-01', '2019-12')))).toBe(false);
  });

  it('places a month-precision date over its whole month, never on a guessed day', () => {
    const sep = intervalOf(iso('2021-09'));
    // The last day of September is inside; October 1 is not.
    expect(overlaps(sep, rangeInterval(range('2021-09', '2021-09')))).toBe(true);
    expect(overlaps(sep, { from: Date.UTC(2021, 8, 30, 12), to: Date.UTC(2021, 8, 30, 12) })).toBe(true);
    expect(overlaps(sep, rangeInterval(range('2021-10', '2021-12')))).toBe(false);
    expect(overlaps(sep, rangeInterval(range('2021-01', '2021-08')))).toBe(false);
  });

  it('places a year-precision date over the whole year', () => {
    const y = intervalOf(iso('2018'));
    expect(overlaps(y, rangeInterval(range('2018-12', '2019-03')))).toBe(true);
    expect(overlaps(y, rangeInterval(range('2017-01', '2017-12')))).toBe(false);
  });

  it('counts touching ends as overlapping (closed intervals)', () => {
    expect(overlaps({ from: 0, to: 10 }, { from: 10, to: 20 })).toBe(true);
    expect(overlaps({ from: 0, to: 9 }, { from: 10, to: 20 })).toBe(false);
  });
});

describe('extent', () => {
  it('runs from the earliest start to the latest start or bounded end, ignoring open ends', () => {
    expect(timeExtent([iso('1994', '2020-11'), iso('2021-09-12'), iso('1992', null), iso('2023-09')])).toEqual({
      from: '1992-01',
      to: '2023-09',
    });
  });

  it('is stretched by an end later than every start', () => {
    expect(timeExtent([iso('2016', '2021'), iso('2019-05')])).toEqual({ from: '2016-01', to: '2021-12' });
  });

  it('refuses to invent an extent for no data', () => {
    expect(() => timeExtent([])).toThrow(/no dated features/);
  });
});

describe('range edits', () => {
  const extent: TimeRange = { from: '1992-01', to: '2023-09' };

  it('clamps to the extent and puts swapped ends in order', () => {
    expect(clampRange({ from: '1900-01', to: '2050-01' }, extent)).toEqual(extent);
    expect(clampRange({ from: '2021-12', to: '1994-01' }, extent)).toEqual({ from: '1994-01', to: '2021-12' });
  });

  it('moves the other end along when one end passes it', () => {
    const r: TimeRange = { from: '2000-01', to: '2005-12' };
    expect(withEnd(r, 'from', '2008-03', extent)).toEqual({ from: '2008-03', to: '2008-03' });
    expect(withEnd(r, 'to', '1998-06', extent)).toEqual({ from: '1998-06', to: '1998-06' });
    expect(withEnd(r, 'to', '2030-01', extent)).toEqual({ from: '2000-01', to: '2023-09' });
  });
});

describe('labels', () => {
  it('names months and ranges as a reader says them', () => {
    expect(formatMonth('2021-09')).toBe('Sep 2021');
    expect(formatMonth('2021-09', 'long')).toBe('September 2021');
    expect(formatRange({ from: '1994-01', to: '2019-12' })).toBe('1994 – 2019');
    expect(formatRange({ from: '2021-01', to: '2021-12' })).toBe('2021');
    expect(formatRange({ from: '2020-11', to: '2021-03' })).toBe('Nov 2020 – Mar 2021');
    expect(formatRange({ from: '2020-11', to: '2020-11' })).toBe('Nov 2020');
  });
});
