/** A feature made in the editor and not yet reviewed says so wherever it appears. */
import { describe, expect, it } from 'vitest';
import { loadAtlas, type AtlasFeature } from '@/lib/data';
import { csvRecord } from '@/lib/export/csv';
import { toListItem } from '@/lib/list/items';
import { drawnProperties } from '@/lib/map/map-features';
import { searchCorpus } from '@/lib/search/corpus';
import { buildSearchIndex } from '@/lib/search/documents';
import { mapFormFeature } from '@/lib/view/map-form';

const atlas = loadAtlas().atlas!;
const real = atlas.features.get('ex-three-brothers-2021')!;
const review = { status: 'draft' as const, createdBy: 'Ana', createdAt: '2026-12-02T10:00:00.000Z' };
const draft: AtlasFeature = { ...real, properties: { ...real.properties, review } };
const reviewed: AtlasFeature = { ...real, properties: { ...real.properties, review: { ...review, status: 'reviewed', reviewedBy: 'Ben', reviewedAt: review.createdAt } } };

describe('drafts are marked', () => {
  it('in the map form, the drawn label and the list', () => {
    expect(mapFormFeature(draft).properties.draft).toBe(true);
    expect(drawnProperties(mapFormFeature(draft), {}).name).toBe(`${real.properties.name} (draft, not yet reviewed)`);
    expect(toListItem(mapFormFeature(draft)).draft).toBe(true);
    for (const f of [real, reviewed]) {
      expect(mapFormFeature(f).properties.draft).toBeUndefined();
      expect(drawnProperties(mapFormFeature(f), {}).name).toBe(real.properties.name);
      expect(toListItem(mapFormFeature(f)).draft).toBe(false);
    }
  });

  it('in the CSV download and the search results', () => {
    expect(csvRecord(draft, { sourceTitles: {} }).review).toBe('draft by Ana, not yet reviewed');
    expect(csvRecord(reviewed, { sourceTitles: {} }).review).toBe('by Ana, reviewed by Ben');
    expect(csvRecord(real, { sourceTitles: {} }).review).toBe('');
    const withDraft = { ...atlas, features: new Map([...atlas.features].map(([id, f]) => [id, id === real.id ? draft : f])) };
    const corpus = searchCorpus(withDraft, []);
    const index = buildSearchIndex(corpus.features, []);
    const doc = index.docs.find((d) => d.key === `feature:${real.id}`)!;
    expect(doc.what).toMatch(/draft, not yet reviewed$/);
  });
});
