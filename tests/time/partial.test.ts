import { describe, expect, it } from 'vitest';
import { periodEnd, periodStart, precisionOf } from '@/lib/time';

describe('partial dates', () => {
  it('reads precision from the form', () => {
    expect(['2021', '2021-09', '2021-09-02'].map(precisionOf)).toEqual(['year', 'month', 'day']);
  });

  it('covers the whole period, leap years included', () => {
    expect(periodStart('2021-09')).toBe('2021-09-01T00:00:00Z');
    expect(periodEnd('2021-09')).toBe('2021-09-30T23:59:59Z');
    expect(periodEnd('2020-02')).toBe('2020-02-29T23:59:59Z');
    expect(periodEnd('2021-02')).toBe('2021-02-28T23:59:59Z');
    expect(periodEnd('2020')).toBe('2020-12-31T23:59:59Z');
    expect(periodEnd('2020-11-10')).toBe('2020-11-10T23:59:59Z');
  });

  it('gives the RFC 3339 bounds of a stored date of any precision (collection extents use them)', () => {
    expect(periodStart('2021')).toBe('2021-01-01T00:00:00Z');
    expect(periodEnd('2021-09')).toBe('2021-09-30T23:59:59Z');
    expect(periodEnd('2024-02')).toBe('2024-02-29T23:59:59Z');
  });
});
