import { describe, expect, it } from 'vitest';
import { ifNoneMatchHits, negotiate, strongEtag } from '@/lib/http';

const JSON_TYPES = ['application/geo+json', 'application/json'];

describe('content negotiation', () => {
  it('serves the native type when Accept is missing, empty or a wildcard', () => {
    expect(negotiate(null, JSON_TYPES)).toBe('application/geo+json');
    expect(negotiate('', JSON_TYPES)).toBe('application/geo+json');
    expect(negotiate('*/*', JSON_TYPES)).toBe('application/geo+json');
    expect(negotiate('application/*', JSON_TYPES)).toBe('application/geo+json');
  });

  it('honours an explicit preference and q-values', () => {
    expect(negotiate('application/json', JSON_TYPES)).toBe('application/json');
    expect(negotiate('application/geo+json, application/json', JSON_TYPES)).toBe('application/geo+json');
    expect(negotiate('application/geo+json;q=0.5, application/json', JSON_TYPES)).toBe('application/json');
    expect(negotiate('text/html,application/xhtml+xml,*/*;q=0.8', JSON_TYPES)).toBe('application/geo+json');
  });

  it('matches parameterised types by essence (as GDAL asks for the OpenAPI document)', () => {
    const offered = ['application/vnd.oai.openapi+json;version=3.0', 'application/json'];
    expect(negotiate('application/vnd.oai.openapi+json;version=3.0, application/json', offered)).toBe(offered[0]);
  });

  it('finds nothing acceptable for HTML-only or image requests, or when everything has q=0', () => {
    expect(negotiate('text/html', JSON_TYPES)).toBeNull();
    expect(negotiate('image/png', JSON_TYPES)).toBeNull();
    expect(negotiate('*/*;q=0', JSON_TYPES)).toBeNull();
    expect(negotiate('application/json;q=0, application/geo+json;q=0', JSON_TYPES)).toBeNull();
  });
});

describe('entity tags', () => {
  it('are strong, differ when the bytes or media type differ, and are stable otherwise', () => {
    const a = strongEtag('application/json', '{"a":1}');
    expect(a).toMatch(/^"[^"]+"$/);
    expect(strongEtag('application/json', '{"a":1}')).toBe(a);
    expect(strongEtag('application/json', '{"a":2}')).not.toBe(a);
    expect(strongEtag('application/geo+json', '{"a":1}')).not.toBe(a);
  });

  it('match If-None-Match lists, weak forms and *', () => {
    const tag = '"abc"';
    expect(ifNoneMatchHits('"abc"', tag)).toBe(true);
    expect(ifNoneMatchHits('"x", "abc"', tag)).toBe(true);
    expect(ifNoneMatchHits('W/"abc"', tag)).toBe(true);
    expect(ifNoneMatchHits('*', tag)).toBe(true);
    expect(ifNoneMatchHits('"abcd"', tag)).toBe(false);
    expect(ifNoneMatchHits(null, tag)).toBe(false);
  });
});
