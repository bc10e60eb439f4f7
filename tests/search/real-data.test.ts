import { describe, expect, it } from 'vitest';
import { getAtlas, getPlaces } from '@/lib/data';
import { buildSearchIndex, search } from '@/lib/search';
import { searchCorpus } from '@/lib/search/corpus';

/** The search over the atlas's real features and the basemap's real towns, as the search endpoint serves them. */
const corpus = searchCorpus(getAtlas(), getPlaces());
const index = buildSearchIndex(corpus.features, corpus.places);
const keys = (q: string, limit = 100) => search(index, q, limit).hits.map((h) => h.doc.key);

describe('search over the atlas', () => {
  it('"Berdzor" finds what the sources call Lachin: the corridor, the drill and the town', () => {
    const found = keys('Berdzor', 10);
    expect(found).toEqual(
      expect.arrayContaining(['feature:cor-lachin', 'feature:ex-lachin-special-forces-drill-2021']),
    );
    const town = search(index, 'Berdzor').hits.find((h) => h.doc.type === 'place');
    expect(town?.doc.name).toBe('Berdzor / Lachin');
    expect(town?.matched).toBe('Berdzor');
  });

  it('"Khankendi", the common spelling, finds Khankandi / Stepanakert first', () => {
    const first = search(index, 'Khankendi').hits[0];
    expect(first?.doc.name).toBe('Khankandi / Stepanakert');
    expect(first?.doc.what).toBe('Place, Azerbaijan');
  });

  it('"Erdogan" finds the meeting with President Erdoğan', () => {
    const h = search(index, 'Erdogan').hits[0];
    expect(h?.doc.key).toBe('feature:ev-aze-defence-officials-erdogan-ankara-2021');
    expect(h?.matched).toBe('Erdoğan');
  });

  it('"shushi" finds Shusha / Shushi and the Shusha Declaration', () => {
    const found = search(index, 'shushi').hits;
    expect(found[0]?.doc.name).toBe('Shusha / Shushi');
    expect(found.map((h) => h.doc.key)).toContain('feature:all-aze-tur-shusha-alliance');
  });

  it('"AZE" and "Azerbaijan" find every feature whose actors include AZE', () => {
    const withAze = corpus.features.filter((f) => f.actors.includes('AZE')).map((f) => `feature:${f.id}`);
    expect(withAze.length).toBeGreaterThan(20);
    for (const q of ['AZE', 'Azerbaijan']) expect(keys(q, 500), q).toEqual(expect.arrayContaining(withAze));
    // A feature without AZE is found only when its own name says "Azerbaijani", never as an actor.
    const withoutAze = corpus.features.filter((f) => !f.actors.includes('AZE')).map((f) => `feature:${f.id}`);
    for (const h of search(index, 'AZE', 500).hits.filter((h) => withoutAze.includes(h.doc.key))) {
      expect(h.by, h.doc.key).toBe('name');
      expect(h.matched, h.doc.key).toMatch(/^Azerbaijan/);
    }
  });
});

describe('the search corpus', () => {
  it('gives every feature an extent to fly to', () => {
    for (const f of corpus.features) {
      expect(f.bbox, f.id).not.toBeNull();
      const [w, s, e, n] = f.bbox!;
      expect(w, f.id).toBeLessThanOrEqual(e);
      expect(s, f.id).toBeLessThanOrEqual(n);
    }
  });

  it('carries the towns compactly', () => {
    expect(corpus.places.length).toBeGreaterThan(100);
    expect(Object.keys(corpus.places[0]!).sort()).toEqual(['altNames', 'iso3', 'lat', 'lon', 'name', 'names']);
    // Fetched when the reader first searches: keep it well under the size of one layer request.
    expect(JSON.stringify(corpus.places).length).toBeLessThan(30_000);
  });

  it('has unique search keys', () => {
    expect(new Set(index.docs.map((d) => d.key)).size).toBe(index.docs.length);
  });
});

describe('forgiving search over the atlas', () => {
  const first = (q: string) => search(index, q).hits[0];

  it('forgives a one-letter typo and says which spelling it matched', () => {
    expect(first('Lachn')?.doc.key).toBe('feature:cor-lachin');
    expect(first('Lachn')?.matched).toBe('Lachin (closest spelling)');
    expect(first('Lachn')?.approximate).toBe(true);
    expect(first('three brothrs')?.doc.key).toBe('feature:ex-three-brothers-2021');
    expect(first('Stepanakrt')?.doc.name).toBe('Khankandi / Stepanakert');
  });

  it('finds Karabakh by its other spellings: Karabagh, Gharabagh, Qarabağ', () => {
    for (const q of ['Karabagh', 'Gharabagh', 'Qarabag']) expect(search(index, q, 20).hits.some((h) => /Karabakh/.test(h.doc.name)), q).toBe(true);
  });

  it('ignores hyphens and spaces: "jf17" finds the JF-17', () => {
    expect(first('jf17')?.doc.name).toMatch(/JF-17/);
    expect(first('jf17')?.approximate).toBeUndefined();
  });

  it('prefers the feature to the town it happened in: "Konya" finds the exercise first', () => {
    expect(first('Konya')?.doc.key).toBe('feature:ex-turaz-falcon-2021');
    expect(search(index, 'Konya').hits.map((h) => h.doc.name)).toContain('Konya');
  });

  it('a near spelling never crowds out a real match, and short words must be typed right', () => {
    expect(search(index, 'Baku', 50).hits.every((h) => !h.approximate)).toBe(true);
    expect(search(index, 'Bakj', 50).hits).toEqual([]);
  });
});

describe('search in the region’s scripts', () => {
  const first = (q: string) => search(index, q).hits[0];

  it.each([
    ['Ստեփանակերտ', 'Armenian'],
    ['Xankəndi', 'Azerbaijani'],
    ['Степанакерт', 'Russian'],
    ['Ханкенди', 'Russian, the Azerbaijani name'],
  ])('"%s" (%s) finds Khankandi / Stepanakert first and says which name it matched', (q) => {
    expect(first(q)?.doc.name).toBe('Khankandi / Stepanakert');
    expect(first(q)?.matched).toBe(q);
  });

  it('"Шуша" and "Շուշի" find Shusha / Shushi first', () => {
    expect(first('Шуша')?.doc.name).toBe('Shusha / Shushi');
    expect(first('Շուշի')?.doc.name).toBe('Shusha / Shushi');
  });

  it('"თბილისი" (Georgian) finds Tbilisi, and the result lists its names by language', () => {
    const h = first('თბილისი');
    expect(h?.doc.name).toBe('Tbilisi');
    expect(h?.doc.type === 'place' && h.doc.regional.map((n) => `${n.lang}:${n.name}`)).toEqual([
      'hy:Թբիլիսի',
      'az:Tbilisi',
      'ka:თბილისი',
      'ru:Тбилиси',
    ]);
  });

  it('finds features by their names in Russian and Armenian, before any town', () => {
    expect(first('Лачинский коридор')?.doc.key).toBe('feature:cor-lachin');
    expect(first('Լաչինի')?.doc.key).toBe('feature:cor-lachin');
    expect(first('ОДКБ')?.doc.key).toBe('feature:all-csto-armenia');
    expect(first('Вторая карабахская')?.doc.key).toBe('feature:ev-karabakh-war-2020');
  });

  it('forgives a one-letter typo in Cyrillic as in Latin', () => {
    expect(first('Степанакрт')?.doc.name).toBe('Khankandi / Stepanakert');
    expect(first('Степанакрт')?.approximate).toBe(true);
  });
});
