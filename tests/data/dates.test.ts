import { describe, expect, it } from 'vitest';
import { resolveDate } from '@/lib/data/dates';
import { DateSpec } from '@/lib/data/schema';

describe('resolved dates', () => {
  it('treats an omitted end as an instant and a null end as open', () => {
    expect(resolveDate({ start: '2021-09', basis: 'stated', phrase: 'In September' })).toEqual({
      date: {
        start: '2021-09',
        precision: 'month',
        basis: 'stated',
        phrase: 'In September',
        extent: 'dated',
        interval: { from: '2021-09-01T00:00:00Z', to: '2021-09-30T23:59:59Z' },
      },
    });
    const open = resolveDate({ start: '1992', end: null, basis: 'stated', phrase: 'began in 1992' });
    expect('date' in open && open.date.interval).toEqual({ from: '1992-01-01T00:00:00Z', to: null });
  });

  it('records the end precision where it differs', () => {
    const r = resolveDate({ start: '2021-09-03', end: '2021-09', basis: 'resolved', phrase: 'September 3rd', resolution: 'year from the article' });
    expect('date' in r && [r.date.precision, r.date.endPrecision]).toEqual(['day', 'month']);
  });

  it('rejects an end before the start', () => {
    expect(resolveDate({ start: '2021-09-17', end: '2021-09-03', basis: 'stated', phrase: 'x' })).toEqual({
      problem: 'date ends (2021-09-03) before it starts (2021-09-17)',
    });
  });
});

describe('three bases: stated, resolved, outside knowledge', () => {
  const problems = (d: unknown) => {
    const r = DateSpec.safeParse(d);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts each basis with the words it needs', () => {
    expect(problems({ start: '2017-11-30', basis: 'stated', phrase: 'November 30, 2017' })).toEqual([]);
    expect(problems({ start: '2021-09-02', basis: 'resolved', phrase: 'September 2nd', resolution: 'year from the article date' })).toEqual([]);
    expect(problems({ start: '2018-08-12', basis: 'outside-knowledge', outside: 'signed at Aktau on 12 Aug 2018 (summit reporting)' })).toEqual([]);
  });

  it('refuses the old two-basis vocabulary', () => {
    expect(problems({ start: '2019', basis: 'explicit' })).toEqual([expect.stringMatching(/^basis: Invalid option/)]);
    expect(problems({ start: '2019', basis: 'inferred', phrase: 'x', resolution: 'y' })).toEqual([expect.stringMatching(/^basis: Invalid option/)]);
  });

  it('says what each basis lacks, and refuses words that belong to another basis', () => {
    expect(problems({ start: '2019', basis: 'stated' })).toEqual([expect.stringMatching(/^phrase: a stated date needs `phrase`/)]);
    expect(problems({ start: '2019', basis: 'resolved', phrase: 'last year' })).toEqual([expect.stringMatching(/^resolution: a resolved date needs/)]);
    expect(problems({ start: '2019', basis: 'outside-knowledge' })).toEqual([expect.stringMatching(/^outside: an outside-knowledge date must name its basis/)]);
    expect(problems({ start: '2019', basis: 'stated', phrase: 'In 2019', outside: 'reporting' })).toEqual([
      expect.stringMatching(/^outside: `outside` belongs to an outside-knowledge date/),
    ]);
  });

  it('gives an end known differently its own basis, and only to a real end', () => {
    const start = { start: '1994-05-12', basis: 'outside-knowledge', outside: 'ceasefire of 12 May 1994' };
    expect(problems({ ...start, end: '2020-11-10', endBasis: 'resolved', endPhrase: 'November 10th', endResolution: 'last year' })).toEqual([]);
    expect(problems({ ...start, end: null, endBasis: 'stated', endPhrase: 'x' })).toEqual([expect.stringMatching(/^endBasis: `endBasis` needs an end date/)]);
    expect(problems({ ...start, end: '2020', endPhrase: 'x' })).toEqual([expect.stringMatching(/^endBasis: endPhrase, endResolution and endOutside need an `endBasis`/)]);
    const r = resolveDate({ ...start, basis: 'outside-knowledge', end: '2020-11-10', endBasis: 'resolved', endPhrase: 'November 10th', endResolution: 'last year' });
    expect('date' in r && r.date.endKnowledge).toEqual({ basis: 'resolved', phrase: 'November 10th', resolution: 'last year' });
  });

  it('bounds a "within" window by a real end', () => {
    expect(problems({ start: '2020', end: '2021', basis: 'resolved', phrase: 'In the recent past', resolution: 'r', extent: 'within' })).toEqual([]);
    expect(problems({ start: '2020', basis: 'resolved', phrase: 'p', resolution: 'r', extent: 'within' })).toEqual([
      expect.stringMatching(/^extent: `within` needs an end date/),
    ]);
  });
});
