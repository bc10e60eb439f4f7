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
    expect(formatDateRange({ start: '2020-11', end: null })).toBe('from Nov 2020 (ongoing in the sources)');
    expect(formatDateRange({ start: '1994', end: '2020-11' })).toBe('1994 – Nov 2020');
  });

  it('says how an inferred date was resolved, quoting the phrase', () => {
    expect(dateBasis({ basis: 'explicit' })).toBe('stated in the source');
    expect(
      dateBasis({ basis: 'inferred', phrase: 'September 2nd', resolution: 'year from the article date (about Oct 2021)' }),
    ).toBe('inferred from “September 2nd”: year from the article date (about Oct 2021)');
  });
});
