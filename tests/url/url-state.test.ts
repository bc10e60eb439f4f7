import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '@/lib/data/schema';
import { defaultUrlState, parseUrlState, parseView, searchOf, serialiseUrlState, type UrlContext, type UrlState } from '@/lib/url';

const ctx: UrlContext = {
  layers: LAYER_IDS,
  alliances: ['all-b', 'all-a', 'all-c'],
  features: new Set(['ex-three-brothers-2021', 'bor-peacekeeping-area', 'all-a']),
  extent: { from: '1923-01', to: '2023-09' },
};
const parse = (q: string) => parseUrlState(new URLSearchParams(q), ctx);
const defaults = defaultUrlState(ctx);

describe('URL state round trip', () => {
  const full: UrlState = {
    feature: 'ex-three-brothers-2021',
    view: { lng: 46.7512, lat: 40.1234, zoom: 7.25 },
    on: { exercises: true, corridors: false, borders: true, alliances: true, events: false },
    hidden: ['all-a', 'all-c'],
    range: { from: '1994-01', to: '2019-12' },
  };

  it('restores everything it wrote', () => {
    const query = serialiseUrlState(full, ctx).toString();
    expect(parse(query)).toEqual(full);
  });

  it('writes readable, short parameters', () => {
    expect(searchOf(serialiseUrlState(full, ctx))).toBe(
      '?feature=ex-three-brothers-2021&at=40.1234,46.7512,7.25&layers=exercises,borders,alliances&hide=all-a,all-c&from=1994-01&to=2019-12',
    );
  });

  it('leaves defaults out, so the source reader’s ?feature=<id> link stays as it is', () => {
    expect(serialiseUrlState(defaults, ctx).toString()).toBe('');
    const onlyFeature = { ...defaults, feature: 'bor-peacekeeping-area' };
    expect(serialiseUrlState(onlyFeature, ctx).toString()).toBe('feature=bor-peacekeeping-area');
    expect(parse('feature=bor-peacekeeping-area')).toEqual(onlyFeature);
  });

  it('rounds the camera to about 10 m and a hundredth of a zoom level', () => {
    const q = serialiseUrlState({ ...defaults, view: { lng: 46.123456789, lat: 40.987654321, zoom: 6.789123 } }, ctx);
    expect(q.get('at')).toBe('40.9877,46.1235,6.79');
  });

  it('round-trips all layers off', () => {
    const off = { ...defaults, on: Object.fromEntries(LAYER_IDS.map((l) => [l, false])) as UrlState['on'] };
    expect(serialiseUrlState(off, ctx).get('layers')).toBe('');
    expect(parse(serialiseUrlState(off, ctx).toString())).toEqual(off);
  });

  it('reads what it wrote with literal commas', () => {
    const search = searchOf(serialiseUrlState(full, ctx));
    expect(parse(search.slice(1))).toEqual(full);
    expect(searchOf(new URLSearchParams())).toBe('');
  });

  it('keeps parameters it does not own, after its own', () => {
    const keep = new URLSearchParams('q=baku&feature=old&from=2000');
    expect(serialiseUrlState({ ...defaults, feature: 'all-a' }, ctx, keep).toString()).toBe('feature=all-a&q=baku');
  });
});

describe('URL state from bad input: ignored, never a crash', () => {
  it('drops unknown layers, alliances and features but keeps the known ones', () => {
    const s = parse('layers=exercises,tanks,events&hide=all-b,all-zzz&feature=no-such-feature');
    expect(s.on).toEqual({ exercises: true, corridors: false, borders: false, alliances: false, events: true });
    expect(s.hidden).toEqual(['all-b']);
    expect(s.feature).toBeNull();
  });

  it('ignores a layers list with only unknown names rather than blanking the map', () => {
    expect(parse('layers=tanks,ships').on).toEqual(defaults.on);
  });

  it.each([
    'at=abc',
    'at=40,46',
    'at=40,46,7,1',
    'at=,,',
    'at=40,46,',
    'at=1e1,46,7',
    'at=0x10,46,7',
    'at=Infinity,46,7',
    'at=NaN,46,7',
    'at=91,46,7',
    'at=40,181,7',
    'at=40,46,-1',
    'at=40,46,99',
    'at= 40,46,7',
  ])('ignores a malformed camera: %s', (q) => {
    expect(parse(q).view).toBeNull();
  });

  it('accepts negative and integer coordinates', () => {
    expect(parseView('-33.9,-70,3')).toEqual({ lat: -33.9, lng: -70, zoom: 3 });
  });

  it.each([
    ['from=1994-13&to=garbage', { from: '1923-01', to: '2023-09' }],
    ['from=1994', { from: '1994-01', to: '2023-09' }],
    ['to=2019', { from: '1923-01', to: '2019-12' }],
    ['from=2021-12&to=1994-01', { from: '1994-01', to: '2021-12' }],
    ['from=1800-01&to=2099-12', { from: '1923-01', to: '2023-09' }],
    ['from=2021-06&to=2021-06', { from: '2021-06', to: '2021-06' }],
  ])('reads or repairs the time range: %s', (q, range) => {
    expect(parse(q).range).toEqual(range);
  });

  it('takes the first of repeated parameters, as Next passes them as arrays', () => {
    const s = parseUrlState({ feature: ['all-a', 'ex-three-brothers-2021'], from: ['2001', '1999'], at: undefined }, ctx);
    expect(s.feature).toBe('all-a');
    expect(s.range.from).toBe('2001-01');
  });

  it('reads only own string values: ?__proto__=1&at=1 does not reach Array.prototype.at', () => {
    // What Next's searchParams looked like for that URL: the prototype replaced by an array.
    const poisoned = Object.setPrototypeOf({}, ['1']) as Record<string, string>;
    expect(typeof (poisoned as unknown as { at: unknown }).at).toBe('function');
    expect(parseUrlState(poisoned, ctx)).toEqual(defaults);
    const keys = Object.fromEntries(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'].map((k) => [k, '1']));
    expect(parseUrlState({ ...keys, from: '2001' }, ctx).range.from).toBe('2001-01');
    expect(parseUrlState({ at: [] as string[], feature: [undefined as unknown as string] }, ctx)).toEqual(defaults);
  });

  it('survives random junk', () => {
    const junk = ['%', '&&&', '=', 'at=%E0%A4%A', 'layers=,,,', 'hide=,', 'from=&to=', 'feature=', '\u0000=\u0000'];
    for (const q of junk) expect(() => parse(q)).not.toThrow();
    expect(parse('layers=,,,').on).toEqual(Object.fromEntries(LAYER_IDS.map((l) => [l, false])));
  });
});
