import { describe, expect, it } from 'vitest';
import { buildSearchIndex, buildSynonyms, search } from '@/lib/search';
import { FEATURES, PLACES } from './fixtures';

const index = buildSearchIndex(FEATURES, PLACES);
const names = (q: string, limit?: number) => search(index, q, limit).hits.map((h) => h.doc.name);
const hit = (q: string, name: string) => search(index, q, 50).hits.find((h) => h.doc.name === name);

describe('search by contested and alternate names', () => {
  it('finds the Lachin corridor, the Lachin-district drill and the town by "Berdzor"', () => {
    const found = names('Berdzor');
    expect(found).toEqual(
      expect.arrayContaining([
        'Berdzor / Lachin',
        'Lachin corridor',
        'Azerbaijani–Turkish special forces drill in the Lachin district',
      ]),
    );
    expect(hit('Berdzor', 'Berdzor / Lachin')?.matched).toBe('Berdzor');
    expect(hit('Berdzor', 'Lachin corridor')?.matched).toBe('Berdzor corridor');
    expect(hit('Berdzor', 'Azerbaijani–Turkish special forces drill in the Lachin district')).toMatchObject({
      by: 'synonym',
      matched: 'Lachin = Berdzor',
    });
  });

  it('ranks a name the text uses above its contested counterpart', () => {
    const found = names('Berdzor');
    expect(found.indexOf('Lachin corridor')).toBeLessThan(
      found.indexOf('Azerbaijani–Turkish special forces drill in the Lachin district'),
    );
  });

  it('finds Stepanakert by "Khankendi", in any case and transliteration', () => {
    for (const q of ['Khankendi', 'khankendi', 'XANKƏNDI', 'Xankendi']) {
      expect(names(q)[0], q).toBe('Khankandi / Stepanakert');
    }
    expect(hit('Khankendi', 'Khankandi / Stepanakert')?.matched).toMatch(/Khankendi|Xankəndi/);
    // The corridor's alternate name uses the rule's spelling; the common spelling still finds it.
    expect(hit('Khankendi', 'Lachin corridor')?.matched).toBe('Khankandi = Khankendi');
  });

  it('finds Shusha / Shushi by "shushi" and the Shusha Declaration through it', () => {
    expect(names('shushi')[0]).toBe('Shusha / Shushi');
    expect(hit('shushi', 'Shusha Declaration signed')?.by).toBe('synonym');
    expect(names('Şuşa')).toContain('Shusha Declaration signed');
  });

  it('finds Erdoğan when typed without diacritics, and says which word matched', () => {
    const h = hit('Erdogan', 'Azerbaijani defence leadership meets President Erdoğan in Ankara');
    expect(h).toMatchObject({ by: 'name', matched: 'Erdoğan' });
  });

  it('does not find a synonym from too short a prefix', () => {
    expect(names('Lac')).not.toContain('Khankandi / Stepanakert');
    expect(hit('Ber', 'Lachin corridor')?.by).toBe('alt');
    expect(hit('Ber', 'Azerbaijani–Turkish special forces drill in the Lachin district')).toBeUndefined();
  });
});

describe('search by actor', () => {
  it('finds every feature whose actors include AZE, by code or by country name', () => {
    const withAze = FEATURES.filter((f) => f.actors.includes('AZE')).map((f) => f.name);
    for (const q of ['AZE', 'aze', 'Azerbaijan']) {
      const found = search(index, q, 50).hits.filter((h) => h.doc.type === 'feature').map((h) => h.doc.name);
      expect(found, q).toEqual(expect.arrayContaining(withAze));
      expect(found, q).not.toContain('Proposed US–Armenia defence partnership');
    }
    expect(hit('AZE', 'Lachin corridor')).toMatchObject({ by: 'actor', matched: 'actor Azerbaijan (AZE)' });
  });

  it('needs every word to name an actor: "Armenia Russia" finds the CSTO but not the US partnership', () => {
    const found = names('Armenia Russia', 50);
    expect(found).toContain('Armenia in the Collective Security Treaty Organization (CSTO)');
    expect(found).not.toContain('Proposed US–Armenia defence partnership');
  });

  it('names organisations once', () => {
    expect(hit('CSTO', 'Armenia in the Collective Security Treaty Organization (CSTO)')?.by).toBe('name');
    expect(
      search(buildSearchIndex([{ ...FEATURES[5]!, name: 'x', altNames: [] }], []), 'csto').hits[0]?.matched,
    ).toBe('actor Collective Security Treaty Organization (CSTO)');
  });
});

describe('ranking', () => {
  it('puts features whose name holds the words before the town they name, then alternate names, then actors', () => {
    const idx = buildSearchIndex(
      [
        { ...FEATURES[0]!, id: 'actor', name: 'Something else', altNames: [], actors: ['GOR'] },
        { ...FEATURES[0]!, id: 'alt', name: 'Road', altNames: ['Goris road'], actors: [] },
        { ...FEATURES[0]!, id: 'words', name: 'Road to Goris town', altNames: [], actors: [] },
        { ...FEATURES[0]!, id: 'prefix', name: 'Goris town', altNames: [], actors: [] },
      ],
      [{ name: 'Goris', altNames: [], iso3: 'ARM', lon: 46.3, lat: 39.5 }],
    );
    const order = search(idx, 'goris').hits.map((h) => (h.doc.type === 'feature' ? h.doc.id : 'exact'));
    // The town's exact name ranks after the features named for it: the atlas is about what happened there.
    expect(order).toEqual(['prefix', 'words', 'exact', 'alt']);
    expect(search(idx, 'gor').hits.map((h) => (h.doc.type === 'feature' ? h.doc.id : 'place'))).toEqual([
      'prefix',
      'words',
      'alt',
      'place',
      'actor',
    ]);
  });

  it('matches every word by prefix, in any order', () => {
    expect(names('lachin zzz', 50)).toEqual([]);
    expect(names('corr lach')).toContain('Lachin corridor');
    expect(names('lachin road')).toContain('Lachin corridor');
    expect(names('lachin airport')).not.toContain('Lachin corridor');
  });

  it('says what each result is', () => {
    expect(hit('Goris', 'Goris')?.doc.what).toBe('Place, Armenia');
    expect(hit('corridor', 'Lachin corridor')?.doc.what).toBe('Corridor · Corridors');
  });

  it('limits the results and reports how many matched', () => {
    const r = search(index, 'a', 2);
    expect(r.hits).toHaveLength(2);
    expect(r.total).toBeGreaterThan(2);
  });
});

describe('odd input', () => {
  it.each(['', '   ', '(', '[a-z]+', '.*', '\\', '^$', '?', '%', '–', 'x'.repeat(5000), '🙂', '\u0000'])(
    'does not throw on %j',
    (q) => {
      expect(() => search(index, q)).not.toThrow();
    },
  );

  it('finds nothing for empty or punctuation-only input', () => {
    expect(search(index, '').hits).toEqual([]);
    expect(search(index, ' .*+? ').hits).toEqual([]);
  });

  it('treats regex characters as separators, not patterns', () => {
    expect(names('lach.*')).toContain('Lachin corridor');
    expect(names('l.*n')).toEqual([]);
  });
});

describe('synonyms', () => {
  it('groups one-word names of the same place and leaves multi-word names out', () => {
    const s = buildSynonyms(PLACES.map((p) => [p.name, ...p.altNames]));
    expect(s.get('berdzor')?.others.map((o) => o.folded)).toEqual(['lachin', 'lacin']);
    expect(s.get('khankendi')?.others.map((o) => o.folded)).toEqual(expect.arrayContaining(['stepanakert', 'xankendi']));
    expect(s.has('york')).toBe(false);
    expect(s.has('goris')).toBe(false);
  });
});

describe('regressions', () => {
  it('a counterpart name matches whole words only: "Baku" does not find Bakıxanov through "Bakı"', () => {
    const idx = buildSearchIndex([], [...PLACES, { name: 'Bakıxanov', altNames: [], iso3: 'AZE', lon: 50, lat: 40.4 }]);
    expect(search(idx, 'Baku').hits.map((h) => h.doc.name)).toEqual(['Baku']);
  });
});
