import { getIssues } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import type { AtlasFeature } from '@/lib/data/types';
import { getAtlas } from '@/lib/data';
import {
  buildExportCsv,
  buildExportGeoJSON,
  CSV_COLUMNS,
  csvField,
  exportFilename,
  toWkt,
  type ExportContext,
} from '@/lib/export';
import { parseCsv } from './parse-csv';

const atlas = getAtlas();
const ctx: ExportContext = { sourceTitles: Object.fromEntries(atlas.sources.map((s) => [s.id, s.title])) };
const all = [...atlas.features.values()];
const range = { from: '2021-01', to: '2021-12' } as const;

/** A feature whose text needs every kind of CSV escaping. */
const awkward: AtlasFeature = {
  type: 'Feature',
  id: 'ev-awkward',
  geometry: { type: 'Point', coordinates: [46.75, 39.82] },
  properties: {
    layer: 'events',
    kind: 'statement',
    name: 'He said "no", then left',
    altNames: [{ name: 'Khankendi', usage: 'Azerbaijani usage' }],
    actors: ['AZE', 'ARM'],
    description: 'Line one,\r\nline two; and a tab\there.',
    status: 'claimed',
    date: {
      start: '2021-09',
      precision: 'month',
      basis: 'resolved',
      phrase: 'in "September"',
      resolution: 'year from the article',
      extent: 'dated',
      interval: { from: '2021-09-01T00:00:00Z', to: '2021-09-30T23:59:59Z' },
    },
    location: { precision: 'approximate', note: 'near the town' },
    citations: [
      { source: '002_2aadb1dbeed98bb9', exact: 'a "quoted", comma\nspanning lines', start: 10, end: 40, role: 'evidence', attribution: { type: 'opinion', by: 'the author' } },
      { source: 'unknown-source', exact: 'second', start: 1, end: 7, role: 'context' },
    ],
    related: [],
    spatialFacts: [],
  },
};

describe('CSV fields (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
    [null, ''],
    [42, '42'],
  ])('%j -> %j', (value, expected) => {
    expect(csvField(value as string)).toBe(expected);
  });
});

describe('CSV fields: formula injection (OWASP)', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['a=b', 'a=b'],
    ['Karabakh', 'Karabakh'],
  ])('text %j -> %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('keeps numbers as numbers: a negative coordinate is not prefixed', () => {
    expect(csvField(-1.5)).toBe('-1.5');
    expect(csvField(-179.99)).toBe('-179.99');
  });

  it('a hostile name in an exported row reaches the spreadsheet as text, and a negative longitude as a number', () => {
    const hostile: AtlasFeature = {
      ...awkward,
      geometry: { type: 'Point', coordinates: [-1.5, 39.82] },
      properties: { ...awkward.properties, name: '=cmd|"/C calc"!A0', description: '@SUM(1+1)' },
    };
    const rows = parseCsv(buildExportCsv([hostile], ctx).slice(1));
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(row.name).toBe(`'=cmd|"/C calc"!A0`);
    expect(row.description).toBe("'@SUM(1+1)");
    expect(row.longitude).toBe('-1.5');
  });
});

describe('CSV export', () => {
  it('starts with a BOM and a header, ends records with CRLF, one row per feature', () => {
    const csv = buildExportCsv(all, ctx);
    expect(csv.startsWith('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length - 1).toBe(all.length);
    for (const row of rows) expect(row.length).toBe(CSV_COLUMNS.length);
  });

  it('survives quotes, commas and line breaks: a parser gets the original text back', () => {
    const rows = parseCsv(buildExportCsv([awkward], ctx).slice(1));
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(row.name).toBe('He said "no", then left');
    expect(row.description).toBe('Line one,\r\nline two; and a tab\there.');
    expect(row.date_phrase).toBe('in "September"');
    expect(row.alt_names).toBe('Khankendi (Azerbaijani usage)');
    expect(row.longitude).toBe('46.75');
    expect(row.wkt).toBe('POINT (46.75 39.82)');
    expect(row.citation_count).toBe('2');
    expect(row.evidence_count).toBe('1');
    expect(row.source_ids).toBe('002_2aadb1dbeed98bb9; unknown-source');
    const title = ctx.sourceTitles['002_2aadb1dbeed98bb9']!;
    expect(row.citations).toBe(`[evidence] “a "quoted", comma\nspanning lines” [opinion: the author] — ${title} (002_2aadb1dbeed98bb9, characters 10–40)`);
    expect(row.context_citations).toBe('[context] “second” — (unknown-source, characters 1–7)');
  });

  it('says how each date is known, and the status, in their own columns', () => {
    const rows = parseCsv(buildExportCsv([awkward, atlas.features.get('bor-line-of-contact-1994-2020')!], ctx).slice(1));
    const col = (r: number, c: (typeof CSV_COLUMNS)[number]) => rows[r]![CSV_COLUMNS.indexOf(c)];
    expect([col(1, 'status'), col(1, 'date_basis'), col(1, 'date_resolution'), col(1, 'date_outside')]).toEqual([
      'claimed',
      'resolved',
      'year from the article',
      '',
    ]);
    // Start and end known differently: the end gets its own basis and words.
    expect([col(2, 'status'), col(2, 'date_basis'), col(2, 'date_end_basis')]).toEqual(['in-force', 'outside-knowledge', 'outside-knowledge']);
    expect(col(2, 'date_outside')).toMatch(/12 May 1994/);
    expect(col(2, 'date_end_how')).toMatch(/10 Nov 2020/);
  });

  it('carries every citation of a real feature, evidence and context apart, with quote, source title and offsets', () => {
    const f = atlas.features.get('ex-three-brothers-2021')!;
    const rows = parseCsv(buildExportCsv([f], ctx).slice(1));
    expect(f.properties.citations.map((c) => c.role)).toEqual(['evidence', 'context']);
    for (const c of f.properties.citations) {
      const cell = rows[1]![CSV_COLUMNS.indexOf(c.role === 'evidence' ? 'citations' : 'context_citations')]!;
      expect(cell).toContain(`[${c.role}] “${c.exact}”`);
      expect(cell).toContain(`${ctx.sourceTitles[c.source]} (${c.source}, characters ${c.start}–${c.end})`);
    }
  });
});

describe('GeoJSON export', () => {
  it('is valid GeoJSON for the whole atlas', () => {
    const doc = buildExportGeoJSON(all, range, ctx);
    expect(getIssues(JSON.stringify(doc))).toEqual([]);
    expect(doc.features.length).toBe(all.length);
    expect(doc.timeRange).toEqual(range);
  });

  it('carries each citation’s quote, offsets and source id and title, and a link to the passage', () => {
    const f = atlas.features.get('ex-three-brothers-2021')!;
    const doc = buildExportGeoJSON([f], range, { ...ctx, origin: 'http://127.0.0.1:3000' });
    const props = doc.features[0]!.properties;
    expect(props.id).toBe(f.id);
    expect(props.citations.length).toBe(f.properties.citations.length);
    props.citations.forEach((c, i) => {
      const src = f.properties.citations[i]!;
      expect(c).toMatchObject({ quote: src.exact, start: src.start, end: src.end, role: src.role, source: { id: src.source, title: ctx.sourceTitles[src.source] } });
      expect(c.href).toBe(`http://127.0.0.1:3000/sources/${src.source}?feature=${f.id}#q-${src.start}-${src.end}`);
    });
  });

  it('keeps the atlas’s provenance fields: status, date basis, location precision, alternative names', () => {
    const f = all.find((x) => x.properties.altNames.length > 0)!;
    const props = buildExportGeoJSON([f], range, ctx).features[0]!.properties;
    expect(props.status).toBe(f.properties.status);
    expect(props.date).toEqual(f.properties.date);
    expect(props.location).toEqual(f.properties.location);
    expect(props.altNames).toEqual(f.properties.altNames);
  });

  it('does not change its input', () => {
    const input = structuredClone(awkward);
    buildExportGeoJSON([input], range, ctx);
    buildExportCsv([input], ctx);
    expect(input).toEqual(awkward);
  });
});

describe('export helpers', () => {
  it('names the file after the time range', () => {
    expect(exportFilename(range, 'geojson')).toBe('caucasus-atlas-2021-01_2021-12.geojson');
    expect(exportFilename({ from: '1923-01', to: '2023-09' }, 'csv')).toBe('caucasus-atlas-1923-01_2023-09.csv');
  });

  it('writes WKT for every geometry type in the atlas', () => {
    expect(toWkt({ type: 'LineString', coordinates: [[1, 2], [3, 4]] })).toBe('LINESTRING (1 2, 3 4)');
    expect(toWkt({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] })).toBe('POLYGON ((0 0, 1 0, 1 1, 0 0))');
    expect(toWkt({ type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[2, 2], [3, 3]]] })).toBe('MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))');
    expect(toWkt({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [0, 0]]]] })).toBe('MULTIPOLYGON (((0 0, 1 0, 0 0)))');
    for (const f of all) expect(toWkt(f.geometry), f.id).toMatch(/^(POINT|LINESTRING|POLYGON|MULTI\w+) \(/);
  });
});
