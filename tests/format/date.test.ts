import { describe, expect, it } from 'vitest';
import { dateBasis, formatDateRange, formatPartialDate } from '@/lib/format/date';
import { precisionOf } from '@/lib/time';

describe('dates are shown at the precision the sources give, never more', () => {
  it('formats day, month and year precision differently', () => {
    expect(formatPartialDate('2021-09-02')).toBe('2 Sep 2021');
    expect(formatPartialDate('2021-09')).toBe('Sep 2021');
    expect(formatPartialDate('2021')).toBe('2021');
    expect(precisionOf('2021-09')).toBe('month');
  });

  it('shows instants, intervals and open-ended spans', () => {
    expect(formatDateRange({ start: '2017-11-30' })).toBe('30 Nov 2017');
    expect(formatDateRange({ start: '2021-09-03', end: '2021-09-17' })).toBe('3 Sep 2021 – 17 Sep 2021');
    expect(formatDateRange({ start: '2020-11', end: null })).toBe('from Nov 2020 (no end reported)');
    expect(formatDateRange({ start: '2020-11', end: null, lastReported: { date: '2017-12-05', estimated: false } })).toBe(
      'from Nov 2020 (no end reported; last reported 5 Dec 2017)',
    );
    // An estimated article date is not shown to the day.
    expect(formatDateRange({ start: '2020-11', end: null, lastReported: { date: '2023-09-15', estimated: true } })).toBe(
      'from Nov 2020 (no end reported; last reported about Sep 2023)',
    );
    expect(formatDateRange({ start: '1994', end: '2020-11' })).toBe('1994 – Nov 2020');
  });

  it('never presents a first attestation as a start, nor a window as a duration', () => {
    expect(formatDateRange({ start: '2016-01', end: null, extent: 'first-attested' })).toBe('attested from Jan 2016 (no end reported)');
    expect(formatDateRange({ start: '2021', extent: 'first-attested' })).toBe('attested 2021');
    expect(formatDateRange({ start: '2020', end: '2021', extent: 'within' })).toBe('sometime between 2020 and 2021');
  });

  it('words the three bases differently, quoting the phrase and naming the outside knowledge', () => {
    expect(dateBasis({ basis: 'stated', phrase: 'In 2019' })).toBe('stated in the text: “In 2019”');
    expect(dateBasis({ basis: 'resolved', phrase: 'September 2nd', resolution: 'year from the article date (about Oct 2021)' })).toBe(
      'resolved from the text (“September 2nd”): year from the article date (about Oct 2021)',
    );
    expect(dateBasis({ basis: 'outside-knowledge', outside: 'signed at Aktau on 12 Aug 2018 (summit reporting)', phrase: 'the convention' })).toBe(
      'outside knowledge (the text: “the convention”): signed at Aktau on 12 Aug 2018 (summit reporting)',
    );
  });

  it('describes an end known differently from the start on its own', () => {
    const text = dateBasis({
      basis: 'outside-knowledge',
      outside: 'ceasefire of 12 May 1994',
      endKnowledge: { basis: 'resolved', phrase: 'November 10th', resolution: 'last year against the article date' },
      extent: 'dated',
    });
    expect(text).toBe('outside knowledge: ceasefire of 12 May 1994; end: resolved from the text (“November 10th”): last year against the article date');
  });
});
