import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/http';
import { parseBbox, parseDatetime, parseLimit, parseOffset, queryInterval } from '@/lib/ogc';
import { intervalOf, overlaps } from '@/lib/time';

/** The 400 an invalid value produces, or a failure when it is accepted. */
function rejection(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected an ApiError');
}

describe('bbox', () => {
  it('reads four numbers, and six with heights ignored', () => {
    expect(parseBbox('49.7,40.3,50.1,40.5')).toEqual([49.7, 40.3, 50.1, 40.5]);
    expect(parseBbox('49.7, 40.3, -10, 50.1, 40.5, 2000')).toEqual([49.7, 40.3, 50.1, 40.5]);
    expect(parseBbox('-1e1,1.5e1,.5,+20')).toEqual([-10, 15, 0.5, 20]);
  });

  it.each([
    ['1,2,3', /4 or 6/],
    ['1,2,3,4,5', /4 or 6/],
    ['a,b,c,d', /"a" is not/],
    ['1,2,,4', /"" is not/],
    ['NaN,0,1,1', /not/],
    ['0,0,Infinity,1', /not/],
    ['0,-91,1,1', /latitude -91/],
    ['0,0,1,90.5', /latitude 90.5/],
    ['-181,0,1,1', /longitude -181/],
    ['0,10,1,5', /minimum latitude 10 is greater/],
  ])('rejects %s with a reason', (raw, reason) => {
    const error = rejection(() => parseBbox(raw));
    expect(error.status).toBe(400);
    expect(error.description).toMatch(reason);
  });
});

describe('datetime', () => {
  const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

  it('reads a date as its whole UTC day and a date-time as an instant', () => {
    expect(parseDatetime('2021-09-12')).toEqual({ from: day('2021-09-12'), to: day('2021-09-13') - 1 });
    const t = Date.parse('2021-09-12T10:00:00Z');
    expect(parseDatetime('2021-09-12T10:00:00Z')).toEqual({ from: t, to: t });
    expect(parseDatetime('2021-09-12t12:00:00+02:00')).toEqual({ from: t, to: t });
  });

  it('reads years 0000–0099 as themselves, not as 1900–1999', () => {
    expect(parseDatetime('0033-04-03')).toEqual({ from: day('0033-04-03'), to: day('0033-04-04') - 1 });
    expect(new Date(parseDatetime('0099-12-31').from!).getUTCFullYear()).toBe(99);
    expect(parseDatetime('0000-02-29').from).toBe(day('0000-02-29'));
    expect(parseDatetime('0050-01-01T10:00:00Z').from).toBe(Date.parse('0050-01-01T10:00:00Z'));
    expect(parseDatetime('0001-01-01/0099-12-31').to).toBe(day('0100-01-01') - 1);
  });

  it('reads closed and half-open intervals', () => {
    expect(parseDatetime('2021-09-01/2021-09-30')).toEqual({ from: day('2021-09-01'), to: day('2021-10-01') - 1 });
    expect(parseDatetime('../2021-09-30')).toEqual({ from: null, to: day('2021-10-01') - 1 });
    expect(parseDatetime('2021-09-01/..')).toEqual({ from: day('2021-09-01'), to: null });
    expect(parseDatetime('2021-09-01/')).toEqual({ from: day('2021-09-01'), to: null });
  });

  it.each([
    ['2021-02-30', /not a valid/],
    ['2021-13-01', /not a valid/],
    ['2021-09', /not a valid/],
    ['12/09/2021', /more than one/],
    ['2021-09-12T25:00:00Z', /not a valid/],
    ['2021-09-12T10:00:00', /not a valid/],
    ['yesterday', /not a valid/],
    ['../..', /at least one bounded end/],
    ['2021-10-01/2021-09-01', /after end/],
    ['2021-09-01/soon', /end "soon"/],
    ['0000-02-29/0000-02-30', /end "0000-02-30" is not a valid/],
  ])('rejects %s with a reason', (raw, reason) => {
    const error = rejection(() => parseDatetime(raw));
    expect(error.status).toBe(400);
    expect(error.description).toMatch(reason);
  });

  it('overlaps inclusively at both ends and treats a null end as ongoing', () => {
    const september = intervalOf({ from: '2021-09-01T00:00:00Z', to: '2021-09-30T23:59:59Z' });
    const ongoing = intervalOf({ from: '2020-11-10T00:00:00Z', to: null });
    const q = (raw: string) => queryInterval(parseDatetime(raw));
    expect(overlaps(september, q('2021-09-30'))).toBe(true);
    expect(overlaps(september, q('2021-09-30T23:59:59.500Z'))).toBe(true);
    expect(overlaps(september, q('2021-10-01'))).toBe(false);
    expect(overlaps(september, q('2021-08-31'))).toBe(false);
    expect(overlaps(ongoing, q('2035-01-01'))).toBe(true);
    expect(overlaps(ongoing, q('../2020-11-09'))).toBe(false);
  });
});

describe('limit and offset', () => {
  it('defaults limit to 100 and caps it at 1000 instead of rejecting', () => {
    expect(parseLimit(null)).toBe(100);
    expect(parseLimit('5')).toBe(5);
    expect(parseLimit('1000')).toBe(1000);
    expect(parseLimit('5000')).toBe(1000);
    expect(parseLimit('99999999999999999999999')).toBe(1000);
  });

  it.each(['0', '-1', '1.5', 'ten', '', '1e3'])('rejects limit=%s', (raw) => {
    expect(rejection(() => parseLimit(raw)).status).toBe(400);
  });

  it('defaults offset to 0 and rejects negatives and fractions', () => {
    expect(parseOffset(null)).toBe(0);
    expect(parseOffset('20')).toBe(20);
    for (const raw of ['-1', '2.5', 'x', '']) expect(rejection(() => parseOffset(raw)).status).toBe(400);
  });

  it('accepts offsets up to 2^53 − 1 and rejects larger ones, which no link could carry', () => {
    expect(parseOffset('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    for (const raw of ['9007199254740992', '100000000000000000000000', '9'.repeat(400)]) {
      const error = rejection(() => parseOffset(raw));
      expect(error.status).toBe(400);
      expect(error.description).toMatch(/offset must be at most 9007199254740991/);
    }
  });
});

describe('error descriptions echo at most 80 characters of a value', () => {
  const huge = '9'.repeat(15_000);
  it.each([
    ['limit', () => parseLimit(`x${huge}`)],
    ['offset', () => parseOffset(huge)],
    ['bbox', () => parseBbox(`${huge}x,1,2,3`)],
    ['datetime', () => parseDatetime(`${huge}/2021-01-01`)],
  ])('%s', (_name, fn) => {
    const { description } = rejection(fn);
    expect(description.length).toBeLessThan(400);
    expect(description).toContain('9'.repeat(60));
    expect(description).toContain('…');
  });
});
