import { describe, expect, it } from 'vitest';
import { resolveDate } from '@/lib/data/dates';

describe('resolved dates', () => {
  it('treats an omitted end as an instant and a null end as open', () => {
    expect(resolveDate({ start: '2021-09', basis: 'explicit' })).toEqual({
      date: { start: '2021-09', precision: 'month', basis: 'explicit', interval: { from: '2021-09-01T00:00:00Z', to: '2021-09-30T23:59:59Z' } },
    });
    const open = resolveDate({ start: '1992', end: null, basis: 'explicit' });
    expect('date' in open && open.date.interval).toEqual({ from: '1992-01-01T00:00:00Z', to: null });
  });

  it('records the end precision where it differs', () => {
    const r = resolveDate({ start: '2021-09-03', end: '2021-09', basis: 'explicit' });
    expect('date' in r && [r.date.precision, r.date.endPrecision]).toEqual(['day', 'month']);
  });

  it('rejects an end before the start', () => {
    expect(resolveDate({ start: '2021-09-17', end: '2021-09-03', basis: 'explicit' })).toEqual({
      problem: 'date ends (2021-09-03) before it starts (2021-09-17)',
    });
  });
});
