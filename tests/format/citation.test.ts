import { describe, expect, it } from 'vitest';
import { formatCitation } from '@/lib/format/citation';

describe('formatCitation', () => {
  it('names author and outlet, the printed title, the date and the passage with its link', () => {
    expect(
      formatCitation(
        { title: 'Three Brothers', titleBasis: 'printed', outlet: 'Caspian News', author: 'Mahammad Mammadov', published: { date: '2021-09-20', basis: 'explicit' } },
        'the week-long exercises',
        'http://x/sources/s#q-1-2',
      ),
    ).toBe('Mahammad Mammadov, Caspian News, “Three Brothers”, 20 Sep 2021. Passage: “the week-long exercises”. http://x/sources/s#q-1-2');
  });

  it('says what is not known: no author, an editorial title, an inferred date', () => {
    const text = formatCitation(
      { title: 'US and Armenia', titleBasis: 'editorial', outlet: null, author: null, published: { date: '2023-09', basis: 'inferred' } },
      'q',
      'u',
    );
    expect(text).toContain('Outlet not named (author not named)');
    expect(text).toContain('[US and Armenia] (no printed title)');
    expect(text).toContain('about Sep 2023 (date inferred from the text)');
  });
});

describe('publicationBasis', () => {
  it('says how a publication date is known, once', async () => {
    const { publicationBasis } = await import('@/lib/format/date');
    expect(publicationBasis('inferred', 'latest dated event is 27 Sep 2021')).toBe('date inferred: latest dated event is 27 Sep 2021');
    expect(publicationBasis('inferred', 'inferred: a Senate hearing is "recent"')).toBe('inferred: a Senate hearing is "recent"');
    expect(publicationBasis('explicit', 'printed under the headline')).toBe('stated: printed under the headline');
  });
});
