/**
 * The API over the real `geodata/`: every layer served whole as valid GeoJSON, every citation's
 * quote found at its offsets in the source text the API serves. Like tests/data/real-geodata,
 * this stays red while the layer files are being authored rather than being skipped.
 */
import { getIssues } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { GET as items } from '@/app/api/collections/[layer]/items/route';
import { GET as item } from '@/app/api/collections/[layer]/items/[id]/route';
import { GET as source } from '@/app/api/sources/[id]/route';
import { codePointSlice, getAtlas, LAYER_IDS } from '@/lib/data';
import { body, ctx, get } from './helpers';

describe('the API over the real geodata', () => {
  it.each(LAYER_IDS)('serves all of %s as valid GeoJSON', async (layer) => {
    const res = await items(get(`/api/collections/${layer}/items?limit=1000`), ctx({ layer }));
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(getIssues(text)).toEqual([]);
    const doc = JSON.parse(text) as { numberMatched: number; features: { id: string }[] };
    expect(doc.numberMatched).toBe(getAtlas().layers[layer].collection.features.length);
    expect(doc.features.length).toBe(doc.numberMatched);
  });

  it('resolves every citation to its quote at its offsets in the served source text', async () => {
    const texts = new Map<string, string>();
    for (const feature of getAtlas().features.values()) {
      const { layer } = feature.properties;
      const res = await item(get(`/api/collections/${layer}/items/${feature.id}`), ctx({ layer, id: feature.id }));
      expect(res.status, feature.id).toBe(200);
      const doc = await body<{ properties: { citations: { quote: string; start: number; end: number; source: { id: string }; href: string }[] } }>(res);
      for (const c of doc.properties.citations) {
        if (!texts.has(c.source.id)) {
          const s = await body<{ text: string }>(await source(get(`/api/sources/${c.source.id}`), ctx({ id: c.source.id })));
          texts.set(c.source.id, s.text);
        }
        expect(codePointSlice(texts.get(c.source.id)!, c.start, c.end), `${feature.id} cites ${c.source.id}`).toBe(c.quote);
        expect(c.href).toBe(`http://localhost/sources/${c.source.id}?feature=${feature.id}#q-${c.start}-${c.end}`);
      }
    }
  });
});
