import { describe, expect, it } from 'vitest';
import { foldWord, normalise, words } from '@/lib/search';

describe('normalise', () => {
  it.each([
    ['Erdoğan', 'erdogan'],
    ['Xankəndi', 'xankendi'],
    ['Laçın', 'lacin'],
    ['Şuşa', 'susa'],
    ['İsmayıllı', 'ismayilli'],
    ['BAKI', 'baki'],
    ['Straße', 'strasse'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldWord(input)).toBe(expected);
  });

  it('splits at spaces, hyphens, dashes and slashes, and keeps apostrophes inside words', () => {
    expect(normalise('Three Brothers-2021')).toBe('three brothers 2021');
    expect(normalise('Goris–Kapan road')).toBe('goris kapan road');
    expect(normalise('Berdzor / Lachin')).toBe('berdzor lachin');
    expect(normalise('Armenia’s security')).toBe('armenias security');
  });

  it('keeps the original spelling of each word for display', () => {
    expect(words('President Erdoğan').map((w) => w.original)).toEqual(['President', 'Erdoğan']);
  });

  it('keeps non-Latin scripts searchable', () => {
    expect(normalise('ОДКБ')).toBe('одкб');
  });

  it.each(['', '   ', '.*+?^${}()|[]\\', '—/–', '\u0301\u0300'])('yields nothing searchable for %j', (input) => {
    expect(words(input)).toEqual([]);
    expect(normalise(input)).toBe('');
  });
});
