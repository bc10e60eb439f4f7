import { getIssues } from '@placemarkio/check-geojson';
import { describe, expect, it, vi } from 'vitest';
import { GET as item } from '@/app/api/collections/[layer]/items/[id]/route';
import { SOURCE_ID, SOURCE_TEXT } from './fixtures/atlas';
import { body, ctx, get, linkOf, type LinkJson } from './helpers';

vi.mock('@/lib/data', async () => {
  const { fixtureAtlas } = await import('./fixtures/atlas');
  return { getAtlas: vi.fn(() => fixtureAtlas) };
});

interface CitationJson {
  quote: string;
  start: number;
  end: number;
  source: { id: string; title: string; titleBasis: string; outlet: string | null; author: string | null; published: { date: string; basis: string } };
  attribution?: { type: string; by: string };
  note?: string;
  href: string;
}

async function fetchItem(layer: string, id: string) {
  return item(get(`/api/collections/${layer}/items/${encodeURIComponent(id)}`), ctx({ layer, id }));
}

describe('GET /api/collections/{layer}/items/{id}', () => {
  it('is one valid GeoJSON feature with self and collection links', async () => {
    const res = await fetchItem('exercises', 'three-brothers-2021');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/geo+json');
    const doc = await body<{ type: string; id: string; links: LinkJson[]; properties: { name: string } }>(res);
    expect(getIssues(JSON.stringify(doc))).toEqual([]);
    expect(doc.id).toBe('three-brothers-2021');
    expect(doc.properties.name).toBe('Three Brothers 2021');
    expect(linkOf(doc, 'self')?.href).toBe('http://localhost/api/collections/exercises/items/three-brothers-2021');
    expect(linkOf(doc, 'collection')?.href).toBe('http://localhost/api/collections/exercises');
  });

  it('resolves each citation: quote at its offsets, source facts, attribution, reader link', async () => {
    const doc = await body<{ properties: { citations: CitationJson[] } }>(await fetchItem('exercises', 'three-brothers-2021'));
    const [c] = doc.properties.citations;
    expect(c).toBeDefined();
    expect(SOURCE_TEXT.slice(c!.start, c!.end)).toBe(c!.quote);
    expect(c!.quote).toBe('the Three Brothers drill in Baku');
    expect(c!.source).toEqual({
      id: SOURCE_ID,
      title: 'Ankara and Baku also came together (editorial title)',
      titleBasis: 'editorial',
      outlet: null,
      author: 'Mahammad Mammadov',
      published: { date: '2021-10', basis: 'inferred' },
    });
    expect(c!.attribution).toEqual({ type: 'claim', by: 'Mahammad Mammadov (author)' });
    expect(c!.href).toBe(`http://localhost/sources/${SOURCE_ID}?feature=three-brothers-2021#q-${c!.start}-${c!.end}`);
  });

  it('keeps notes and every citation of a feature citing several passages', async () => {
    const doc = await body<{ properties: { citations: CitationJson[] } }>(await fetchItem('events', 'baku-trilateral-meeting'));
    expect(doc.properties.citations.map((c) => c.quote)).toEqual([
      'Ankara and Baku also came together',
      'Azerbaijani, Turkish and Pakistani special forces',
    ]);
    expect(doc.properties.citations[1]?.note).toBe('who took part');
  });

  it.each([
    ['exercises', 'no-such-feature'],
    ['events', 'three-brothers-2021'],
    ['exercises', '..%2F..%2Fetc%2Fpasswd'],
    ['exercises', '../../etc/passwd'],
    ['nowhere', 'three-brothers-2021'],
  ])('404s for %s/%s', async (layer, id) => {
    const res = await fetchItem(layer, id);
    expect(res.status).toBe(404);
    expect((await body(res)).code).toBe('NotFound');
  });
});
