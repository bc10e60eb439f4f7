import { describe, expect, it } from 'vitest';
import { mapPath, parsePassageKey, passageKey, readerPath } from '@/lib/url';
import { readerHref } from '@/lib/ogc';

describe('links the atlas builds to its own pages', () => {
  it('anchors a passage by its offsets and reads the anchor back', () => {
    expect(passageKey({ start: 10, end: 42 })).toBe('q-10-42');
    expect(parsePassageKey('#q-10-42')).toEqual({ start: 10, end: 42 });
    expect(parsePassageKey('q-10-42')).toEqual({ start: 10, end: 42 });
    expect(parsePassageKey('#q%2D10%2D42')).toEqual({ start: 10, end: 42 });
  });

  it('ignores fragments that are not passage anchors, malformed escapes included', () => {
    for (const bad of ['', '#', '#%', '#%E0%A4%A', '#q-1', '#q-a-b', '#:~:text=foo', '#q-1-2-3']) {
      expect(parsePassageKey(bad)).toBeNull();
    }
  });

  it('links to the map with a feature selected, escaping the id', () => {
    expect(mapPath('ex-three-brothers-2021')).toBe('/?feature=ex-three-brothers-2021');
    expect(mapPath('a b&c')).toBe('/?feature=a%20b%26c');
    expect(mapPath(null)).toBe('/');
  });

  it('links to a passage in the reader, relative for the page and absolute for the API', () => {
    const passage = { start: 10, end: 42 };
    expect(readerPath('003_fd8218c4c3c52676', { feature: 'baku-meeting', passage })).toBe(
      '/sources/003_fd8218c4c3c52676?feature=baku-meeting#q-10-42',
    );
    expect(readerPath('003_fd8218c4c3c52676')).toBe('/sources/003_fd8218c4c3c52676');
    expect(readerHref('http://x', '003_fd8218c4c3c52676', null, 10, 42)).toBe('http://x/sources/003_fd8218c4c3c52676#q-10-42');
  });
});
