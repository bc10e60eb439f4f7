import { getIssues } from '@placemarkio/check-geojson';
import { describe, expect, it, vi } from 'vitest';
import { GET as items } from '@/app/api/collections/[layer]/items/route';
import { getAtlas } from '@/lib/data';
import { atlasWithManyEvents } from './fixtures/atlas';
import { body, ctx, get, linkOf, type LinkJson } from './helpers';

vi.mock('@/lib/data', async () => {
  const { fixtureAtlas } = await import('./fixtures/atlas');
  return { getAtlas: vi.fn(() => fixtureAtlas) };
});

interface Page {
  type: string;
  features: { id: string; properties: { name: string } }[];
  numberMatched: number;
  numberReturned: number;
  timeStamp: string;
  links: LinkJson[];
}

async function page(layer: string, query = '', headers: Record<string, string> = {}) {
  const res = await items(get(`/api/collections/${layer}/items${query}`, headers), ctx({ layer }));
  return { res, doc: res.status === 200 ? await body<Page>(res) : undefined };
}

async function ids(layer: string, query: string): Promise<string[]> {
  const { res, doc } = await page(layer, query);
  expect(res.status, `${layer}${query}`).toBe(200);
  return doc!.features.map((f) => f.id);
}

describe('GET /api/collections/{layer}/items', () => {
  it('is a valid GeoJSON FeatureCollection with counts, a timestamp and links', async () => {
    const { res, doc } = await page('exercises');
    expect(res.headers.get('content-type')).toBe('application/geo+json');
    expect(getIssues(JSON.stringify(doc))).toEqual([]);
    expect(doc!.type).toBe('FeatureCollection');
    expect(doc!.numberMatched).toBe(3);
    expect(doc!.numberReturned).toBe(3);
    expect(Date.parse(doc!.timeStamp)).not.toBeNaN();
    expect(linkOf(doc!, 'self')?.href).toBe('http://localhost/api/collections/exercises/items');
    expect(linkOf(doc!, 'collection')?.href).toBe('http://localhost/api/collections/exercises');
    expect(linkOf(doc!, 'next')).toBeUndefined();
    expect(linkOf(doc!, 'prev')).toBeUndefined();
  });

  it('serves plain application/json to a client that only accepts that', async () => {
    const { res } = await page('events', '', { Accept: 'application/json' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
  });

  describe('paging', () => {
    it('walks a layer with next/prev links that keep the other parameters', async () => {
      const first = await page('exercises', '?limit=2&actor=AZE,USA&f=json');
      expect(first.doc!.numberMatched).toBe(3);
      expect(first.doc!.numberReturned).toBe(2);
      expect(linkOf(first.doc!, 'prev')).toBeUndefined();
      const next = new URL(linkOf(first.doc!, 'next')!.href);
      expect(linkOf(first.doc!, 'next')!.type).toBe('application/geo+json');
      expect(Object.fromEntries(next.searchParams)).toEqual({ limit: '2', actor: 'AZE,USA', f: 'json', offset: '2' });

      const second = await page('exercises', next.search);
      expect(second.doc!.numberReturned).toBe(1);
      expect(linkOf(second.doc!, 'next')).toBeUndefined();
      const prev = new URL(linkOf(second.doc!, 'prev')!.href);
      expect(prev.searchParams.get('offset')).toBe('0');

      const all = [...first.doc!.features, ...second.doc!.features].map((f) => f.id);
      expect(new Set(all).size).toBe(3);
    });

    it('returns an empty page past the end, with a way back to the last page', async () => {
      const { doc } = await page('exercises', '?offset=10&limit=2');
      expect(doc!.numberMatched).toBe(3);
      expect(doc!.numberReturned).toBe(0);
      const back = await page('exercises', new URL(linkOf(doc!, 'prev')!.href).search);
      expect(back.res.status).toBe(200);
      expect(back.doc!.numberReturned).toBe(2);
    });

    it('from the largest offset, prev is a followable integer link (never 1e+23)', async () => {
      const { res, doc } = await page('exercises', `?offset=${Number.MAX_SAFE_INTEGER}&limit=1000`);
      expect(res.status).toBe(200);
      const prev = new URL(linkOf(doc!, 'prev')!.href);
      expect(prev.searchParams.get('offset')).toBe('0');
      expect((await page('exercises', prev.search)).doc!.numberReturned).toBe(3);
      expect((await page('exercises', '?offset=100000000000000000000000')).res.status).toBe(400);
    });

    it('defaults to 100 features and caps larger limits at 1000', async () => {
      vi.mocked(getAtlas).mockReturnValue(atlasWithManyEvents(1200));
      try {
        const byDefault = await page('events');
        expect(byDefault.doc!.numberReturned).toBe(100);
        const capped = await page('events', '?limit=5000');
        expect(capped.res.status).toBe(200);
        expect(capped.doc!.numberMatched).toBe(1202);
        expect(capped.doc!.numberReturned).toBe(1000);
        expect(new URL(linkOf(capped.doc!, 'next')!.href).searchParams.get('limit')).toBe('1000');
      } finally {
        vi.mocked(getAtlas).mockReset();
        const { fixtureAtlas } = await import('./fixtures/atlas');
        vi.mocked(getAtlas).mockImplementation(() => fixtureAtlas);
      }
    });
  });

  describe('filters', () => {
    it('kind, with commas meaning any of', async () => {
      expect(await ids('exercises', '?kind=air-exercise')).toEqual(['konya-air-training']);
      expect(await ids('exercises', '?kind=air-exercise,special-forces-drill')).toEqual(['three-brothers-2021', 'konya-air-training']);
    });

    it('actor, case-insensitively', async () => {
      expect(await ids('exercises', '?actor=PAK')).toEqual(['three-brothers-2021']);
      expect(await ids('exercises', '?actor=usa')).toEqual(['eagle-partner-2023']);
    });

    it('alliance: the alliance itself on its layer, related features elsewhere', async () => {
      expect(await ids('alliances', '?alliance=csto')).toEqual(['csto']);
      expect(await ids('events', '?alliance=azerbaijan-turkey-pakistan')).toEqual(['baku-trilateral-meeting']);
      expect(await ids('exercises', '?alliance=azerbaijan-turkey-pakistan')).toEqual(['three-brothers-2021']);
      expect(await ids('exercises', '?alliance=csto')).toEqual([]);
    });

    it('name, including contested alternative names', async () => {
      expect(await ids('corridors', '?name=Berdzor%20corridor')).toEqual(['lachin-corridor']);
      expect(await ids('events', '?name=shushi%20declaration')).toEqual(['shusha-declaration']);
    });

    it('combine with AND', async () => {
      expect(await ids('exercises', '?actor=AZE&kind=air-exercise')).toEqual(['konya-air-training']);
      expect(await ids('exercises', '?actor=ARM&kind=air-exercise')).toEqual([]);
    });
  });

  describe('datetime', () => {
    it.each([
      ['2021-09-12', ['three-brothers-2021', 'konya-air-training']],
      ['2021-09-25T12:00:00Z', ['konya-air-training']],
      ['2021-09-21/2021-12-31', ['konya-air-training']],
      ['2023-01-01/..', ['eagle-partner-2023']],
      ['../2021-08-31', []],
    ])('%s', async (datetime, expected) => {
      expect(await ids('exercises', `?datetime=${encodeURIComponent(datetime)}`)).toEqual(expected);
    });

    it('keeps open-ended features in any later interval', async () => {
      expect(await ids('corridors', '?datetime=2030-01-01')).toEqual(['lachin-corridor']);
      expect(await ids('corridors', '?datetime=../2020-11-09')).toEqual([]);
    });
  });

  describe('bbox', () => {
    it('around Baku returns the Baku features and not Konya', async () => {
      const found = await ids('exercises', '?bbox=49.5,40.2,50.2,40.6');
      expect(found).toContain('three-brothers-2021');
      expect(found).not.toContain('konya-air-training');
    });

    it('accepts six numbers (heights ignored)', async () => {
      expect(await ids('exercises', '?bbox=49.5,40.2,0,50.2,40.6,100')).toEqual(['three-brothers-2021']);
    });

    it('matches lines that cross the box', async () => {
      expect(await ids('alliances', '?bbox=60,34,62,36')).toEqual(['azerbaijan-turkey-pakistan']);
    });
  });

  describe('errors', () => {
    it.each([
      ['?bbox=1,2,3', 'InvalidParameterValue', /4 or 6/],
      ['?bbox=a,b,c,d', 'InvalidParameterValue', /number/],
      ['?bbox=0,50,1,40', 'InvalidParameterValue', /latitude/],
      ['?bbox=0,-100,1,40', 'InvalidParameterValue', /latitude/],
      ['?datetime=2021-02-30', 'InvalidParameterValue', /datetime/],
      ['?datetime=last%20year', 'InvalidParameterValue', /datetime/],
      ['?limit=0', 'InvalidParameterValue', /limit/],
      ['?limit=abc', 'InvalidParameterValue', /limit/],
      ['?limit=2.5', 'InvalidParameterValue', /limit/],
      ['?offset=-3', 'InvalidParameterValue', /offset/],
      ['?kind=meeting', 'InvalidParameterValue', /kind "meeting"/],
      ['?actor=Azerbaijan', 'InvalidParameterValue', /actor/],
      ['?alliance=nato', 'InvalidParameterValue', /alliance "nato"/],
      ['?kind=', 'InvalidParameterValue', /kind/],
      ['?f=html', 'InvalidParameterValue', /f must be/],
      ['?limit=1&limit=2', 'InvalidParameterValue', /more than once/],
      ['?sortby=name', 'UnknownParameter', /sortby/],
      ['?BBOX=1,2,3,4', 'UnknownParameter', /BBOX/],
    ])('%s is a 400 %s', async (query, code, reason) => {
      const { res } = await page('exercises', query);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/json');
      const doc = await body<{ code: string; description: string }>(res);
      expect(doc.code).toBe(code);
      expect(doc.description).toMatch(reason);
    });

    it('404s for an unknown layer', async () => {
      expect((await page('tanks')).res.status).toBe(404);
    });
  });
});
