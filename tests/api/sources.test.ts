import { describe, expect, it, vi } from 'vitest';
import { GET as sources } from '@/app/api/sources/route';
import { GET as source } from '@/app/api/sources/[id]/route';
import { OTHER_SOURCE_ID, SOURCE_ID, SOURCE_TEXT } from './fixtures/atlas';
import { body, ctx, get } from './helpers';

vi.mock('@/lib/data', async () => {
  const { fixtureAtlas } = await import('./fixtures/atlas');
  return { getAtlas: vi.fn(() => fixtureAtlas) };
});

interface Passage {
  start: number;
  end: number;
  quote: string;
  href: string;
  features: { id: string; name: string; layer: string; note?: string; href: string }[];
}

describe('GET /api/sources', () => {
  it('lists every source with publication facts but neither text nor file names', async () => {
    const res = await sources(get('/api/sources'));
    expect(res.status).toBe(200);
    const doc = await body<{ sources: Record<string, unknown>[] }>(res);
    expect(doc.sources.map((s) => s.id)).toEqual([SOURCE_ID, OTHER_SOURCE_ID]);
    expect(doc.sources[0]).toEqual(
      expect.objectContaining({ title: expect.any(String), author: 'Mahammad Mammadov', published: expect.objectContaining({ basis: 'inferred' }) }),
    );
    expect(doc.sources[0]).not.toHaveProperty('text');
    expect(doc.sources[0]).not.toHaveProperty('file');
  });
});

describe('GET /api/sources/{id}', () => {
  it('has the full text and every cited passage with the features citing it', async () => {
    const res = await source(get(`/api/sources/${SOURCE_ID}`), ctx({ id: SOURCE_ID }));
    expect(res.status).toBe(200);
    const doc = await body<{ text: string; passages: Passage[] }>(res);
    expect(doc.text).toBe(SOURCE_TEXT);
    for (const p of doc.passages) expect(SOURCE_TEXT.slice(p.start, p.end)).toBe(p.quote);
    const starts = doc.passages.map((p) => p.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));

    // Two features cite the opening sentence: one passage, both features.
    const opening = doc.passages.find((p) => p.quote === 'Ankara and Baku also came together');
    expect(opening?.features.map((f) => f.id).sort()).toEqual(
      ['armenia-azerbaijan-border', 'azerbaijan-turkey-pakistan', 'baku-trilateral-meeting', 'csto', 'eagle-partner-2023'].sort(),
    );
    expect(opening?.href).toBe(`http://localhost/sources/${SOURCE_ID}#q-${opening!.start}-${opening!.end}`);
    const drill = doc.passages.find((p) => p.quote === 'the Three Brothers drill in Baku');
    expect(drill?.features).toEqual([
      expect.objectContaining({
        id: 'three-brothers-2021',
        name: 'Three Brothers 2021',
        layer: 'exercises',
        href: 'http://localhost/api/collections/exercises/items/three-brothers-2021',
      }),
    ]);
  });

  it('has no passages for an uncited source', async () => {
    const doc = await body<{ passages: Passage[] }>(await source(get(`/api/sources/${OTHER_SOURCE_ID}`), ctx({ id: OTHER_SOURCE_ID })));
    expect(doc.passages).toEqual([]);
  });

  it.each(['999_0000000000000000', '..%2F..%2Fetc%2Fpasswd', '../../etc/passwd', 'sources.json', '003_fd8218c4c3c52676.txt'])(
    '404s for %s without touching the filesystem',
    async (id) => {
      const res = await source(get(`/api/sources/${encodeURIComponent(id)}`), ctx({ id }));
      expect(res.status).toBe(404);
      expect((await body(res)).code).toBe('NotFound');
    },
  );
});
